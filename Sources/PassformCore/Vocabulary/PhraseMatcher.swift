/// Finds known phrases in text by their folded words, longest match first.
///
/// A phrase matches whole words; its last word may also match the end of a compound
/// ("lönesystem" in "lönesystemet", "assistent" in "chefsassistent") when `compounds` is on.
public struct PhraseMatcher<Value: Sendable & Hashable>: Sendable {
    /// A phrase found in a text.
    public struct Match: Sendable, Hashable {
        public var value: Value
        /// The word range in the folded word list.
        public var words: Range<Int>
        /// True when the phrase matched as the head of a compound or with an inflection.
        public var isPartial: Bool
    }

    private struct Entry: Sendable {
        var words: [String]
        var value: Value
    }

    /// Every phrase, in the order added.
    private var entries: [Entry] = []
    /// For each first word, its phrases in ``entries`` (first and last), chained in the order added by ``nextEntry``:
    /// a look-up yields two indexes, not an array that would be retained and released on every word tried.
    private var byFirstWord: [String: (first: Int, last: Int)] = [:]
    /// For each phrase in ``entries``, the next one with the same first word, or -1.
    private var nextEntry: [Int] = []
    private var byLastWord: [String: [Entry]] = [:]
    /// The longest last word in UTF-8 bytes: longer compound tails cannot match and are not tried.
    private var longestLastWord = 0
    /// The last words' filter: most compound tails are ruled out without building a string.
    private var lastWordFilter = WordFilter()
    /// The first words' filter: most words of a text start no phrase and are ruled out without a dictionary look-up.
    private var firstWordFilter = WordFilter()
    /// The first two bytes of every last word (at length 0): a compound position whose two bytes start no last word
    /// is ruled out with one probe, before any of its endings is tried.
    private var lastWordStarts = WordFilter()
    /// ``Inflection``'s suffixes and the longest one's length, held here: a static is reached through `swift_once`
    /// on every call.
    private let suffixes = Inflection.suffixBytesLongestFirst
    private let longestSuffix = Inflection.longestSuffix

    public init() {}

    /// Adds a phrase; phrases are folded, so "Löneadministratör" and "loneadministrator" are the same.
    public mutating func add(_ phrase: String, _ value: Value) {
        let words = Folding.words(phrase).map(String.init)
        guard let first = words.first, let last = words.last else { return }
        let index = entries.count
        entries.append(Entry(words: words, value: value))
        nextEntry.append(-1)
        if let chain = byFirstWord[first] {
            nextEntry[chain.last] = index
            byFirstWord[first] = (chain.first, index)
        } else {
            byFirstWord[first] = (index, index)
        }
        firstWordFilter.insert(first)
        if last.count >= 4 {
            byLastWord[last, default: []].append(Entry(words: words, value: value))
            longestLastWord = max(longestLastWord, last.utf8.count)
            lastWordFilter.insert(last)
            let bytes = Array(last.utf8)
            lastWordStarts.insert(first: bytes[0], second: bytes[1], last: 0, length: 0)
        }
    }

    /// All non-overlapping matches in `text`, scanning left to right and preferring the longest phrase.
    public func matches(in text: String, compounds: Bool = true) -> [Match] {
        matches(inWords: Folding.words(text), compounds: compounds)
    }

    /// The best single match in `text`: a whole-word match over a partial one, then the longest.
    public func firstMatch(in text: String, compounds: Bool = true) -> Match? {
        matches(in: text, compounds: compounds).max { a, b in
            if a.isPartial != b.isPartial { return a.isPartial }
            return a.words.count < b.words.count
        }
    }

    public func matches(inWords words: [Substring], compounds: Bool = true) -> [Match] {
        var result: [Match] = []
        var i = 0
        while i < words.count {
            // Most words start no phrase and are too short to end in a compound's last word: skipped without a call.
            if !firstWordFilter.mayContain(words[i]), !compounds || words[i].utf8.count < Self.shortestCompound {
                i += 1
                continue
            }
            if let match = longestMatch(at: i, in: words, compounds: compounds) {
                result.append(match)
                i = match.words.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    private func longestMatch(at i: Int, in words: [Substring], compounds: Bool) -> Match? {
        // The best phrase so far, by index: its value is copied (and retained) once, into the match returned.
        var best: (entry: Int, count: Int, isPartial: Bool)?
        if firstWordFilter.mayContain(words[i]), let chain = byFirstWord[String(words[i])] {
            // By index, not `for entry in`: a copied entry retains its words and value, atomically, every time.
            var j = chain.first
            while j >= 0 {
                let count = entries[j].words.count
                if i + count <= words.count {
                    var ok = true
                    var partial = false
                    for k in 0..<count {
                        if words[i + k] == entries[j].words[k] { continue }
                        if compounds, k == count - 1, Inflection.isInflection(of: entries[j].words[k], in: words[i + k]) {
                            partial = true
                            continue
                        }
                        ok = false
                        break
                    }
                    if ok, best.map({ count > $0.count || ($0.isPartial && !partial) }) ?? true {
                        best = (j, count, partial)
                    }
                }
                j = nextEntry[j]
            }
        }
        if let best {
            return Match(value: entries[best.entry].value, words: i..<(i + best.count), isPartial: best.isPartial)
        }
        if compounds {
            if let value = CVText.withUTF8(words[i], { compoundHead($0) }) {
                return Match(value: value, words: i..<(i + 1), isPartial: true)
            }
        }
        return nil
    }

    /// The fewest UTF-8 bytes ``compoundHead(_:)`` looks at: a head of 3 bytes or more, then a last word of 5 or more.
    private static var shortestCompound: Int { 8 }

    /// The value of a one-word phrase that ends the compound `bytes` (a folded word), before an inflection:
    /// "chefsassistent" ends with "assistent", "lönesystemet" with "system".
    private func compoundHead(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let count = bytes.count
        var start = max(3, count - longestLastWord - longestSuffix)
        guard start < count - 4 else { return nil }
        // The endings this word has, a bit per suffix (longest first), found at the first start that may match.
        var endings: UInt64?
        while start < count - 4 {
            defer { start += 1 }
            if bytes[start] & 0xC0 == 0x80 { continue }  // inside a multi-byte letter
            guard lastWordStarts.mayContain(first: bytes[start], second: bytes[start + 1], last: 0, length: 0) else { continue }
            if endings == nil {
                var found: UInt64 = 0
                for n in suffixes.indices where count >= suffixes[n].count && bytes[(count - suffixes[n].count)...].elementsEqual(suffixes[n]) {
                    found |= 1 << UInt64(n)
                }
                endings = found
            }
            let tailLength = count - start
            var remaining = endings ?? 0
            while remaining != 0 {
                let n = remaining.trailingZeroBitCount
                remaining &= remaining - 1
                let suffixLength = suffixes[n].count
                guard tailLength > suffixLength + 3,
                      lastWordFilter.mayContain(
                          first: bytes[start], second: bytes[start + 1], last: bytes[count - suffixLength - 1], length: tailLength - suffixLength)
                else { continue }
                let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(count - suffixLength)]), as: UTF8.self)
                if let entry = byLastWord[head]?.first(where: { $0.words.count == 1 }) {
                    return entry.value
                }
            }
        }
        return nil
    }
}

/// The endings that Swedish and Norwegian add to a word ("-en", "-erna", "-ene"), for matching inflected forms.
enum Inflection {
    static let suffixes: Set<Substring> = [
        "", "s", "n", "en", "et", "er", "ar", "or", "na", "ne", "ene", "erna", "arna", "orna", "a", "t", "e", "ets",
        "ens", "ers", "ernas", "ende",
    ]

    static let suffixesLongestFirst: [Substring] = suffixes.sorted { $0.count > $1.count }
    static let suffixBytesLongestFirst: [[UInt8]] = suffixesLongestFirst.map { Array($0.utf8) }
    static let longestSuffix = suffixBytesLongestFirst.first?.count ?? 0

    static func isSuffix(_ suffix: Substring) -> Bool { suffixes.contains(suffix) }

    static func isInflection(of base: String, in word: Substring) -> Bool {
        guard word.count > base.count, word.hasPrefix(base) else { return false }
        return isSuffix(word.dropFirst(base.count))
    }
}
