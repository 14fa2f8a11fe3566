import Foundation
import PassformCore
import PassformFormats
import PassformXML
import Testing

/// Billion laughs and external entities (XXE) in every place outside XML reaches libxml2: a Europass CV, a DOCX's
/// `word/document.xml`, an ODT's `content.xml`, and an HTML job ad. Each is refused at once with a clear error,
/// or read without the entity; no local file or network address is ever read.
@Suite(.timeLimit(.minutes(1)))
struct XMLAttackTests {
    let reader = CVReader()
    let asOf = YearMonth(year: 2026, month: 11)

    /// A file only an XXE could read: its contents must never appear in a result or an error. One file, rewritten by
    /// each run, so that runs leave nothing behind; a result is checked for the marker every run writes.
    static let canary: (url: URL, secret: String) = {
        let secret = "PASSFORM-CANARY"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-xxe-canary.txt")
        FileManager.default.createFile(atPath: url.path, contents: Data("\(secret)-\(UUID().uuidString)".utf8))
        return (url, secret)
    }()

    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&lol9;</FirstName></PersonName></Identification></LearnerInfo></SkillsPassport>
        """

    /// The entity declarations that must be refused, each with a root that uses it.
    static let entityDocuments: [String] = [
        billionLaughs,
        // XXE through a file:// SYSTEM id.
        """
        <?xml version="1.0"?>
        <!DOCTYPE SkillsPassport [<!ENTITY xxe SYSTEM "\(canary.url.absoluteString)">]>
        <SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&xxe;</FirstName></PersonName></Identification></LearnerInfo></SkillsPassport>
        """,
        // XXE through a bare path and an http:// SYSTEM id (nothing listens on port 9).
        """
        <?xml version="1.0"?>
        <!DOCTYPE SkillsPassport [<!ENTITY a SYSTEM "\(canary.url.path)"><!ENTITY b SYSTEM "http://127.0.0.1:9/cv.txt">]>
        <SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>&a;&b;</FirstName></PersonName></Identification></LearnerInfo></SkillsPassport>
        """,
        // A parameter entity that would fetch an external DTD.
        """
        <?xml version="1.0"?>
        <!DOCTYPE SkillsPassport [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
        <SkillsPassport><LearnerInfo/></SkillsPassport>
        """,
    ]

    static let refusal = "refused for safety: the document declares XML entities, which are refused for safety"

    // MARK: - Europass XML

    @Test(arguments: entityDocuments)
    func europassWithEntitiesIsRefused(document: String) throws {
        let error = try #require(throws: CVReadError.self) {
            try reader.read(Data(document.utf8), file: "cv.xml", asOf: asOf)
        }
        #expect(error.description == "cv.xml: \(Self.refusal)")
    }

    /// The byte check for `<!ENTITY` cannot see a UTF-16 document; libxml2's parser must stop there too.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func entitiesInAnotherEncodingAreRefusedToo(encoding: String.Encoding) throws {
        for document in Self.entityDocuments {
            let utf = document.replacingOccurrences(of: #"<?xml version="1.0"?>"#, with: "")
            var data = try #require(utf.data(using: encoding))
            if encoding == .utf16LittleEndian { data = Data([0xFF, 0xFE]) + data }
            if encoding == .utf16BigEndian { data = Data([0xFE, 0xFF]) + data }
            #expect(data.range(of: Data("<!ENTITY".utf8)) == nil)
            let error = #expect(throws: MarkupError.self) { try MarkupParser().parseXML(data) }
            #expect(error == .entityDeclarations)
        }
    }

    /// An external DTD without entity declarations is not loaded (no DTD loading, no network); the document reads.
    @Test func externalDTDIsNeverLoaded() throws {
        let document = """
            <?xml version="1.0"?>
            <!DOCTYPE SkillsPassport SYSTEM "\(Self.canary.url.absoluteString)">
            <SkillsPassport><LearnerInfo><Identification><PersonName><FirstName>Ada</FirstName><Surname>Berg</Surname></PersonName></Identification></LearnerInfo></SkillsPassport>
            """
        let cv = try reader.read(Data(document.utf8), file: "cv.xml", asOf: asOf)
        #expect(cv.candidate.name == "Ada Berg")
        #expect(!"\(cv.candidate)".contains(Self.canary.secret))
    }

    /// XInclude is not processed: the include stays an unknown element and the file is not read.
    @Test func xincludeIsNotFollowed() throws {
        let document = """
            <?xml version="1.0"?>
            <SkillsPassport xmlns:xi="http://www.w3.org/2001/XInclude"><LearnerInfo><Identification><PersonName>
            <FirstName><xi:include href="\(Self.canary.url.absoluteString)" parse="text"/>Ada</FirstName></PersonName></Identification></LearnerInfo></SkillsPassport>
            """
        let cv = try reader.read(Data(document.utf8), file: "cv.xml", asOf: asOf)
        #expect(cv.candidate.name == "Ada")
    }

    /// Deep nesting is refused before it can exhaust the stack.
    @Test func deepNestingIsRefused() throws {
        let document = "<SkillsPassport>" + String(repeating: "<a>", count: 100_000) + String(repeating: "</a>", count: 100_000) + "</SkillsPassport>"
        let error = try #require(throws: CVReadError.self) {
            try reader.read(Data(document.utf8), file: "cv.xml", asOf: asOf)
        }
        #expect(error.description.hasPrefix("cv.xml:"))
        #expect(!error.description.contains("\n"))
    }

    // MARK: - DOCX and ODT

    @Test(arguments: entityDocuments)
    func docxWithEntitiesIsRefused(document: String) throws {
        var zip = ZipBuilder()
        zip.store("[Content_Types].xml", "<Types/>")
        zip.store("word/document.xml", document)
        let error = try #require(throws: CVReadError.self) {
            try reader.read(zip.data, file: "cv.docx", asOf: asOf)
        }
        #expect(error.description == "cv.docx: \(Self.refusal)")
    }

    @Test(arguments: entityDocuments)
    func odtWithEntitiesIsRefused(document: String) throws {
        var zip = ZipBuilder()
        zip.store("mimetype", "application/vnd.oasis.opendocument.text")
        zip.store("content.xml", document)
        let error = try #require(throws: CVReadError.self) {
            try reader.read(zip.data, file: "cv.odt", asOf: asOf)
        }
        #expect(error.description == "cv.odt: \(Self.refusal)")
    }

    // MARK: - HTML job ads

    /// HTML has no entity declarations: libxml2's HTML parser does not read an internal subset, so the page is
    /// read as text and neither the canary file nor the network is touched; the laughs stay unexpanded.
    @Test(arguments: entityDocuments)
    func htmlAdWithEntitiesIsReadWithoutThem(document: String) throws {
        let page = document.replacingOccurrences(of: #"<?xml version="1.0"?>"#, with: "")
            .replacingOccurrences(of: "<SkillsPassport>", with: "<html><body><h1>Ekonomiassistent</h1><p>")
            .replacingOccurrences(of: "</SkillsPassport>", with: "</p><ul><li>Gymnasieutbildning</li></ul></body></html>")
        let posting = try PostingReader().read(Data(page.utf8), path: "ad.html")
        let text = "\(posting)"
        #expect(!text.contains(Self.canary.secret))
        #expect(!text.contains("lollollollollol"))
    }

    /// The same page as a JSON-LD description: the HTML inside it goes through the same parser.
    @Test func jsonLDDescriptionWithEntitiesIsReadWithoutThem() throws {
        let description = "<!DOCTYPE p [<!ENTITY xxe SYSTEM \\\"\(Self.canary.url.absoluteString)\\\">]><p>&xxe;</p><ul><li>Erfarenhet av lön</li></ul>"
        let json = #"{"@context": "https://schema.org", "@type": "JobPosting", "title": "Lönehandläggare", "description": ""#
            + description + #""}"#
        let posting = try PostingReader().read(Data(json.utf8), path: "ad.jsonld")
        #expect(!"\(posting)".contains(Self.canary.secret))
    }
}
