@testable import PassformCore
import Testing

/// Removing scalars on the bytes gives what removing them by scalar index gives, on tricky text and ranges.
struct CVTextParserRemovingTests {
    static func byScalarIndex(_ range: Range<Int>, from text: String) -> String {
        let scalars = text.unicodeScalars
        guard let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex) else {
            return text
        }
        let upper = scalars.index(lower, offsetBy: range.count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return String(text[..<lower]) + String(text[upper...])
    }

    @Test(arguments: ["", "a", "Ekonomiassistent 2019–2021", "e\u{301}tudiant 2020 – nu", "日本語 2019", "Ελληνικά\r\n", "👩‍💻 x"])
    func agreesWithRemovingByScalarIndex(_ text: String) {
        let count = text.unicodeScalars.count
        for lower in 0...(count + 2) {
            for upper in lower...(count + 3) {
                let removed = CVTextParser.removing(lower..<upper, from: text)
                #expect(removed.utf8.elementsEqual(Self.byScalarIndex(lower..<upper, from: text).utf8), "\(lower)..<\(upper)")
            }
        }
    }
}
