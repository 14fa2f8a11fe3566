/// A bit per (first byte, second byte, last byte, length) of a set of words, hashed: a word whose bit is clear is not in the
/// set, found without building a string or hashing it. A set bit only means "look it up".
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    mutating func insert(_ word: some StringProtocol) {
        var word = String(word)
        word.withUTF8 { insert(Self.bit($0)) }
    }

    // For a string and a substring, not any `StringProtocol`: their views are inlined, a generic view's subscript
    // or `withContiguousStorageIfAvailable` closure is not. Read in place (``CVText/withUTF8(_:_:)``), not through
    // `withUTF8` on a mutable copy: a retain and a release per word.
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        CVText.withUTF8(word) { isSet(Self.bit($0)) }
    }

    @inline(__always)
    func mayContain(_ word: Substring) -> Bool {
        CVText.withUTF8(word) { isSet(Self.bit($0)) }
    }

    mutating func insert(first: UInt8, second: UInt8, last: UInt8, length: Int) {
        insert(Self.bit(first, second, last, length))
    }

    func mayContain(first: UInt8, second: UInt8, last: UInt8, length: Int) -> Bool {
        isSet(Self.bit(first, second, last, length))
    }

    private mutating func insert(_ bit: Int) {
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    private func isSet(_ bit: Int) -> Bool {
        bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func bit(_ first: UInt8, _ second: UInt8, _ last: UInt8, _ length: Int) -> Int {
        let key = UInt32(first) | UInt32(second) << 8 | UInt32(last) << 16 | UInt32(truncatingIfNeeded: length) << 24
        return Int((key &* 0x9E37_79B1) >> 16)
    }

    @inline(__always)
    private static func bit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bit(bytes.count > 0 ? bytes[0] : 0, bytes.count > 1 ? bytes[1] : 0, bytes.last ?? 0, bytes.count)
    }
}

/// A set of folded words that answers "is this word of a line in the set?" mostly without building a string or
/// hashing: a ``WordFilter`` rules out the words that are not in it.
struct FoldedWordSet: Sendable {
    private var words: Set<String> = []
    private var filter = WordFilter()

    init<S: Sequence>(_ words: S) where S.Element == String {
        formUnion(words)
    }

    mutating func formUnion<S: Sequence>(_ other: S) where S.Element == String {
        for word in other {
            words.insert(word)
            filter.insert(word)
        }
    }

    // Inlined: most words are ruled out by the filter, and the call would cost as much as the probe.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        filter.mayContain(word) && words.contains(word)
    }

    @inline(__always)
    func contains(_ word: Substring) -> Bool {
        filter.mayContain(word) && words.contains(String(word))
    }
}
