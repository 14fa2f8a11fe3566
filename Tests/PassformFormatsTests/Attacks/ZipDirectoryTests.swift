import Foundation
import PassformCore
import PassformFormats
import Testing

/// The in-memory ZIP reader under DOCX and ODT: data descriptors, ZIP64 fields, and headers that lie about
/// sizes, offsets or methods read as ZIPFoundation read them, or end in one line, never in a trap or a hang.
@Suite(.timeLimit(.minutes(1)))
struct ZipDirectoryTests {
    let reader = CVReader()
    let asOf = YearMonth(year: 2026, month: 11)
    static let document = Array(ZipBuilder.documentXML(body: ZipAttackTests.cvLines.map(ZipBuilder.paragraph).joined()).utf8)

    /// One entry as raw header fields, so that a test can set any of them.
    struct RawEntry {
        var path: String
        var payload: [UInt8]
        var method: UInt16 = 0
        var flags: UInt16 = 0
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var centralExtra: [UInt8] = []
        var versionNeeded: UInt16 = 20
        /// Written after the data when `flags` has bit 3: the bytes of a data descriptor.
        var descriptor: [UInt8] = []

        init(_ path: String, _ payload: [UInt8]) {
            self.path = path
            self.payload = payload
            compressedSize = UInt32(payload.count)
            uncompressedSize = UInt32(payload.count)
        }
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
    static func le64(_ value: UInt64) -> [UInt8] { (0..<8).map { UInt8((value >> (8 * UInt64($0))) & 0xFF) } }

    static func archive(_ entries: [RawEntry]) -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.path.utf8)
            let sizes = entry.flags & 0x8 != 0 ? le32(0) + le32(0) + le32(0) : le32(0) + le32(entry.compressedSize) + le32(entry.uncompressedSize)
            out += le32(0x0403_4B50) + le16(entry.versionNeeded) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
            out += sizes + le16(UInt16(name.count)) + le16(0) + name + entry.payload + entry.descriptor
            central += le32(0x0201_4B50) + le16(20) + le16(entry.versionNeeded) + le16(entry.flags) + le16(entry.method)
            central += le16(0) + le16(0x21) + le32(0) + le32(entry.compressedSize) + le32(entry.uncompressedSize)
            central += le16(UInt16(name.count)) + le16(UInt16(entry.centralExtra.count)) + le16(0) + le16(0) + le16(0)
            central += le32(0) + le32(offset) + name + entry.centralExtra
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return Data(out)
    }

    func read(_ data: Data) throws -> CVDocument { try reader.read(data, file: "cv.docx", asOf: asOf) }

    func refusal(_ data: Data) throws -> String {
        try #require(throws: CVReadError.self) { try read(data) }.description
    }

    @Test func storedDocumentReads() throws {
        let cv = try read(Self.archive([RawEntry("word/document.xml", Self.document)]))
        #expect(cv.candidate.employment.count == 1)
    }

    /// Sizes written after the data (general purpose bit 3), with and without the descriptor's signature.
    @Test(arguments: [true, false])
    func dataDescriptorGivesTheSizes(signed: Bool) throws {
        var entry = RawEntry("word/document.xml", Self.document)
        entry.flags = 0x8
        let size = UInt32(Self.document.count)
        entry.descriptor = (signed ? Self.le32(0x0807_4B50) : []) + Self.le32(0) + Self.le32(size) + Self.le32(size)
        let cv = try read(Self.archive([entry]))
        #expect(cv.candidate.employment.count == 1)

        // A descriptor that declares less than the part holds stops the read.
        entry.descriptor = (signed ? Self.le32(0x0807_4B50) : []) + Self.le32(0) + Self.le32(size) + Self.le32(10)
        #expect(try refusal(Self.archive([entry])) == "cv.docx: refused for safety: word/document.xml unpacks to more than it declares")
    }

    /// 32-bit sizes of all ones, with the real ones in the ZIP64 extended information field.
    @Test func zip64ExtraFieldGivesTheSizes() throws {
        var entry = RawEntry("word/document.xml", Self.document)
        let size = UInt64(Self.document.count)
        entry.compressedSize = .max
        entry.uncompressedSize = .max
        entry.centralExtra = Self.le16(1) + Self.le16(16) + Self.le64(size) + Self.le64(size)
        let cv = try read(Self.archive([entry]))
        #expect(cv.candidate.employment.count == 1)
    }

    /// A ZIP64 size of 2^64 − 1 after another part: refused by the total, not by an arithmetic overflow.
    @Test func hugeZip64SizesAreRefusedWithoutOverflow() throws {
        var huge = RawEntry("word/media/image1.png", [0])
        huge.compressedSize = .max
        huge.uncompressedSize = .max
        huge.centralExtra = Self.le16(1) + Self.le16(16) + Self.le64(.max) + Self.le64(.max)
        let data = Self.archive([RawEntry("[Content_Types].xml", Array("<Types/>".utf8)), huge])
        #expect(try refusal(data) == "cv.docx: refused for safety: it would unpack to more than 64 MiB")

        // A compressed size of 2^64 − 1 does not overflow the ratio check either.
        huge.uncompressedSize = 2 << 20
        huge.centralExtra = Self.le16(1) + Self.le16(8) + Self.le64(.max)
        let second = Self.archive([RawEntry("word/document.xml", Self.document), huge])
        #expect(try read(second).candidate.employment.count == 1)
    }

    /// A deflate stream that is cut short (a stored block promising more bytes than there are) ends the read
    /// as damaged instead of waiting for input forever.
    @Test func truncatedDeflateStreamIsDamaged() throws {
        var entry = RawEntry("word/document.xml", [0x01, 0xE8, 0x03, 0x17, 0xFC] + Array("<w:document>".utf8))
        entry.method = 8
        entry.uncompressedSize = 1_000
        #expect(try refusal(Self.archive([entry])).hasPrefix("cv.docx: the document is damaged"))
    }

    @Test func unknownCompressionMethodIsDamaged() throws {
        var entry = RawEntry("word/document.xml", Self.document)
        entry.method = 12
        #expect(try refusal(Self.archive([entry])).hasPrefix("cv.docx: the document is damaged"))
    }

    /// Encrypted entries end the walk through the directory, as in ZIPFoundation: the part is missing.
    @Test func encryptedEntryEndsTheWalk() throws {
        var entry = RawEntry("word/document.xml", Self.document)
        entry.flags = 0x1
        let data = Self.archive([RawEntry("[Content_Types].xml", Array("<Types/>".utf8)), entry])
        #expect(try refusal(data) == "cv.docx: the document has no word/document.xml; is it really this format?")
    }

    /// A stored entry whose size runs past the end reads what there is.
    @Test func storedEntryPastTheEndReadsWhatThereIs() throws {
        var entry = RawEntry("word/document.xml", Self.document)
        entry.uncompressedSize = 1_000_000
        // The data now runs into the central directory and the end record: not well-formed XML.
        #expect(try refusal(Self.archive([entry])).hasPrefix("cv.docx:1: not well-formed XML"))
    }

    /// Every offset, size and count field of the central directory and end record set to extremes: one line each.
    @Test func extremeHeaderFieldsNeverTrap() throws {
        let honest = [UInt8](Self.archive([RawEntry("[Content_Types].xml", Array("<Types/>".utf8)), RawEntry("word/document.xml", Self.document)]))
        let end = honest.count - 22
        let central = Int(honest[end + 16]) | Int(honest[end + 17]) << 8
        let fields = [(end + 8, 2), (end + 10, 2), (end + 12, 4), (end + 16, 4), (end + 20, 2)]
            + [6, 8, 10, 20, 24, 28, 30, 32, 34, 38, 42].map { (central + $0, $0 == 20 || $0 == 24 || $0 >= 38 ? 4 : 2) }
        for (field, width) in fields {
            for value: UInt32 in [0, 1, 45, 0x7FFF, 0xFFFF, UInt32(honest.count), 0x7FFF_FFFF, 0xFFFF_FFFF] {
                var bytes = honest
                for i in 0..<width { bytes[field + i] = UInt8((value >> (8 * UInt32(i))) & 0xFF) }
                do {
                    _ = try read(Data(bytes))
                } catch let error as CVReadError {
                    #expect(error.description.hasPrefix("cv.docx: "))
                    #expect(!error.description.contains("\n"))
                }
            }
        }
    }
}
