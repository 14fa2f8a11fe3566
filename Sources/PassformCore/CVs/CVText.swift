/// Fast folding of CV text into words, with the same result as ``Folding/words(_:)`` but without asking
/// Unicode for each character's properties: the hot path of reading thousands of CVs a second.
///
/// Scalars below U+0250 (ASCII, Latin-1, Latin Extended A and B) go through a table built once from
/// ``Folding/asciiFold(_:)``; dashes and other general punctuation separate words; anything else is folded one
/// scalar at a time by ``Folding``.
package enum CVText {
    /// For each scalar below U+0250: its folded form, or nil when it separates words.
    private static let table: [String?] = (0..<0x250).map { value -> String? in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = Folding.asciiFold(String(Character(scalar)))
        if folded.isEmpty { return "" }
        return folded.allSatisfy({ $0.isLetter || $0.isNumber }) ? folded : nil
    }

    /// The folded words of `text`: lowercase, no diacritics, split on anything that is not a letter or digit.
    package static func words(_ text: String) -> [Substring] {
        let folded = fold(text)
        return folded.utf8.split(separator: 32).map { Substring($0) }
    }

    /// `text` folded, with every separator written as one space.
    package static func fold(_ text: String) -> String {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                out.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(value + 32)))
            } else if let piece = piece(for: scalar) {
                out += piece
            } else {
                out += " "
            }
        }
        return out
    }

    /// The folded words of `text`, and for each whether punctuation (`)`, `,`, `.`, `;`, `!`) or the end of the
    /// text follows it: a level "closed" that way qualifies what comes before it.
    package static func wordsAndClosings(_ text: String) -> (words: [Substring], closes: [Bool]) {
        var out = String()
        out.reserveCapacity(text.utf8.count)
        var closes: [Bool] = []
        var inWord = false
        var pending = false
        for scalar in text.unicodeScalars {
            if let piece = piece(for: scalar) {
                if piece.isEmpty { continue }
                if !inWord {
                    if !closes.isEmpty { closes[closes.count - 1] = pending }
                    closes.append(true)
                    pending = false
                    inWord = true
                }
                out += piece
            } else {
                if inWord {
                    out += " "
                    inWord = false
                }
                switch scalar {
                case ")", ",", ".", ";", "!": pending = true
                default: break
                }
            }
        }
        if !closes.isEmpty { closes[closes.count - 1] = true }
        return (out.utf8.split(separator: 32).map { Substring($0) }, closes)
    }

    /// The folded form of one scalar; nil when it separates words, empty for a combining mark.
    @inline(__always)
    static func piece(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x30...0x39:
            return String(Character(scalar))
        case 0x41...0x5A:
            return String(Character(Unicode.Scalar(UInt8(value + 32))))
        case 0..<0x250:
            return table[Int(value)]
        case 0x2000...0x20FF, 0x2212, 0xFEFF:
            return nil
        default:
            let folded = Folding.asciiFold(String(Character(scalar)))
            return folded.allSatisfy({ $0.isLetter || $0.isNumber }) ? folded : nil
        }
    }

    /// True when `text` contains `needle`, compared byte for byte (no Foundation, no locale).
    package static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        firstRange(of: needle, in: text) != nil
    }

    /// The UTF-8 offsets of the first `needle` in `text`.
    package static func firstRange(of needle: String, in text: some StringProtocol) -> Range<Int>? {
        let haystack = Array(text.utf8)
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
        var i = 0
        let last = haystack.count - pattern.count
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < pattern.count, haystack[i + k] == pattern[k] { k += 1 }
                if k == pattern.count { return i..<(i + pattern.count) }
            }
            i += 1
        }
        return nil
    }

    /// `text` split at every `separator` (compared byte for byte).
    package static func components(of text: String, separatedBy separator: String) -> [String] {
        let bytes = Array(text.utf8)
        let pattern = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += pattern.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }
}
