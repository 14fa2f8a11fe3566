import Foundation

/// A set of word endings, compared byte for byte with a word's end: a bit per last two bytes rules out most words
/// with one probe, and the endings that remain are compared in place, without copying an ending or the word.
package struct WordEndings: Sendable {
    /// An ending's bytes in ``bytes``.
    private struct Ending: Sendable {
        var start: Int
        var count: Int
    }

    /// Every ending's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Endings of two bytes or more, in the order given.
    private var long: [Ending] = []
    /// Endings shorter than two bytes, in the order given; an empty ending ends every word.
    private var short: [Ending] = []
    /// A bit per pair of last two bytes that some long ending has.
    private var lastTwo = [UInt64](repeating: 0, count: 1024)

    package init(_ endings: [String]) {
        for ending in endings {
            let ending = Array(ending.utf8)
            let entry = Ending(start: bytes.count, count: ending.count)
            bytes.append(contentsOf: ending)
            if ending.count < 2 {
                short.append(entry)
            } else {
                long.append(entry)
                let key = Self.key(ending[ending.count - 2], ending[ending.count - 1])
                lastTwo[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
    }

    @inline(__always)
    private static func key(_ a: UInt8, _ b: UInt8) -> Int { Int(a) << 8 | Int(b) }

    /// True when `word` ends with one of the endings and has at least `extra` bytes besides it.
    package func end(_ word: some StringProtocol, extra: Int = 0) -> Bool {
        endingLength(word, extra: extra) != nil
    }

    /// The length in bytes of the first ending (in the order given, those of two bytes or more first) that `word`
    /// ends with, having at least `extra` bytes besides it; nil when none does.
    package func endingLength(_ word: some StringProtocol, extra: Int = 0) -> Int? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ endingLength($0, extra: extra) }) { return found }
        return Array(word.utf8).withUnsafeBufferPointer { endingLength($0, extra: extra) }
    }

    /// The same, for a folded word.
    package func endingLength(_ word: Substring, extra: Int = 0) -> Int? {
        CVText.withUTF8(word) { endingLength($0, extra: extra) }
    }

    /// True when the folded `word` ends with one of the endings and has at least `extra` bytes besides it.
    package func end(_ word: Substring, extra: Int = 0) -> Bool {
        endingLength(word, extra: extra) != nil
    }

    private func endingLength(_ word: UnsafeBufferPointer<UInt8>, extra: Int) -> Int? {
        let count = word.count
        return bytes.withUnsafeBufferPointer { bytes in
            /// True when `ending` ends the word and leaves `extra` bytes before it.
            func ends(_ ending: Ending) -> Bool {
                guard count >= ending.count + extra else { return false }
                var k = 0
                while k < ending.count {
                    if word[count - ending.count + k] != bytes[ending.start + k] { return false }
                    k += 1
                }
                return true
            }
            if count >= 2 {
                let key = Self.key(word[count - 2], word[count - 1])
                if lastTwo[key >> 6] & (1 << UInt64(key & 63)) != 0 {
                    for i in long.indices where ends(long[i]) { return long[i].count }
                }
            }
            for i in short.indices where ends(short[i]) { return short[i].count }
            return nil
        }
    }
}
