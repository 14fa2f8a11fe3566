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
