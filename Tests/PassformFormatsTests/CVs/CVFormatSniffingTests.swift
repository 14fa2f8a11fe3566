import Foundation
import PassformCore
@testable import PassformFormats
import Testing

/// The byte-level helpers of ``CVReader/format(of:file:)`` agree with the Foundation calls they stand for.
struct CVFormatSniffingTests {
    /// ASCII without doubled slashes: other names go to `NSString` itself, which traps on some of them
    /// ("docxé//é", "//// ///").
    static let pieces = ["a", "B", "cv", "/", ".", "..", "docx", "ODT", "Json", " ", "-", "x.y", "~"]

    @Test func fileExtensionIsNSStringsPathExtension() {
        var random = SeededRandom(seed: 42)
        var names = ["", ".", "..", "/", "cv.docx", "CV.DOCX", ".docx", "cv.", "dir.d/cv", "dir/.hidden", "cv.docx/", "a/b/c.Md", "é.DOCX", "Malmö/cv.odt", "x.\u{301}"]
        for _ in 0..<20_000 {
            let name = (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
            if !name.contains("//") { names.append(name) }
        }
        for name in names {
            #expect(PathNames.lowercasedExtension(name) == (name as NSString).pathExtension.lowercased(), "\(name.debugDescription)")
        }
    }

    @Test func containsSearchesTheFirst4KiB() {
        let pattern = "\"SkillsPassport\""
        for offset in [0, 1, 100, 4096 - pattern.utf8.count - 1, 4096 - pattern.utf8.count, 4096 - pattern.utf8.count + 1, 5000] {
            let data = Data(repeating: 0x22, count: offset) + Data(pattern.utf8) + Data(repeating: 0x20, count: 10)
            #expect(CVReader.contains(data, pattern) == (data.prefix(4096).range(of: Data(pattern.utf8)) != nil), "at \(offset)")
        }
        #expect(!CVReader.contains(Data(), pattern))
        #expect(!CVReader.contains(Data("\"Skills".utf8), pattern))
    }

    /// Patterns that do not open with a quote, and quotes packed around the anchor byte.
    @Test func containsFindsEveryPatternAsDataRangeDoes() {
        let patterns = ["\"SkillsPassport\"", "SkillsPassport", "<?xml", "\"", "\"\"", "\"S"]
        let texts = ["", "\"", "\"\"S", "\"\"SkillsPassport\"\"", "xx\"SkillsPassport", "<?xm", "<?xml version", "S\"S\"S"]
        for pattern in patterns {
            for text in texts {
                let data = Data(text.utf8)
                #expect(CVReader.contains(data, pattern) == (data.range(of: Data(pattern.utf8)) != nil), "\(pattern) in \(text)")
            }
        }
    }

    /// The byte fast path of ``CVReader/firstCharacter(_:)`` gives what decoding the first 64 bytes gives.
    @Test func firstCharacterIsTheFirstVisibleDecodedCharacter() {
        func decoded(_ data: Data) -> Character? {
            TextDecoding.decode(data.prefix(64)).text.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
        }
        let samples: [[UInt8]] = [
            [], [0x20], Array("  {\"a\": 1}".utf8), Array("\u{FEFF}<x/>".utf8), [0xEF, 0xBB, 0xBF, 0x20, 0x7B],
            [0xFF, 0xFE, 0x7B, 0x00], [0xFE, 0xFF, 0x00, 0x7B], Array("\t\ne\u{301}".utf8), Array("Malmö".utf8),
            [0x7B, 0x00], Array(" é".utf8), Array(repeating: 0x20, count: 64) + [0x7B], Array(repeating: 0x20, count: 63) + [0x7B],
            [0x41, 0xE9], Array("日本".utf8),
        ]
        for bytes in samples {
            let data = Data(bytes)
            #expect(CVReader.firstCharacter(data) == decoded(data), "\(bytes)")
        }
    }

    /// ``SafeArchive/namesArchive(_:)`` agrees with lowercasing the path and testing each archive suffix.
    @Test func archiveNamesAreLowercasedSuffixes() {
        let suffixes = [".zip", ".gz", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz"]
        var names = ["", ".", "zip", ".zip", "a.ZIP", "a.Zip/", "a.zip.", "a.tar.gz", "a.TGZ", "a.b.xz", "a.xzz", "a.z", "a..gz",
            "word/document.xml", "x.zi\u{0307}p", "x.zip\u{301}", "x.\u{301}zip", "İ.ZİP", "ß.RAR", "a\r\n.zip", "a.ta\u{212A}"]
        var random = SeededRandom(seed: 7)
        let pieces = ["a", ".", "Z", "ip", "G", "z", "7", "RAR", "t", "ar", "bz", "2", "x", "/", "é"]
        for _ in 0..<5_000 {
            names.append((0..<Int.random(in: 1...5, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined())
        }
        for name in names {
            let lowered = name.lowercased()
            #expect(SafeArchive.namesArchive(name) == suffixes.contains(where: lowered.hasSuffix), "\(name.debugDescription)")
        }
    }

    @Test func binaryTextIsTenthControlsInTheFirst4096Scalars() {
        let line = "Ekonomiassistent, Malmö stad – 2019–2021\n"
        #expect(!CVReader.looksBinary(line))
        #expect(!CVReader.looksBinary(""))
        // One control in ten scalars is not yet binary; one more is.
        #expect(!CVReader.looksBinary("\u{01}" + String(repeating: "å", count: 9)))
        #expect(CVReader.looksBinary("\u{01}\u{02}" + String(repeating: "å", count: 9)))
        // Tabs, line ends and form feeds are text.
        #expect(!CVReader.looksBinary(String(repeating: "\t\r\n\u{0C}", count: 100)))
        // Only the first 4096 scalars count, whatever their length in bytes.
        let text = String(repeating: "ö", count: 4096) + String(repeating: "\u{00}", count: 5000)
        #expect(!CVReader.looksBinary(text))
        #expect(CVReader.looksBinary(String(repeating: "ö", count: 3000) + String(repeating: "\u{00}", count: 1096)))
    }
}
