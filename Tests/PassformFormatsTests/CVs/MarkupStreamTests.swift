import Foundation
import PassformXML
import Testing

/// ``MarkupParser/stream(_:to:)``: elements, attributes and text in document order, as the tree would hold them,
/// under the same safety rules as ``MarkupParser/parseXML(_:)``.
struct MarkupStreamTests {
    /// Writes the events down: `<name val=…>`, `</>`, and text, runs of text joined.
    struct Recorder: MarkupStreamHandler {
        var events: [String] = []

        mutating func start(_ tag: MarkupTag) {
            events.append("<" + tag.name + (tag.attribute("val").map { " val=" + $0 } ?? "") + ">")
        }

        mutating func end() { events.append("</>") }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
            let run = String(decoding: bytes, as: UTF8.self)
            if let last = events.last, !last.hasPrefix("<") {
                events[events.count - 1] = last + run
            } else {
                events.append(run)
            }
        }
    }

    func events(_ xml: String, parser: MarkupParser = MarkupParser()) throws -> [String] {
        var recorder = Recorder()
        try parser.stream(Data(xml.utf8), to: &recorder)
        return recorder.events
    }

    @Test func elementsAndTextComeInDocumentOrder() throws {
        let xml = #"<a xmlns:w="urn:w"><w:b>one &amp; &#x32;<!-- no --><![CDATA[ <three> ]]></w:b><?pi skipped?> <c/></a>"#
        #expect(try events(xml) == ["<a>", "<b>", "one & 2 <three> ", "</>", " ", "<c>", "</>", "</>"])
    }

    /// As in the tree, the last `val` counts whatever its prefix, and `&` (which libxml2 hands over as `&#38;`)
    /// and other references are decoded.
    @Test func attributesReadAsInTheTree() throws {
        let xml = #"<a xmlns:w="urn:w"><b w:val="x" val="a&amp;b &#38; &#x26;amp; &lt;&#233;"/><c val=""/><d other="1"/></a>"#
        #expect(try events(xml) == ["<a>", "<b val=a&b & &amp; <é>", "</>", "<c val=>", "</>", "<d>", "</>", "</>"])
        let tree = try MarkupParser().parseXML(Data(xml.utf8))
        #expect(tree.children.first?.attributes["val"] == "a&b & &amp; <é")
    }

    /// A prefix bound to no namespace stays in the name, as libxml2's tree keeps it; attributes a DTD defaults
    /// are left out, as the tree leaves them out.
    @Test func unboundPrefixesAndDefaultedAttributesAsInTheTree() throws {
        let xml = #"<!DOCTYPE a [<!ATTLIST b val CDATA "default">]><a><x:b x:val="1"/><b/></a>"#
        #expect(try events(xml) == ["<a>", "<x:b>", "</>", "<b>", "</>", "</>"])
        struct Names: MarkupStreamHandler {
            var matches: [Bool] = []
            mutating func start(_ tag: MarkupTag) { matches += [tag.isNamed("b"), tag.isNamed("x:b"), tag.isNamed(caseInsensitive: "X:B")] }
            func end() {}
            func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
        }
        var names = Names()
        try MarkupParser().stream(Data("<x:b/>".utf8), to: &names)
        #expect(names.matches == [false, true, true])
    }

    /// Nesting is limited as in ``MarkupParser/withXML(_:_:)``: an element `maximumDepth` levels below the root is
    /// refused, and nothing after it is passed on.
    @Test func nestingPastTheLimitIsRefused() throws {
        let xml = "<a><b><c><d>deep</d></c></b><e>after</e></a>"
        #expect(try events(xml, parser: MarkupParser(maximumDepth: 4)).count == 12)
        var recorder = Recorder()
        #expect(throws: MarkupError.tooDeep(limit: 3)) { try MarkupParser(maximumDepth: 3).stream(Data(xml.utf8), to: &recorder) }
        #expect(recorder.events == ["<a>", "<b>", "<c>"])
        #expect(throws: MarkupError.tooDeep(limit: 0)) { try events("<a/>", parser: MarkupParser(maximumDepth: 0)) }
    }

    /// A document that is not well-formed is reported as such, also when it nests too deep before the fault, as
    /// the tree reports it.
    @Test func malformedWinsOverDepth() throws {
        let xml = "<a><b><c><d/></c></b></x>"
        let shallow = MarkupParser(maximumDepth: 2)
        let streamed = #expect(throws: MarkupError.self) { try events(xml, parser: shallow) }
        let tree = #expect(throws: MarkupError.self) { try shallow.withXML(Data(xml.utf8)) { _ in true } }
        #expect(streamed == tree)
        #expect(streamed.map { if case .malformed = $0 { true } else { false } } == true)
    }

    /// libxml2's own limit (256 open elements) gives the tree's error too.
    @Test func libxmlDepthLimitGivesTheTreesError() throws {
        let xml = String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)
        let huge = MarkupParser(maximumDepth: 1000)
        let streamed = #expect(throws: MarkupError.self) { try events(xml, parser: huge) }
        let tree = #expect(throws: MarkupError.self) { try huge.parseXML(Data(xml.utf8)) }
        #expect(streamed == tree)
    }

    @Test func emptyAndOversizedDocumentsAreRefused() throws {
        #expect(throws: MarkupError.empty) { try events("") }
        #expect(throws: MarkupError.tooLarge(bytes: 9, limit: 8)) { try events("<a>b</a> ", parser: MarkupParser(maximumSize: 8)) }
    }

    /// Entity declarations are refused before parsing in UTF-8, and by libxml2 stopping at the declaration in
    /// UTF-16, which the byte check cannot see; no event comes from after the declaration.
    @Test(arguments: [String.Encoding.utf8, .utf16LittleEndian, .utf16BigEndian])
    func entityDeclarationsAreRefused(encoding: String.Encoding) throws {
        let xml = #"<!DOCTYPE a [<!ENTITY e "laugh">]><a>&e;</a>"#
        var data = try #require(xml.data(using: encoding))
        if encoding == .utf16LittleEndian { data = Data([0xFF, 0xFE]) + data }
        if encoding == .utf16BigEndian { data = Data([0xFE, 0xFF]) + data }
        var recorder = Recorder()
        #expect(throws: MarkupError.entityDeclarations) { try MarkupParser().stream(data, to: &recorder) }
        #expect(recorder.events.isEmpty)
    }
}

/// The byte check for `<!ENTITY` finds it anywhere, also at the very start and end of the bytes.
@Test(arguments: ["<!ENTITY", "<!ENTITY x", "x<!ENTITY", "<!<!ENTITY", "<a>!!<!ENTITY</a>"])
func entityDeclarationBytesAreFoundAnywhere(document: String) throws {
    #expect(throws: MarkupError.entityDeclarations) { try MarkupParser().parseXML(Data(document.utf8)) }
}

@Test(arguments: ["<!ENTIT", "<a>!ENTITY <! ENTITY</a>", "!", "<a/>!<"])
func textLikeAnEntityDeclarationIsNotOne(document: String) throws {
    let error = #expect(throws: MarkupError.self) { try MarkupParser().parseXML(Data(document.utf8)) }
    #expect(error != .entityDeclarations)
}
