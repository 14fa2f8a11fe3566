import Foundation
import PassformCore
import PassformFormats
import Testing

/// Zip bombs, nested archives, hostile entry paths and broken containers in DOCX and ODT CVs: each is refused
/// before it is unpacked, or read without its paths ever touching the file system.
@Suite(.timeLimit(.minutes(1)))
struct ZipAttackTests {
    let reader = CVReader()
    let asOf = YearMonth(year: 2026, month: 11)

    static let cvLines = [
        "Ada Berg", "ARBETSLIVSERFARENHET", "2015–2020  Ekonomiassistent, Kommunen", "UTBILDNING",
        "2011–2014  Ekonomiprogrammet, Gymnasiet",
    ]

    func refusal(_ data: Data, file: String = "cv.docx") throws -> String {
        let error = try #require(throws: CVReadError.self) { try reader.read(data, file: file, asOf: asOf) }
        #expect(!error.description.contains("\n"))
        return error.description
    }

    @Test func anHonestDocxFromTheBuilderReads() throws {
        let zip = ZipBuilder.docx(body: Self.cvLines.map(ZipBuilder.paragraph).joined())
        let cv = try reader.read(zip.data, file: "cv.docx", asOf: asOf)
        #expect(cv.format == .docx)
        #expect(cv.candidate.employment.count == 1)
    }

    // MARK: - Bombs

    /// 1 GB declared from 16 KB: refused from the headers, nothing is inflated.
    @Test func hugeRatioIsRefused() throws {
        var zip = ZipBuilder.docx(body: ZipBuilder.paragraph("Ada"))
        zip.deflatedZeros("word/media/image1.png", count: 2_500_000, declaredSize: 1_000_000_000)
        #expect(try refusal(zip.data) == "cv.docx: refused for safety: it would unpack to more than 64 MiB")
    }

    /// 10 MB of zeros honestly declared, at about 158 : 1: under the default ratio, over a ratio limit of 100.
    @Test func ratioLimitIsConfigurable() throws {
        var zip = ZipBuilder.docx(body: ZipBuilder.paragraph("Ada"))
        zip.deflatedZeros("word/media/image1.png", count: 10_000_000)
        var strict = reader
        strict.limits.archiveRatio = 100
        let error = try #require(throws: CVReadError.self) { try strict.read(zip.data, file: "cv.docx", asOf: asOf) }
        #expect(error.description == "cv.docx: refused for safety: a part is compressed more than 100 times")
    }

    /// Many parts that each stay under the part limit but not in total.
    @Test func hugeTotalIsRefused() throws {
        var zip = ZipBuilder.docx(body: ZipBuilder.paragraph("Ada"))
        for n in 0..<40 { zip.deflatedZeros("word/media/image\(n).png", count: 30 << 20 / 150, declaredSize: 30 << 20) }
        #expect(try refusal(zip.data).hasPrefix("cv.docx: refused for safety: "))
    }

    /// A part whose headers say 1 000 bytes but that inflates to 5 MB stops at the 1 001st byte.
    @Test func partThatUnpacksToMoreThanItDeclaresIsRefused() throws {
        var zip = ZipBuilder()
        zip.store("[Content_Types].xml", "<Types/>")
        zip.deflatedZeros("word/document.xml", count: 5_000_000, declaredSize: 1_000)
        let message = try refusal(zip.data)
        #expect(
            message == "cv.docx: refused for safety: word/document.xml unpacks to more than it declares"
                || message.hasPrefix("cv.docx: the document is damaged"))
    }

    @Test func tooManyPartsAreRefused() throws {
        var zip = ZipBuilder.docx(body: ZipBuilder.paragraph("Ada"))
        for n in 0..<3_000 { zip.store("word/part\(n).xml", "") }
        #expect(try refusal(zip.data) == "cv.docx: refused for safety: more than 2000 parts")
    }

    // MARK: - Nesting

    @Test(arguments: ["word/embeddings/cv.zip", "word/media/x.tar.gz", "customXml/item.7z", "WORD/NESTED.ZIP"])
    func nestedArchiveIsRefused(path: String) throws {
        var zip = ZipBuilder.docx(body: ZipBuilder.paragraph("Ada"))
        zip.store(path, ZipBuilder.docx(body: "").bytes)
        #expect(try refusal(zip.data) == "cv.docx: refused for safety: it holds another archive")
    }

    /// A `document.xml` that is itself a ZIP (a bomb layer under an innocent name).
    @Test func documentThatIsItselfAnArchiveIsRefused() throws {
        var zip = ZipBuilder()
        zip.store("[Content_Types].xml", "<Types/>")
        zip.store("word/document.xml", ZipBuilder.docx(body: ZipBuilder.paragraph("Ada")).bytes)
        #expect(try refusal(zip.data) == "cv.docx: refused for safety: word/document.xml is itself an archive")
    }

    // MARK: - Entry paths

    /// `../` and absolute entry paths are names, never file paths: the CV reads and nothing is written.
    @Test(arguments: ["docx", "odt"])
    func traversalPathsAreNeverWritten(kind: String) throws {
        let marker = "passform-attack-\(UUID().uuidString)"
        let tmp = FileManager.default.temporaryDirectory.path
        let hostile = [
            "../../../../../../..\(tmp)/\(marker)-1", "\(tmp)/\(marker)-2", "word/../../\(marker)-3",
            "..\\..\\\(marker)-4",
        ]
        var zip = ZipBuilder()
        if kind == "docx" {
            zip.store("[Content_Types].xml", "<Types/>")
            zip.store("word/document.xml", ZipBuilder.documentXML(body: Self.cvLines.map(ZipBuilder.paragraph).joined()))
        } else {
            zip.store("mimetype", "application/vnd.oasis.opendocument.text")
            let paragraphs = Self.cvLines.map { "<text:p>\($0)</text:p>" }.joined()
            zip.store(
                "content.xml",
                #"<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>"#
                    + paragraphs + "</office:text></office:body></office:document-content>")
        }
        for path in hostile { zip.store(path, "owned") }
        let cv = try reader.read(zip.data, file: "cv.\(kind)", asOf: asOf)
        #expect(cv.candidate.employment.count == 1)
        for n in 1...4 {
            #expect(!FileManager.default.fileExists(atPath: "\(tmp)/\(marker)-\(n)"))
            #expect(!FileManager.default.fileExists(atPath: "\(FileManager.default.currentDirectoryPath)/\(marker)-\(n)"))
        }
        // Nor is any temporary copy of the archive left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: tmp).filter { $0.hasPrefix("passform-") && $0.hasSuffix(".zip") }
        #expect(left.isEmpty)
    }

    // MARK: - Broken containers

    /// Found by the `cv-office` fuzz target: a central directory whose entry points past the end of the data
    /// made ZIPFoundation's in-memory archive trap ("Range requires lowerBound <= upperBound").
    @Test func fuzzCrashOffsetPastTheEnd() throws {
        let data = try #require(Data(base64Encoded: FuzzRegressions.cvOfficeOffsetPastEnd))
        let message = try refusal(data, file: "attachment")
        #expect(message.hasPrefix("attachment: "))
    }

    @Test(arguments: [
        [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18),  // an empty archive
        [0x50, 0x4B, 0x03, 0x04],  // a signature and nothing else
        [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0xFF, count: 400),
    ] as [[UInt8]])
    func brokenContainersGiveOneClearLine(bytes: [UInt8]) throws {
        #expect(try refusal(Data(bytes)).hasPrefix("cv.docx: "))
    }

    /// Every central directory offset and size the headers could point with, on an honest DOCX.
    @Test func corruptedOffsetsNeverCrash() throws {
        let honest = ZipBuilder.docx(body: Self.cvLines.map(ZipBuilder.paragraph).joined()).bytes
        let end = honest.count - 22
        for field in [end + 12, end + 16] {
            for value: UInt32 in [0, 1, UInt32(honest.count), UInt32(honest.count) + 1, 0x7FFF_FFFF, 0xFFFF_FFFF] {
                var bytes = honest
                for i in 0..<4 { bytes[field + i] = UInt8((value >> (8 * UInt32(i))) & 0xFF) }
                do {
                    _ = try reader.read(Data(bytes), file: "cv.docx", asOf: asOf)
                } catch let error as CVReadError {
                    #expect(error.description.hasPrefix("cv.docx: "))
                }
            }
        }
    }
}
