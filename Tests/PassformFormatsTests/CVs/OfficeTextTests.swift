import Foundation
@testable import PassformFormats
import PassformXML
import Testing

/// DOCX and ODT text read in place in libxml2's tree (``MarkupParser/withXML(_:_:)``): paragraphs, headings,
/// lists, tables and text boxes in reading order, names compared as ``MarkupNode`` compares them.
struct OfficeTextTests {
    let parser = MarkupParser()

    func docx(_ body: String) throws -> String {
        try parser.withXML(Data(ZipBuilder.documentXML(body: body).utf8), OfficeText.docx)
    }

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

    /// The last `val` attribute counts, whatever its prefix, as in ``MarkupNode/attributes``.
    @Test func docxStyleIsTheLastValAttribute() throws {
        let body = #"<w:p><w:pPr><w:pStyle w:val="Heading1" val="Normal"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        #expect(try docx(body) == "x")
        let heading = #"<w:p><w:pPr><w:PSTYLE val="Normal" w:val="Title"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"#
        #expect(try docx(heading) == "# x")
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
