import Foundation
import PassformCore
import PassformFormats
import Testing

/// Size limits on every reader, configurable through ``InputLimits`` and ``TextLimits``, and any bytes under
/// any name: a result or one clear line, never a crash or a raw Foundation error.
@Suite(.timeLimit(.minutes(1)))
struct InputLimitAttackTests {
    let asOf = YearMonth(year: 2026, month: 11)

    @Test func cvSizeLimitIsConfigurable() throws {
        var reader = CVReader()
        reader.limits.cvBytes = 1_000
        let data = Data(repeating: UInt8(ascii: "a"), count: 1_001)
        let error = try #require(throws: CVReadError.self) { try reader.read(data, file: "cv.txt", asOf: asOf) }
        #expect(error.description == "cv.txt: 1001 bytes is over the cv-bytes limit of 1000 bytes for a CV")
        #expect(reader.maximumSize == 1_000)
    }

    @Test func cvSizeLimitAppliesBeforeReadingTheFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-big-\(UUID().uuidString).txt")
        try Data(repeating: UInt8(ascii: "a"), count: 2_048).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = CVReader()
        reader.maximumSize = 1_024
        let error = try #require(throws: CVReadError.self) { try reader.read(path: url.path, asOf: asOf) }
        #expect(error == .tooLarge(file: url.path, bytes: 2_048, limit: 1_024))
    }

    @Test func markupDepthLimitIsConfigurable() throws {
        var reader = CVReader()
        reader.limits.markupDepth = 8
        let xml = "<SkillsPassport>" + String(repeating: "<a>", count: 10) + String(repeating: "</a>", count: 10) + "</SkillsPassport>"
        let error = try #require(throws: CVReadError.self) { try reader.read(Data(xml.utf8), file: "cv.xml", asOf: asOf) }
        #expect(error.description == "cv.xml: refused for safety: elements nest deeper than 8 levels")
    }

    @Test func postingSizeLimitIsConfigurable() throws {
        var reader = PostingReader()
        reader.limits.postingBytes = 100
        let error = try #require(throws: PostingReaderError.self) {
            try reader.read(Data(String(repeating: "Ekonomiassistent ", count: 10).utf8), path: "ad.txt")
        }
        #expect(error.description == "ad.txt: 170 bytes is over the posting-bytes limit of 100 bytes for a job posting")
    }

    /// A job ad of one 5 MB line (as text, or as one HTML paragraph) is refused at once.
    @Test(arguments: ["ad.txt", "ad.html"])
    func fiveMegabyteAdLine(path: String) throws {
        let line = String(repeating: "Vi söker en ekonomiassistent med erfarenhet. ", count: 5_000_000 / 46)
        let text = path.hasSuffix("html") ? "<html><body><h1>Ekonomiassistent</h1><p>\(line)</p></body></html>" : "Ekonomiassistent\n\n\(line)"
        let error = try #require(throws: PostingReaderError.self) { try PostingReader().read(Data(text.utf8), path: path) }
        #expect(error.description.hasPrefix("\(path): line "))
        #expect(error.description.hasSuffix("bytes long, over the line-bytes limit of 20000 for one line"))
    }

    @Test func fiveMegabyteCVLineThroughTheReader() throws {
        let line = String(repeating: "Ekonomiassistent, Kommunen ", count: 5_000_000 / 27)
        let error = try #require(throws: CVParseError.self) {
            try CVReader().read(Data(("ARBETSLIVSERFARENHET\n" + line).utf8), file: "cv.txt", asOf: asOf)
        }
        #expect(error.description == "cv.txt: line 2 is \(line.utf8.count) bytes long, over the line-bytes limit of 20000 for one line; is this a CV?")
    }

    /// NUL bytes and other binary content in a "text" CV.
    @Test func binaryInATextCVIsRefused() throws {
        let data = Data((0..<4_000).map { UInt8($0 % 7) })
        let error = try #require(throws: CVReadError.self) { try CVReader().read(data, file: "cv.txt", asOf: asOf) }
        #expect(error == .notText(file: "cv.txt"))
    }

    /// A UTF-16 CV with NUL bytes between its characters is text, not binary.
    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16CVReads(encoding: String.Encoding) throws {
        let text = "Ada Berg\nARBETSLIVSERFARENHET\n2015–2020  Ekonomiassistent, Kommunen\nUTBILDNING\n2011–2014  Ekonomiprogrammet, Gymnasiet\n"
        let data = try #require(text.data(using: encoding))
        let cv = try CVReader().read(data, file: "cv.txt", asOf: asOf)
        #expect(cv.candidate.employment.count == 1)
    }

    /// Random bytes, and random bytes behind each format's signature, under every name a CV can have.
    @Test func anyBytesUnderAnyNameGiveAResultOrOneLine() {
        var seed: UInt64 = 0x5EED
        func next() -> UInt8 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: seed >> 33)
        }
        let heads: [[UInt8]] = [[], Array("%PDF".utf8), [0x50, 0x4B, 0x03, 0x04], Array("<?xml ".utf8), Array("{".utf8), [0xD0, 0xCF, 0x11, 0xE0]]
        let names = ["cv.txt", "cv.md", "cv.docx", "cv.odt", "cv.json", "cv.xml", "attachment"]
        for round in 0..<150 {
            let body = (0..<(Int(next()) * 8)).map { _ in next() }
            let data = Data(heads[round % heads.count] + body)
            let name = names[round % names.count]
            if data.starts(with: Array("%PDF".utf8)) || name.hasSuffix(".pdf") { continue }  // pdftotext is tested elsewhere
            do {
                _ = try CVReader().read(data, file: name, asOf: asOf)
            } catch let error as CVReadError {
                #expect(!error.description.contains("\n"))
            } catch let error as CVParseError {
                #expect(!error.description.contains("\n"))
            } catch {
                Issue.record("\(name): unexpected error \(type(of: error)): \(error)")
            }
            do {
                _ = try PostingReader().read(data, path: name.replacingOccurrences(of: "cv", with: "ad"))
            } catch let error as PostingReaderError {
                #expect(!error.description.contains("\n"))
            } catch {
                Issue.record("\(name): unexpected posting error \(type(of: error)): \(error)")
            }
        }
    }
}
