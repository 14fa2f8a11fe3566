import Foundation

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

    /// For each scalar below U+0250: its folded form as UTF-8 bytes, or nil when it separates words.
    private static let byteTable: [[UInt8]?] = table.map { $0.map { Array($0.utf8) } }

    /// ``byteTable`` packed for the hot loop: a separator is `UInt32.max`; otherwise the low byte is the folded
    /// form's length (0–3) and the bytes above it are the folded bytes, first byte lowest.
    private static let packedTable: [UInt32] = byteTable.map { piece in
        guard let piece else { return UInt32.max }
        precondition(piece.count <= 3, "a folded Latin letter is at most three bytes")
        var value = UInt32(piece.count)
        for (k, byte) in piece.enumerated() { value |= UInt32(byte) << (8 * (k + 1)) }
        return value
    }

    /// ``foldedASCII(_:)`` of each ASCII byte, looked up in the hot loop instead of compared.
    private static let asciiTable: [UInt8] = (0..<0x80).map { foldedASCII(UInt8($0)) }

    /// The folded words of `text`: lowercase, no diacritics, split on anything that is not a letter or digit.
    package static func words(_ text: String) -> [Substring] {
        if text.isEmpty { return [] }
        return withFolded(text, wordStrings)
    }

    /// The words of folded bytes (words between spaces), each a string of its own rather than a slice of one folded
    /// line: most words fit in a small string, which needs no allocation and, unlike a slice of a shared string, no
    /// atomic reference counting each time it is copied.
    private static func wordStrings(_ bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        var result: [Substring] = []
        // Words are separated by spaces, so there are at most half as many as bytes, rounded up: a line reserves that
        // many without a pass to count them; a longer text (more than 64 bytes) counts them not to waste memory.
        result.reserveCapacity(bytes.count <= 64 ? (bytes.count + 1) / 2 : spaceSeparatedRuns(bytes))
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n && bytes[i] == 32 { i += 1 }
            if i == n { break }
            let first = i
            while i < n && bytes[i] != 32 { i += 1 }
            result.append(Substring(word(UnsafeBufferPointer(rebasing: bytes[first..<i]))))
        }
        return result
    }

    /// How many runs of bytes other than a space `bytes` holds, counted no further than `limit + 1`.
    @inline(__always)
    static func spaceSeparatedRuns(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int {
        var count = 0
        var inRun = false
        for byte in bytes {
            if byte == 32 {
                inRun = false
            } else if !inRun {
                inRun = true
                count += 1
                if count > limit { break }
            }
        }
        return count
    }

    /// A string of folded (valid UTF-8) bytes. A word of up to 15 ASCII bytes, most words, is built in place as a
    /// small string, which skips the UTF-8 validation that `String(decoding:as:)` does.
    @inline(__always)
    private static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(fromContentsOf: bytes)
            return bytes.count
        }
    }

    /// Calls `body` with the byte range of each line of `bytes`, split at every line feed (a carriage return stays
    /// in its line; the last line runs to the end), until `body` returns false.
    package static func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Bool) {
        var start = 0
        while true {
            var end = bytes.count
            if let base = bytes.baseAddress, start < bytes.count, let found = memchr(base + start, 10, bytes.count - start) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            guard body(start..<end), end < bytes.count else { return }
            start = end + 1
        }
    }

    /// `text` folded, with every separator written as one space.
    package static func fold(_ text: String) -> String {
        withFolded(text) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of `text`, read in place through its view: unlike `withUTF8`, which needs a
    /// mutable copy of the string, this retains and releases nothing. A foreign string (never the case on Linux) is
    /// copied first.
    @inline(__always)
    package static func withUTF8<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// Calls `body` with the UTF-8 of `word`. A folded word is mostly a substring of a whole string of its own, whose
    /// bytes are read through the string; a substring's own view finds its bytes by index arithmetic on every call.
    @inline(__always)
    package static func withUTF8<Result>(_ word: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if word.startIndex == word.base.startIndex && word.endIndex == word.base.endIndex { return withUTF8(word.base, body) }
        var copy = word
        return copy.withUTF8(body)
    }

    /// Calls `body` with the bytes of `text` folded (every separator one space), in a temporary buffer.
    private static func withFolded<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUTF8(text) { bytes in
            // A folded scalar is at most six times its UTF-8 length (a lower-case mapping of up to three scalars).
            let capacity = bytes.count * 6 + 16
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { out in
                let n = packedTable.withUnsafeBufferPointer { packed in
                    asciiTable.withUnsafeBufferPointer { ascii in fold(bytes, into: out, packed: packed, ascii: ascii) }
                }
                return body(UnsafeBufferPointer(rebasing: out[0..<n]))
            }
        }
    }

    /// Writes `bytes` folded into `out` (every separator one space) and returns the folded length; `packed` and
    /// `ascii` are ``packedTable`` and ``asciiTable``.
    @inline(__always)
    private static func fold(
        _ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>, packed: UnsafeBufferPointer<UInt32>,
        ascii: UnsafeBufferPointer<UInt8>
    ) -> Int {
        var n = 0
        var i = 0
        let count = bytes.count
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                out[n] = ascii[Int(b)]
                n &+= 1
                i &+= 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: i)
            i += length
            let value = scalar.value
            if value < 0x250 {
                let entry = packed[Int(value)]
                if entry == UInt32.max {
                    out[n] = 32
                    n += 1
                } else {
                    var k: UInt32 = 0
                    while k < entry & 0xFF {
                        out[n] = UInt8(truncatingIfNeeded: entry >> (8 * (k + 1)))
                        n += 1
                        k += 1
                    }
                }
            } else if let piece = piece(for: scalar) {
                precondition(n + piece.utf8.count <= out.count)
                for byte in piece.utf8 {
                    out[n] = byte
                    n += 1
                }
            } else {
                out[n] = 32
                n += 1
            }
        }
        return n
    }

    /// An ASCII byte folded: a letter in lower case, a digit as it is, a space for anything else (a separator).
    @inline(__always)
    private static func foldedASCII(_ b: UInt8) -> UInt8 {
        if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) { return b }
        if (0x41...0x5A).contains(b) { return b + 32 }
        return 32
    }

    /// Appends an ASCII byte folded if it belongs to a word; false for a separator, which appends nothing.
    @inline(__always)
    private static func appendWordPiece(ascii b: UInt8, to out: inout [UInt8]) -> Bool {
        let folded = foldedASCII(b)
        guard folded != 32 else { return false }
        out.append(folded)
        return true
    }

    /// Appends a scalar's folded bytes if it belongs to a word (nothing for a combining mark); false for a
    /// separator, which appends nothing.
    @inline(__always)
    private static func appendWordPiece(for scalar: Unicode.Scalar, to out: inout [UInt8]) -> Bool {
        let value = scalar.value
        if value < 0x80 { return appendWordPiece(ascii: UInt8(value), to: &out) }
        if value < 0x250 {
            guard let piece = byteTable[Int(value)] else { return false }
            out.append(contentsOf: piece)
        } else {
            guard let piece = piece(for: scalar) else { return false }
            out.append(contentsOf: piece.utf8)
        }
        return true
    }

    /// The scalar that starts at `i` in valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b = UInt32(bytes[i])
        let value: UInt32
        let length: Int
        if b < 0xE0 {
            value = (b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b < 0xF0 {
            value = (b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            value = (b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The folded words of `text`, and for each whether punctuation (`)`, `,`, `.`, `;`, `!`) or the end of the
    /// text follows it: a level "closed" that way qualifies what comes before it.
    ///
    /// Folded on the bytes, as ``withFolded(_:_:)`` folds them, into a temporary buffer; the same as
    /// ``scalarWordsAndClosings(_:)``, which folds scalar by scalar into an array.
    package static func wordsAndClosings(_ text: String) -> (words: [Substring], closes: [Bool]) {
        withUTF8(text) { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 6 + 16) { out in
                packedTable.withUnsafeBufferPointer { packed in
                    var n = 0
                    var closings = WordClosings(byteCount: bytes.count)
                    var inWord = false
                    var i = 0
                    while i < bytes.count {
                        let scalar: Unicode.Scalar
                        if bytes[i] < 0x80 {
                            scalar = Unicode.Scalar(bytes[i])
                            i += 1
                        } else {
                            let (decoded, length) = decodeScalar(bytes, at: i)
                            scalar = decoded
                            i += length
                        }
                        let before = n
                        if appendWordPiece(for: scalar, to: out, at: &n, packed: packed) {
                            if n == before { continue }  // a combining mark
                            if !inWord {
                                closings.startWord()
                                inWord = true
                            }
                        } else {
                            if inWord {
                                out[n] = 32
                                n += 1
                                inWord = false
                            }
                            closings.separator(scalar.value)
                        }
                    }
                    return (wordStrings(UnsafeBufferPointer(rebasing: out[0..<n])), closings.finish())
                }
            }
        }
    }

    /// Writes a scalar's folded bytes at `n` in `out` if it belongs to a word (nothing for a combining mark); false
    /// for a separator, which writes nothing. `packed` is ``packedTable``.
    @inline(__always)
    private static func appendWordPiece(
        for scalar: Unicode.Scalar, to out: UnsafeMutableBufferPointer<UInt8>, at n: inout Int, packed: UnsafeBufferPointer<UInt32>
    ) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            let folded = foldedASCII(UInt8(value))
            guard folded != 32 else { return false }
            out[n] = folded
            n += 1
        } else if value < 0x250 {
            let entry = packed[Int(value)]
            guard entry != UInt32.max else { return false }
            var k: UInt32 = 0
            while k < entry & 0xFF {
                out[n] = UInt8(truncatingIfNeeded: entry >> (8 * (k + 1)))
                n += 1
                k += 1
            }
        } else {
            guard let piece = piece(for: scalar) else { return false }
            precondition(n + piece.utf8.count <= out.count)
            for byte in piece.utf8 {
                out[n] = byte
                n += 1
            }
        }
        return true
    }

    /// ``wordsAndClosings(_:)`` scalar by scalar: the reference the byte-level fold is tested against.
    static func scalarWordsAndClosings(_ text: String) -> (words: [Substring], closes: [Bool]) {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var closings = WordClosings()
        var inWord = false
        for scalar in text.unicodeScalars {
            let before = out.count
            if appendWordPiece(for: scalar, to: &out) {
                if out.count == before { continue }  // a combining mark
                if !inWord {
                    closings.startWord()
                    inWord = true
                }
            } else {
                if inWord {
                    out.append(32)
                    inWord = false
                }
                closings.separator(scalar.value)
            }
        }
        return (out.withUnsafeBufferPointer(wordStrings), closings.finish())
    }

    /// Whether punctuation (`)`, `,`, `.`, `;`, `!`) or the end of the text follows each word, noted as a text's word
    /// starts and separators are met in order.
    package struct WordClosings {
        private var closes: [Bool] = []
        private var pending = false

        package init() {}

        /// Closings for a text of `byteCount` bytes, room made for as many words as it can hold (one per two bytes):
        /// the flags are then stored without growing the array word by word.
        package init(byteCount: Int) {
            closes.reserveCapacity((byteCount + 1) / 2)
        }

        package mutating func startWord() {
            if !closes.isEmpty { closes[closes.count - 1] = pending }
            closes.append(true)
            pending = false
        }

        /// A separator between words, given as its scalar value.
        package mutating func separator(_ value: UInt32) {
            switch value {
            case 0x29, 0x2C, 0x2E, 0x3B, 0x21: pending = true  // ) , . ; !
            default: break
            }
        }

        /// One flag a word; the last word is closed by the end of the text.
        package mutating func finish() -> [Bool] {
            if !closes.isEmpty { closes[closes.count - 1] = true }
            return closes
        }
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
        withUTF8(needle) { pattern in
            if let found = text.utf8.withContiguousStorageIfAvailable({ firstRange(of: pattern, in: $0) }) { return found }
            return Array(text.utf8).withUnsafeBufferPointer { firstRange(of: pattern, in: $0) }
        }
    }

    /// The offsets of the first `pattern` in `haystack` (nil for an empty pattern).
    package static func firstRange(of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, pattern.count <= haystack.count, let base = haystack.baseAddress,
            let patternBase = pattern.baseAddress
        else { return nil }
        // A quote or `<` starts most patterns looked for in JSON or XML, and stops `memchr` at every one in the text.
        if first == 34 || first == 60, let anchor = pattern.firstIndex(where: { $0 != 34 && $0 != 60 }) {
            return firstRange(of: pattern, in: haystack, anchor: anchor)
        }
        var from = 0
        while haystack.count - from >= pattern.count {
            guard let hit = memchr(base + from, Int32(first), haystack.count - from - pattern.count + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, patternBase, pattern.count) == 0 { return offset..<(offset + pattern.count) }
            from = offset + 1
        }
        return nil
    }

    /// The same, with candidates found by the pattern's byte at `anchor` instead of its first: candidates still come in
    /// increasing order, so the first that matches is the first occurrence.
    private static func firstRange(
        of pattern: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, anchor: Int
    ) -> Range<Int>? {
        guard let base = haystack.baseAddress, let patternBase = pattern.baseAddress else { return nil }
        // A match at `offset` has the anchor byte at `offset + anchor`, for offsets from 0 to `last`.
        let last = haystack.count - pattern.count
        var from = 0
        while from <= last {
            guard let hit = memchr(base + from + anchor, Int32(pattern[anchor]), last - from + 1) else { return nil }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + offset, patternBase, pattern.count) == 0 { return offset..<(offset + pattern.count) }
            from = offset + 1
        }
        return nil
    }

    /// True when `text`'s UTF-8 starts with `prefix`'s, as `text.utf8.starts(with: prefix.utf8)` tells.
    package static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        withUTF8(text) { bytes in
            withUTF8(prefix) { head in
                head.count <= bytes.count && (head.isEmpty || memcmp(bytes.baseAddress!, head.baseAddress!, head.count) == 0)
            }
        }
    }

    /// The index of the first `byte` in `text`'s UTF-8.
    package static func firstIndex(of byte: UInt8, in text: String) -> String.Index? {
        let offset = withUTF8(text) { bytes -> Int? in
            guard let base = bytes.baseAddress, let found = memchr(base, Int32(byte), bytes.count) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        return offset.map { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
    }

    /// True when every scalar of `text` is below U+0240 (ASCII, Latin-1, Latin Extended A and most of B): every
    /// UTF-8 byte is below C9. No combining mark is, so each such scalar is a character of its own.
    package static func isBelowLatinExtendedB(_ text: String) -> Bool {
        withUTF8(text) { bytes in !bytes.contains { $0 >= 0xC9 } }
    }

    /// True when `text` may hold a combining diacritic (U+0300–U+036F), which joins the character before it: only
    /// then can splitting on characters differ from splitting on bytes.
    package static func mayHoldCombiningMarks(_ text: some StringProtocol) -> Bool {
        contains(text, byte: 0xCC) || contains(text, byte: 0xCD)
    }

    /// True when `text` holds the byte `byte` in UTF-8.
    package static func contains(_ text: some StringProtocol, byte: UInt8) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }) {
            return found
        }
        return text.utf8.contains(byte)
    }

    /// `text` split at every `separator` (compared byte for byte), found with ``firstRange(of:in:)``.
    package static func components(of text: String, separatedBy separator: String) -> [String] {
        withUTF8(text) { bytes in
            withUTF8(separator) { pattern in
                var parts: [String] = []
                var start = 0
                while let found = firstRange(of: pattern, in: UnsafeBufferPointer(rebasing: bytes[start...])) {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(start + found.lowerBound)]), as: UTF8.self))
                    start += found.upperBound
                }
                parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                return parts
            }
        }
    }
}
