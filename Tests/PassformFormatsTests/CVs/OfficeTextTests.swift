import Foundation
@testable import PassformFormats
import PassformXML
import Testing

/// DOCX text streamed from libxml2 (``MarkupParser/stream(_:to:)``) and ODT text read in place in its tree
/// (``MarkupParser/withXML(_:_:)``): paragraphs, headings, lists, tables and text boxes in reading order, names
/// compared as ``MarkupNode`` compares them.
struct OfficeTextTests {
    let parser = MarkupParser()

    func docx(_ body: String) throws -> String {
        try OfficeText.docx(Data(ZipBuilder.documentXML(body: body).utf8), parser: parser)
    }

    /// A whole `word/document.xml`, for cases the usual root and body do not show.
    func docxDocument(_ xml: String, parser: MarkupParser = MarkupParser()) throws -> String {
        try OfficeText.docx(Data(xml.utf8), parser: parser)
    }

    static let wordNamespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    func odt(_ text: String) throws -> String {
        let xml = #"<office:document-content xmlns:office="urn:o" xmlns:text="urn:t" xmlns:table="urn:ta" xmlns:draw="urn:d">"#
            + "<office:body><office:text>" + text + "</office:text></office:body></office:document-content>"
        return try parser.withXML(Data(xml.utf8), OfficeText.odt)
    }

    @Test func docxParagraphsHeadingsListsTablesAndTextBoxes() throws {
        let body = """
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Erfarenhet</w:t></w:r></w:p>\
            <w:p><w:r><w:t>2019</w:t><w:tab/><w:t>Ekonomi</w:t><w:noBreakHyphen/><w:t>assistent</w:t><w:delText>gone</w:delText></w:r>\
            <w:r><w:pict><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>\
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>Fortnox</w:t><w:br/><w:t>Visma</w:t></w:r></w:p>\
            <w:sdt><w:sdtContent><w:p><w:r><w:t>In a control</w:t></w:r></w:p></w:sdtContent></w:sdt>\
            <w:tbl><w:TR><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc>\
            <w:Tc><w:p><w:r><w:t>B1</w:t></w:r></w:p></w:Tc></w:TR></w:tbl>\
            <w:P><w:r><w:t>Not a paragraph: names of blocks are exact</w:t></w:r></w:P>
            """
        #expect(try docx(body) == "# Erfarenhet\n2019\tEkonomi-assistent\nIn a box\n- Fortnox\n- Visma\nIn a control\nA1 | B1\nA2\n")
    }

    /// The lines come out joined by line feeds as `joined(separator:)` joins them: empty paragraphs, combining marks,
    /// non-Latin scripts and lines longer than a small string.
    @Test func docxLinesJoinAsJoinedDoes() throws {
        let lines = ["", "Malmo\u{308}", "Ekonomiassistent på Malmö stad sedan länge", "", "Ελληνικά και русский", "日本語", "", "x", ""]
        let body = lines.map { $0.isEmpty ? "<w:p/>" : ZipBuilder.paragraph($0) }.joined()
        #expect(try docx(body) == lines.joined(separator: "\n"))
        #expect(try docx(ZipBuilder.paragraph("Ensam rad")) == "Ensam rad")
        #expect(try docx("<w:p/>") == "")
        #expect(try docx("<w:p/><w:p/>") == "\n")
    }

    /// The last `val` attribute counts, whatever its prefix, as in ``MarkupNode/attributes``.
    @Test func docxStyleIsTheLastValAttribute() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="Heading1" val="Normal"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        #expect(try docx(body) == "x")
        let heading = #"<w:p><w:pPr><w:PSTYLE val="Normal" w:val="Title"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        #expect(try docx(heading) == "# x")
    }

    /// Only the root's first `body`, in any case, is read; the root's name does not matter.
    @Test func docxReadsTheFirstBodyOnly() throws {
        let xml = "<w:anything \(Self.wordNamespace)>stray<w:background>\(ZipBuilder.paragraph("background"))</w:background>"
            + "<w:BODY>\(ZipBuilder.paragraph("first"))</w:BODY><w:body>\(ZipBuilder.paragraph("second"))</w:body></w:anything>"
        #expect(try docxDocument(xml) == "first")
    }

    /// At block level only paragraphs, tables and content controls count; anything else is skipped with all it
    /// holds, and loose text is ignored.
    @Test func docxSkipsOtherBlocksWithTheirContents() throws {
        let body = """
            loose<w:sectPr>\(ZipBuilder.paragraph("in sectPr"))</w:sectPr><w:del>\(ZipBuilder.paragraph("deleted"))</w:del>\
            <w:customXml><w:smartTag><w:ins>\(ZipBuilder.paragraph("inside"))</w:ins></w:smartTag></w:customXml>\
            <w:SDT>\(ZipBuilder.paragraph("names are exact"))</w:SDT>
            """
        #expect(try docx(body) == "inside")
    }

    /// A `t` gives all the text inside it, CDATA too, also inside other elements; text outside a `t` is ignored.
    @Test func docxTextIsWhatTElementsHold() throws {
        let body = """
            <w:p><w:r>loose<w:t>a &amp; b &lt; c &#233;<w:b>d<w:tab/></w:b><![CDATA[ <e> & ]]></w:t>\
            <w:T>other case</w:T></w:r></w:p>
            """
        #expect(try docx(body) == "a & b < c éd <e> & ")
    }

    @Test func docxBreaksTabsAndHyphens() throws {
        let body = "<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/><w:t>c</w:t><w:tab><w:t>not read</w:t></w:tab>"
            + "<w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t></w:r></w:p>"
        #expect(try docx(body) == "a\nb\nc\td-e")
    }

    /// Field codes, deleted text and run properties are skipped with what they hold; any other element in a
    /// paragraph (a hyperlink, an insertion, a nested paragraph) is read through.
    @Test func docxSkipsFieldCodesAndDeletions() throws {
        let body = """
            <w:p><w:r><w:fldChar w:fldCharType="begin"><w:t>x</w:t></w:fldChar></w:r>\
            <w:r><w:instrText> HYPERLINK "https://example.com" </w:instrText></w:r><w:hyperlink><w:r><w:t>link</w:t></w:r></w:hyperlink>\
            <w:r><w:rPr><w:t>props</w:t></w:rPr><w:delText>gone</w:delText></w:r><w:ins><w:r><w:t> added</w:t></w:r></w:ins>\
            <w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t> nested</w:t></w:r></w:p></w:p>
            """
        #expect(try docx(body) == "link added nested")
    }

    /// Text boxes, in both branches of `mc:AlternateContent`, come after their paragraph's own lines, and nest.
    @Test func docxTextBoxesFollowTheirParagraph() throws {
        let inner = "<w:p><w:r><w:t>inner</w:t><w:pict><w:txbxContent>\(ZipBuilder.paragraph("innermost"))</w:txbxContent></w:pict>"
            + "<w:t> rest</w:t></w:r></w:p>"
        let body = """
            <w:p><w:r><w:t>before</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="urn:mc"><mc:Choice>\
            <w:drawing><w:txbxContent>\(ZipBuilder.paragraph("choice"))\(inner)</w:txbxContent></w:drawing></mc:Choice>\
            <mc:Fallback><w:pict><w:txbxContent>\(ZipBuilder.paragraph("fallback"))</w:txbxContent></w:pict></mc:Fallback>\
            </mc:AlternateContent></w:r><w:r><w:t> after</w:t></w:r></w:p>
            """
        #expect(try docx(body) == "before after\nchoice\ninner rest\ninnermost\nfallback")
    }

    /// Rows and cells are named in any case; other elements in a table or row are skipped; a cell's blank lines
    /// are dropped; tables nest in cells.
    @Test func docxTablesNestAndSkipWhatIsNotARowOrCell() throws {
        let cell = { (body: String) in "<w:tc><w:tcPr>\(ZipBuilder.paragraph("cell props"))</w:tcPr>\(body)</w:tc>" }
        let nested = "<w:tbl><w:tr>\(cell(ZipBuilder.paragraph("N1")))\(cell(ZipBuilder.paragraph("N2")))</w:tr></w:tbl>"
        let body = """
            <w:tbl><w:tblPr>\(ZipBuilder.paragraph("table props"))</w:tblPr>\(ZipBuilder.paragraph("in table"))\
            <w:Tr><w:trPr>\(ZipBuilder.paragraph("row props"))</w:trPr>\
            \(cell(ZipBuilder.paragraph("  ") + ZipBuilder.paragraph("A1") + nested + ZipBuilder.paragraph("A2")))\
            <w:TC>\(ZipBuilder.paragraph("B1"))</w:TC><w:p><w:r><w:t>in row</w:t></w:r></w:p></w:Tr>\
            <w:tr>\(cell(ZipBuilder.paragraph(" ")))</w:tr></w:tbl>\(ZipBuilder.paragraph("after"))
            """
        #expect(try docx(body) == "A1 | B1\nN1 | N2\nA2\n\nafter")
    }

    @Test(arguments: [
        ("Heading1", "# "), ("heading 2", "# "), ("Rubrik1", "# "), ("Title", "# "), ("TITLE", "# "), ("Overskrift1", "# "),
        ("Titles", ""), ("Normal", ""), ("ListBullet", "- "), ("My List", "- "), ("Heading&amp;List", "# "), ("", ""),
    ])
    func docxStylesMakeHeadingsAndListItems(style: String, prefix: String) throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val=""# + style + #""/></w:pPr><w:r><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p>"#
        #expect(try docx(body) == "\(prefix)x\n\(prefix)y")
    }

    /// A numbered paragraph is a list item unless its style makes it a heading.
    @Test func docxNumberingMakesListItems() throws {
        let numbered = #"<w:p><w:pPr><w:NUMPR><w:ilvl w:val="0"/></w:NUMPR></w:pPr><w:r><w:t>item</w:t></w:r></w:p>"#
        let heading = #"<w:p><w:pPr><w:numPr/><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>heading</w:t></w:r></w:p>"#
        #expect(try docx(numbered + heading) == "- item\n# heading")
    }

    /// The paragraph's first `pPr`, in any case, holds its properties, and its first `pStyle` the style; a `pPr`
    /// not spelt exactly so is also read for text.
    @Test func docxPropertiesAreTheFirstPPrAndPStyle() throws {
        let later = #"<w:p><w:r><w:t>a</w:t></w:r><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:pPr><w:numPr/></w:pPr></w:p>"#
        let firstStyle = #"<w:p><w:pPr><w:pStyle/><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>"#
        let otherCase = #"<w:p><w:PPR><w:PSTYLE w:val="Title"><w:t>c</w:t></w:PSTYLE><w:numPr/></w:PPR></w:p>"#
        let nestedOnly = #"<w:p><w:r><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:t>d</w:t></w:r></w:p>"#
        #expect(try docx(later + firstStyle + otherCase + nestedOnly) == "# a\nb\n# c\nd")
    }

    /// Attributes a DTD defaults are not the document's own, as in libxml2's tree; nor is a name with an unbound
    /// prefix, which the tree spells `prefix:name`.
    @Test func docxIgnoresDefaultedAttributesAndUnboundPrefixes() throws {
        let xml = #"<!DOCTYPE w:document [<!ATTLIST w:pStyle w:val CDATA "Heading1">]><w:document "#
            + Self.wordNamespace + #"><w:body><w:p><w:pPr><w:pStyle/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>"#
            + #"<w:p><w:pPr><w:pStyle x:val="Title"/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>"#
            + #"<x:p><w:r><w:t>c</w:t></w:r></x:p></w:body></w:document>"#
        #expect(try docxDocument(xml) == "a\nb")
    }

    @Test func docxInUTF16ReadsAsInUTF8() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-16"?><w:document "# + Self.wordNamespace + "><w:body>"
            + #"<w:p><w:pPr><w:pStyle w:val="Rubrik1"/></w:pPr><w:r><w:t>Åsa Öberg 日本</w:t></w:r></w:p></w:body></w:document>"#
        let data = try #require(xml.data(using: .utf16))
        #expect(try OfficeText.docx(data, parser: parser) == "# Åsa Öberg 日本")
    }

    /// Nesting is checked over the whole document as in the tree, and a document that is not well-formed is
    /// reported as such even when it also nests too deep.
    @Test func docxNestingLimitAndMalformedDocuments() throws {
        let deep = ZipBuilder.documentXML(body: "<w:p><w:r><w:t>x</w:t></w:r></w:p>")
        #expect(try docxDocument(deep, parser: MarkupParser(maximumDepth: 5)) == "x")
        #expect(throws: MarkupError.tooDeep(limit: 4)) { try docxDocument(deep, parser: MarkupParser(maximumDepth: 4)) }
        #expect(throws: MarkupError.tooDeep(limit: 0)) { try docxDocument(deep, parser: MarkupParser(maximumDepth: 0)) }
        let broken = ZipBuilder.documentXML(body: "<w:p><w:r><w:t>x</w:t></w:r></w:p><w:p></w:q>")
        let error = #expect(throws: MarkupError.self) { try docxDocument(broken, parser: MarkupParser(maximumDepth: 4)) }
        guard case .malformed(let line, let reason) = error else {
            Issue.record("expected .malformed, got \(String(describing: error))")
            return
        }
        #expect(line == 1)
        #expect(reason.contains("mismatch"))
    }

    @Test func odtParagraphsSpacesListsAndTables() throws {
        let text = """
            <text:h>Rubrik</text:h><text:p>a<text:s text:c="3"/>b<text:tab/>c<text:line-break/>d\
            <text:note><text:p>note</text:p></text:note></text:p>\
            <text:list><text:list-item><text:p>item</text:p></text:list-item></text:list>\
            <table:table><table:table-header-rows><table:table-row><table:table-cell><text:p>H</text:p></table:table-cell>\
            </table:table-row></table:table-header-rows><table:TABLE-ROW><table:table-cell><text:p>A</text:p>\
            </table:table-cell></table:TABLE-ROW></table:table>
            """
        #expect(try odt(text) == "# Rubrik\na   b\tc\nd\n- item\nA\n\nH\n")
    }

    /// `text:s` with a negative count used to trap, and one of billions to exhaust memory.
    @Test(arguments: ["-2", "abc", "4000000000", "99999999999999999999"])
    func odtSpaceCountsAreBounded(count: String) throws {
        let text = try odt(#"<text:p>a<text:s text:c=""# + count + #""/>b</text:p>"#)
        #expect(text.hasPrefix("a") && text.hasSuffix("b"))
        #expect(text.count <= OfficeText.maximumSpaces + 2)
    }

    /// Elements nested past the limit are refused by ``MarkupParser/withXML(_:_:)`` as by ``MarkupParser/parseXML(_:)``,
    /// also where the reader never looks.
    @Test func nestingIsCheckedOverTheWholeDocument() throws {
        let shallow = MarkupParser(maximumDepth: 4)
        let xml = Data("<a><b><c><d><e/></d></c></b><f/></a>".utf8)
        #expect(throws: MarkupError.tooDeep(limit: 4)) { try shallow.parseXML(xml) }
        #expect(throws: MarkupError.tooDeep(limit: 4)) { try shallow.withXML(xml) { $0.child("f") != nil } }
        let fits = Data("<a><b><c><d/></c></b><f>x</f></a>".utf8)
        #expect(try shallow.withXML(fits) { $0.child("F")?.textContent } == "x")
        #expect(throws: MarkupError.tooDeep(limit: 0)) { try MarkupParser(maximumDepth: 0).withXML(fits) { _ in true } }
    }

    /// Case-insensitive names match as ``MarkupNode/child(_:)`` matches them, ASCII or not.
    @Test(arguments: ["body", "BODY", "bOdY", "bod", "bodyx", "b-dy", "pStyle", "pſtyle", "PſTYLE", "Körper", "KÖRPER", "tr", "t"])
    func caseInsensitiveNamesMatchAsMarkupNodeDoes(name: String) throws {
        let xml = Data("<root><\(name)/></root>".utf8)
        let tree = try parser.parseXML(xml)
        for wanted in ["body", "pStyle", "Körper", "tr"] {
            let expected = tree.child(wanted) != nil
            #expect(try parser.withXML(xml) { $0.child(wanted) != nil } == expected, "\(name) as \(wanted)")
        }
    }
}
