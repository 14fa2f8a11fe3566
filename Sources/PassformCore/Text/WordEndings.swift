/// A set of word endings looked up by a word's last two bytes, so that a word is compared with the few endings
/// that can match instead of all of them ("-verket", "-etaten", "-universitet" against every employer's words).
package struct WordEndings: Sendable {
    /// Endings of two bytes or more, by their last two bytes.
    private var byLastTwo: [UInt16: [[UInt8]]] = [:]
    /// Endings shorter than two bytes; an empty ending ends every word.
    private var short: [[UInt8]] = []

    package init(_ endings: [String]) {
        for ending in endings {
            let bytes = Array(ending.utf8)
            if bytes.count < 2 {
                short.append(bytes)
            } else {
                byLastTwo[Self.key(bytes[bytes.count - 2], bytes[bytes.count - 1]), default: []].append(bytes)
            }
        }
    }

    @inline(__always)
    private static func key(_ a: UInt8, _ b: UInt8) -> UInt16 { UInt16(a) << 8 | UInt16(b) }

    /// True when `word` ends with one of the endings and has at least `extra` bytes besides it.
    package func end(_ word: some StringProtocol, extra: Int = 0) -> Bool {
        endingLength(word, extra: extra) != nil
    }

    /// The length in bytes of the first ending (in the order given) that `word` ends with, having at least `extra`
    /// bytes besides it; nil when none does.
    package func endingLength(_ word: some StringProtocol, extra: Int = 0) -> Int? {
        let utf8 = word.utf8
        let count = utf8.count
        if count >= 2 {
            let last = utf8.index(utf8.endIndex, offsetBy: -1)
            let before = utf8.index(last, offsetBy: -1)
            for ending in byLastTwo[Self.key(utf8[before], utf8[last])] ?? []
            where count >= ending.count + extra && utf8.suffix(ending.count).elementsEqual(ending) {
                return ending.count
            }
        }
        for ending in short where count >= ending.count + extra && utf8.suffix(ending.count).elementsEqual(ending) {
            return ending.count
        }
        return nil
    }
}
