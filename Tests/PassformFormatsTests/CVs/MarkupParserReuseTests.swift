import Foundation
@testable import PassformFormats
@testable import PassformXML
import Testing

/// Documents read one after another on one thread, where ``MarkupParser`` keeps a libxml2 parser context between
/// them: a broken or refused document leaves nothing behind for the next, entity declarations are refused in every
/// document, the stream and the tree do not see each other's callbacks, and documents libxml2 must decode are read
/// as before.
struct MarkupParserReuseTests {
    let parser = MarkupParser(maximumDepth: 8)

    static let word = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    static func document(_ body: String, declaration: String = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#)
        -> String
    {
        declaration + "\n<w:document \(word)>\n<w:body>\(body)</w:body></w:document>"
    }

    static let good = document(
        #"<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Erfarenhet</w:t></w:r></w:p>"#
            + "<w:p><w:r><w:t>Ekonomiassistent</w:t></w:r></w:p>")
    static let goodText = "# Erfarenhet\nEkonomiassistent"

    /// Broken in different ways: cut off inside open elements (their namespace still declared), tags that do not
    /// match, an entity declaration libxml2 must stop at itself (UTF-16), nesting past the parser's limit, and
    /// nesting past libxml2's own.
    static let broken: [(name: String, data: Data)] = [
        ("truncated", Data(good.utf8.prefix(good.utf8.count - 40))),
        ("mismatched", Data(document("<w:p><w:r><w:t>x</w:t></w:p></w:r>").utf8)),
        ("utf-16 entity", Data([0xFF, 0xFE]) + #"<!DOCTYPE a [<!ENTITY e "b">]><a>&e;</a>"#.data(using: .utf16LittleEndian)!),
        ("too deep", Data(document(String(repeating: "<w:sdt>", count: 12) + String(repeating: "</w:sdt>", count: 12)).utf8)),
        ("deeper than libxml2", Data((String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300)).utf8)),
        ("empty", Data()),
    ]

    func docx(_ data: Data) throws -> String { try OfficeText.docx(data, parser: parser) }

    @Test(arguments: broken.indices)
    func aBrokenDocumentLeavesNothingForTheNext(index: Int) throws {
        #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
        #expect(throws: MarkupError.self, "\(Self.broken[index].name)") { try docx(Self.broken[index].data) }
        #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
        #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
    }

    /// A prefix declared in a document cut off inside its element is unknown to the next document, whose element
    /// keeps it in its name as the tree does (libxml2 2.9's reset leaves the namespace stack of a stopped parse).
    @Test func namespacesOfABrokenDocumentAreForgotten() throws {
        struct Names: MarkupStreamHandler {
            var names: [String] = []
            mutating func start(_ tag: MarkupTag) { names.append(tag.name) }
            func end() {}
            func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
        }
        var first = Names()
        #expect(throws: MarkupError.self) { try parser.stream(Data(#"<x:a xmlns:x="urn:x"><x:b>cut"#.utf8), to: &first) }
        var second = Names()
        try parser.stream(Data("<x:a><x:b/></x:a>".utf8), to: &second)
        #expect(second.names == ["x:a", "x:b"])
    }

    /// The byte check sees UTF-8 declarations; in UTF-16 only libxml2 stopping at the declaration refuses them,
    /// and it must for every document on the thread, streamed or built into a tree.
    @Test(arguments: [String.Encoding.utf8, .utf16LittleEndian, .utf16BigEndian])
    func entityDeclarationsAreRefusedAfterGoodDocuments(encoding: String.Encoding) throws {
        var entity = try #require(#"<!DOCTYPE a [<!ENTITY e "laugh">]><a>&e;</a>"#.data(using: encoding))
        if encoding == .utf16LittleEndian { entity = Data([0xFF, 0xFE]) + entity }
        if encoding == .utf16BigEndian { entity = Data([0xFE, 0xFF]) + entity }
        for _ in 0..<2 {
            #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
            #expect(throws: MarkupError.entityDeclarations) { try docx(entity) }
            #expect(try parser.parseXML(Data("<a>b</a>".utf8)).textContent == "b")
            #expect(throws: MarkupError.entityDeclarations) { try parser.parseXML(entity) }
            #expect(throws: MarkupError.entityDeclarations) { try parser.withXML(entity) { _ in true } }
        }
    }

    /// The tree after the stream is built by libxml2's own callbacks, and the stream after the tree gets its events.
    @Test func streamAndTreeTakeTurns() throws {
        for _ in 0..<2 {
            #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
            let tree = try parser.parseXML(Data(Self.good.utf8))
            #expect(tree.name == "document" && tree.child("body")?.children("p").count == 2)
            #expect(try parser.withXML(Data(Self.good.utf8)) { $0.child("body")?.textContent } == "ErfarenhetEkonomiassistent")
        }
    }

    /// Documents that libxml2 decodes (another encoding declared, UTF-16) read as before among UTF-8 ones; one
    /// labelled UTF-16 but written in UTF-8 is refused as libxml2 refuses it.
    @Test func documentsLibxmlDecodesReadAsBefore() throws {
        let body = "<w:p><w:r><w:t>Caf\u{E9} Fran\u{E7}ais</w:t></w:r></w:p>"
        let latin1 = try #require(
            Self.document(body, declaration: #"<?xml version="1.0" encoding="ISO-8859-1"?>"#).data(using: .isoLatin1))
        let utf16 = Data([0xFF, 0xFE]) + Self.document(body, declaration: #"<?xml version="1.0" encoding="UTF-16"?>"#)
            .data(using: .utf16LittleEndian)!
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(Self.document(body).utf8)
        for data in [latin1, utf16, bom, Data(Self.document(body).utf8)] {
            #expect(try docx(Data(Self.good.utf8)) == Self.goodText)
            #expect(try docx(data) == "Caf\u{E9} Fran\u{E7}ais")
        }
        let mislabelled = Data(Self.document(body, declaration: #"<?xml version="1.0" encoding="UTF-16"?>"#).utf8)
        #expect(throws: MarkupError.malformed(line: 1, reason: "Document labelled UTF-16 but has UTF-8 content")) {
            try docx(mislabelled)
        }
    }

    /// A malformed document gives the same line and reason whether libxml2 reads it as a string (UTF-8) or from
    /// a buffer it decodes (the same ASCII bytes declared ISO-8859-1).
    @Test func errorsAreTheSameFromEitherInput() throws {
        let body = "<w:p><w:r><w:t>x</w:t></w:r>\n<w:p>\n</w:body>"
        let asString = Data(Self.document(body).utf8)
        let decoded = Data(Self.document(body, declaration: #"<?xml version="1.0" encoding="ISO-8859-1"?>"#).utf8)
        #expect(MarkupParser.terminatedUTF8(asString) != nil && MarkupParser.terminatedUTF8(decoded) == nil)
        let fromString = #expect(throws: MarkupError.self) { try docx(asString) }
        let fromBuffer = #expect(throws: MarkupError.self) { try docx(decoded) }
        #expect(fromString == fromBuffer)
        #expect(fromString.map { if case .malformed(line: 5, _) = $0 { true } else { false } } == true)
    }

    /// Which declarations let libxml2 read a document as a plain UTF-8 string: none, or one naming UTF-8.
    @Test(arguments: [
        (#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>"#, true),
        ("<?xml version='1.0' encoding = 'utf8' ?><a/>", true),
        ("<?xml\tversion=\"1.0\"?><a/>", true),
        ("<a/>", true),
        (#"<?xmlx encoding="latin1"?><a/>"#, true),
        (#"<?xml version="1.0"?><a encoding="latin1"/>"#, true),
        (#"<?xml version="1.0" encoding="ISO-8859-1"?><a/>"#, false),
        (#"<?xml version="1.0" encoding="UTF-16"?><a/>"#, false),
        (#"<?xml version="1.0" encoding="UTF-8 "?><a/>"#, false),
        (#"<?xml version="1.0" encoding="UTF-8" encoding="latin1"?><a/>"#, false),
        (#"<?xml version="1.0" encoding=UTF-8?><a/>"#, false),
        (#"<?xml version="1.0" encoding="UTF-8"#, false),
    ])
    func declarationsReadAsUTF8(declaration: String, plain: Bool) {
        let string = MarkupParser.terminatedUTF8(Data(declaration.utf8))
        defer { string?.deallocate() }
        #expect((string != nil) == plain)
    }

    /// Bytes libxml2 would decode, or could not take as a zero-terminated string, are never given as one.
    @Test(arguments: [[0x3C, 0x61, 0x00, 0x2F, 0x3E], [0xFE, 0xFF, 0x3C, 0x61, 0x2F, 0x3E], [0xFF, 0xFE, 0x3C, 0x61],
        [0x4C, 0x6F, 0xA7, 0x94, 0x81]] as [[UInt8]])
    func signaturesAndZeroBytesAreNeverStrings(bytes: [UInt8]) {
        #expect(MarkupParser.terminatedUTF8(Data(bytes)) == nil)
    }

    @Test func theStringIsTheBytesAndAZero() throws {
        let bytes = Array("\u{FEFF}<a>é</a>".utf8)
        let string = try #require(MarkupParser.terminatedUTF8(Data(bytes)))
        defer { string.deallocate() }
        #expect(Array(UnsafeBufferPointer(start: string, count: bytes.count + 1)) == bytes + [0])
    }
}
