/// Repairs OCR'd Swedish or Norwegian text: restores lost diacritics ("ars" → "års") and undoes OCR
/// confusions ("I6n" → "lön", "kdnnedom" → "kännedom", "hégskola" → "högskola") by trying the
/// usual confusions and keeping a reading only when the lexicon knows the word or its parts.
public struct TextRepair: Sendable {
    public var lexicon: Lexicon

    public init(lexicon: Lexicon = .swedish) {
        self.lexicon = lexicon
    }

    /// The text with every repairable word replaced; spacing, punctuation and line breaks are kept.
    public func repair(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var token = ""
        for ch in text {
            if Self.isTokenCharacter(ch) {
                token.append(ch)
            } else {
                if !token.isEmpty { out += repairWord(token); token = "" }
                out.append(ch)
            }
        }
        if !token.isEmpty { out += repairWord(token) }
        return out
    }

    static func isTokenCharacter(_ ch: Character) -> Bool {
        ch.isLetter || ch.isNumber || ch == "|" || ch == "["
    }

    /// One word repaired, or the word itself when no reading is better.
    public func repairWord(_ token: String) -> String {
        guard token.count >= 2, token.contains(where: \.isLetter) || token.contains("6") else { return token }
        let lower = token.lowercased()
        if lexicon.contains(lower) { return token }
        let hasJunk = token.contains { "|[0123456789é".contains($0) } || (token.first == "I" && token.count > 1)
        // A word already spelled with Nordic letters and no OCR junk is trusted.
        if !hasJunk, token.contains(where: { "åäöøæÅÄÖØÆ".contains($0) }) { return token }
        if !hasJunk, token.allSatisfy(\.isNumber) { return token }

        for candidate in candidates(for: token) {
            if let word = lexicon.word(forKey: candidate) {
                return recase(word, like: token)
            }
        }
        if token.count >= 6 {
            for candidate in candidates(for: token) {
                if let word = lexicon.compound(forKey: candidate), word != lower {
                    return recase(word, like: token)
                }
            }
        }
        return token
    }

    private func recase(_ word: String, like token: String) -> String {
        guard let first = token.first, first.isUppercase, first != "I" || token.dropFirst().first?.isUppercase == true
        else { return word }
        if token.count > 1, token.allSatisfy({ !$0.isLetter || $0.isUppercase }) { return word.uppercased() }
        return word.prefix(1).uppercased() + word.dropFirst()
    }

    /// Fold keys the token may stand for, fewest guesses first: digits and brackets are read as the letters
    /// OCR confuses them with, and `d`, `b`, `é` may stand for a lost `ä`, `ö` or `å`.
    func candidates(for token: String) -> [String] {
        let chars = Array(token)
        var results: [(key: String, guesses: Int)] = []
        func walk(_ i: Int, _ prefix: String, _ guesses: Int) {
            guard results.count < 256 else { return }
            if i == chars.count {
                results.append((prefix, guesses))
                return
            }
            let ch = chars[i]
            let next: Character? = i + 1 < chars.count ? chars[i + 1] : nil
            switch ch {
            case "1" where next == "6":
                walk(i + 2, prefix + "o", guesses)
            case "6":
                walk(i + 1, prefix + "o", guesses)
            case "|", "[", "1":
                walk(i + 1, prefix + "l", guesses)
            case "I" where i == 0:
                walk(i + 1, prefix + "l", guesses)
                walk(i + 1, prefix + "i", guesses)
            case "é", "É":
                walk(i + 1, prefix + "o", guesses)
                walk(i + 1, prefix + "e", guesses + 1)
                walk(i + 1, prefix + "a", guesses + 1)
                walk(i + 1, prefix, guesses + 1)
            case "D" where chars.count >= 5, "d":  // a short word's capital D is more often a real D
                walk(i + 1, prefix + "d", guesses)
                if next == "a" { walk(i + 2, prefix + "a", guesses + 1) }
                walk(i + 1, prefix + "a", guesses + 1)
                walk(i + 1, prefix + "o", guesses + 1)
            case "b" where i > 0 && chars.count >= 5:
                walk(i + 1, prefix + "b", guesses)
                walk(i + 1, prefix + "o", guesses + 1)
            default:
                walk(i + 1, prefix + Folding.asciiFold(String(ch)), guesses)
            }
        }
        walk(0, "", 0)
        return results.sorted { $0.guesses < $1.guesses }.map(\.key)
    }
}
