import Foundation

/// Correctly spelled words of one language, indexed by their folded letters, for restoring
/// diacritics ("ars" → "års") and undoing OCR confusions.
public struct Lexicon: Sendable {
    /// Fold key → the preferred spelling.
    private(set) var byKey: [String: String] = [:]
    /// Lowercased words as spelled.
    private(set) var words: Set<String> = []
    private(set) var longestKey = 0

    /// Builds a lexicon from a word list: one word a line, `#` starts a comment, earlier lines win.
    public init(wordList: String) {
        for raw in wordList.split(whereSeparator: \.isNewline) {
            let word = raw.trimmingCharacters(in: .whitespaces).lowercased()
            guard !word.isEmpty, !word.hasPrefix("#") else { continue }
            add(word)
        }
    }

    mutating func add(_ word: String) {
        words.insert(word)
        let key = Folding.asciiFold(word)
        if byKey[key] == nil { byKey[key] = word }
        longestKey = max(longestKey, key.count)
    }

    /// The Swedish lexicon shipped in `Vocabulary/Data/lexicon-sv.txt`.
    public static let swedish: Lexicon = load("lexicon-sv")
    /// The Norwegian and Danish lexicon shipped in `Vocabulary/Data/lexicon-no.txt`.
    public static let norwegian: Lexicon = load("lexicon-no")

    private static func load(_ name: String) -> Lexicon {
        guard let data = BundledData.data(name, "txt"), let text = String(data: data, encoding: .utf8)
        else { return Lexicon(wordList: "") }
        return Lexicon(wordList: text)
    }

    /// True when the lowercased word is spelled as in the lexicon.
    public func contains(_ word: String) -> Bool { words.contains(word.lowercased()) }

    /// The spelling for a fold key, if the lexicon has the word.
    public func word(forKey key: String) -> String? { byKey[key] }

    /// Splits a fold key into lexicon words (a compound such as "arbetsmiljofragor" → arbetsmiljö + frågor),
    /// allowing a final inflection. Returns the respelled compound, or nil.
    public func compound(forKey key: String) -> String? {
        let chars = Array(key)
        var memo: [Int: [String]?] = [:]
        func split(_ start: Int) -> [String]? {
            if start == chars.count { return [] }
            if let cached = memo[start] { return cached }
            var best: [String]?
            let maxEnd = min(chars.count, start + longestKey)
            var end = maxEnd
            while end >= start + 3 {
                let piece = String(chars[start..<end])
                if let word = byKey[piece], let rest = split(end) {
                    if best == nil || rest.count + 1 < best?.count ?? .max { best = [word] + rest }
                }
                end -= 1
            }
            if best == nil {
                let tail = String(chars[start...])
                if Inflection.isSuffix(Substring(tail)), start > 0 { best = [tail] }
            }
            memo[start] = best
            return best
        }
        guard let parts = split(0), parts.count >= 2 else { return nil }
        return parts.joined()
    }
}
