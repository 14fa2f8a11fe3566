/// A set of folded words that answers "is this word of a line in the set?" without building a string or hashing
/// for most words: a bit per (first byte, second byte, length) rules them out first.
struct FoldedWordSet: Sendable {
    private var words: Set<String> = []
    private var filter = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    mutating func insert(_ word: String) {
        words.insert(word)
        let bit = Self.bit(word)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    mutating func formUnion<S: Sequence>(_ other: S) where S.Element == String {
        for word in other { insert(word) }
    }

    func contains(_ word: some StringProtocol) -> Bool {
        let bit = Self.bit(word)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
        return words.contains(String(word))
    }

    /// A word's filter bit (0..<65536), from its first two bytes and its length: shared with ``PhraseMatcher``.
    @inline(__always)
    static func bit(_ first: UInt8, _ second: UInt8, _ length: Int) -> Int {
        (Int(first) &* 263 &+ Int(second) &* 31 &+ length) & 0xFFFF
    }

    @inline(__always)
    static func bit(_ word: some StringProtocol) -> Int {
        var bytes = word.utf8.makeIterator()
        let first = bytes.next() ?? 0
        let second = bytes.next() ?? 0
        return bit(first, second, word.utf8.count)
    }
}
