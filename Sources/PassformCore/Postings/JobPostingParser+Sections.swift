import Foundation

/// Splitting an ad into sections and items: headings on lines of their own, headings run into one
/// paragraph, list items, sentences, and items run together without punctuation.
extension JobPostingParser {
    /// One line of the ad after Markdown and bullets are stripped.
    struct Line {
        var text: String
        /// A Markdown heading (`#`), or a line in bold.
        var isMarked: Bool
    }

    /// A run of text in a section, with what is known about its layout.
    struct Chunk {
        var text: String
        /// From a paragraph with headings and items run together: split items at capitalised words.
        var isRunTogether: Bool
    }

    // MARK: - Sections

    /// The ad's sections in order, each with its items; the text before the first heading is `intro`.
    public func sections(of text: String) -> [PostingSection] {
        var chunks: [(kind: PostingSection.Kind, chunk: Chunk)] = []
        var current = PostingSection.Kind.intro
        for line in Self.lines(of: text) {
            if let (kind, rest) = heading(line) {
                current = kind
                if !rest.isEmpty { chunks.append((current, Chunk(text: rest, isRunTogether: false))) }
                continue
            }
            for (kind, piece, runTogether) in inlineSections(line.text) {
                if let kind { current = kind }
                if !piece.isEmpty { chunks.append((current, Chunk(text: piece, isRunTogether: runTogether))) }
            }
        }
        var sections: [PostingSection] = []
        for (kind, chunk) in chunks {
            let items = self.items(of: chunk, splitRuns: kind != .intro && kind != .about && kind != .apply)
            guard !items.isEmpty else { continue }
            if sections.last?.kind == kind {
                sections[sections.count - 1].items += items
            } else {
                sections.append(PostingSection(kind: kind, items: items))
            }
        }
        return sections
    }

    /// The lines of a text with Markdown syntax, bullets and surrounding space removed; empty lines dropped.
    static func lines(of text: String) -> [Line] {
        var result: [Line] = []
        let spaced = text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .replacingOccurrences(of: "\u{2009}", with: " ").replacingOccurrences(of: "\t", with: " ")
        for raw in spaced.split(separator: "\n", omittingEmptySubsequences: true) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            var isMarked = false
            if line.hasPrefix("#") {
                line = String(line.drop { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                isMarked = true
            }
            line = Self.stripMarkdownInline(line)
            if raw.contains("**") || raw.contains("__") {
                let bare = raw.trimmingCharacters(in: .whitespaces)
                if (bare.hasPrefix("**") && bare.hasSuffix("**")) || (bare.hasPrefix("__") && bare.hasSuffix("__")) { isMarked = true }
            }
            line = Self.stripBullet(line)
            guard line.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            result.append(Line(text: line, isMarked: isMarked))
        }
        return result
    }

    /// Removes `**bold**`, `__bold__`, `` `code` `` and `[text](url)` link syntax.
    static func stripMarkdownInline(_ line: String) -> String {
        var out = line.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "`", with: "")
        while let open = out.range(of: "]("), let start = out[..<open.lowerBound].lastIndex(of: "["),
            let close = out[open.upperBound...].firstIndex(of: ")")
        {
            let label = out[out.index(after: start)..<open.lowerBound]
            out.replaceSubrange(start...close, with: label)
        }
        return out
    }

    /// Removes a list marker: "- ", "* ", "• ", "1. ", "a) ", ". " and a dash glued to a word ("-Tävlingsinriktad").
    static func stripBullet(_ line: String) -> String {
        var text = Substring(line)
        while let first = text.first {
            if "•·▪►●○■-–—*+.".contains(first) {
                let rest = text.dropFirst()
                // "-Tävlingsinriktad" is a bullet; "-5 %" and "--" are not words to keep anyway.
                if first == "-" || first == "." || first == "*" || first == "+", let next = rest.first, next.isNumber { break }
                text = rest.drop { $0 == " " }
                continue
            }
            // "1. ", "2) ", "a) "
            let marker = text.prefix { $0.isNumber }
            if !marker.isEmpty, marker.count <= 2 {
                let after = text.dropFirst(marker.count)
                // A list number before a capital ("1. Registrering"); "20. marts" is a date.
                if let sign = after.first, sign == "." || sign == ")", after.dropFirst().first == " ",
                    after.dropFirst(2).first?.isUppercase == true
                {
                    text = after.dropFirst().drop { $0 == " " }
                    continue
                }
            }
            break
        }
        return String(text).trimmingCharacters(in: .whitespaces)
    }

    /// Possessives and articles that may stand before a heading word ("Dina arbetsuppgifter", "Your profile").
    static let headingLeads: Set<Substring> = [
        "dina", "din", "ditt", "dine", "ditt", "dit", "your", "our", "the", "vara", "vare", "vores", "om", "about", "hvad", "hva", "vad",
        "kort", "sentrale", "centrale", "viktiga", "viktige", "key", "main", "huvudsakliga", "the",
    ]

    /// Words that may end a heading: "… hvis du", "… om du har", "… if you have".
    static let headingTails: Set<Substring> = [
        "hvis", "om", "at", "att", "if", "du", "you", "dig", "deg", "har", "have", "er", "ar", "is", "are", "kan", "can", "som", "who",
    ]

    /// The section a line opens, with any text after a colon ("Kvalifikasjoner: Bachelor …"), or nil for an ordinary line.
    func heading(_ line: Line) -> (PostingSection.Kind, String)? {
        var text = line.text
        var rest = ""
        if let colon = text.firstIndex(of: ":") {
            let head = String(text[..<colon])
            let tail = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if !tail.isEmpty {
                // "Kvalifikasjoner: Utdanning …": a heading with its first item; "Sted: Oslo" is a fact, not a heading.
                let words = Folding.words(head)
                guard let match = cues.headings.matches(inWords: words, compounds: false).first,
                    match.words == 0..<words.count, cues.labels.matches(inWords: words, compounds: false).first?.words != 0..<words.count
                else { return nil }
                return (match.value, tail)
            }
            text = head
            rest = tail
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let endsAsHeading = line.text.hasSuffix(":") || trimmed.hasSuffix("?") || line.isMarked
        if trimmed.hasSuffix("."), !line.isMarked { return nil }
        let words = Folding.words(trimmed)
        guard !words.isEmpty, words.count <= 8 else { return nil }
        if let match = cues.headings.matches(inWords: words, compounds: false).first {
            let before = words[..<match.words.lowerBound]
            let after = words.count - match.words.upperBound
            if before.isEmpty, after == 0 { return (match.value, rest) }
            if endsAsHeading, before.count <= 3, after <= 4 { return (match.value, rest) }
            if before.count <= 2, after == 0, before.allSatisfy({ Self.headingLeads.contains($0) }) { return (match.value, rest) }
            // "Det er en fordel hvis du", "Vi forventer, at du": a heading that ends in a pronoun.
            if before.count <= 2, after <= 3, before.allSatisfy({ Self.headingLeads.contains($0) }),
                words[match.words.upperBound...].allSatisfy({ Self.headingTails.contains($0) })
            {
                return (match.value, rest)
            }
        }
        // "Om Jefferson Wells", "About Acme": a short line about the employer.
        if words.count <= 5, ["om", "about"].contains(words[0]), words.count >= 2,
            let second = WordScanner(trimmed).ranges.dropFirst().first, trimmed[second].first?.isUppercase == true
        {
            return (.about, rest)
        }
        return nil
    }

    // MARK: - Headings inside a paragraph

    /// Splits a line at headings written inside it: "… Arbeidsoppgaver Fakturering …" in an ad run together into one
    /// paragraph, or "Dina huvudsakliga arbetsuppgifter är: . Att sköta …". Each piece comes with the section it
    /// opens (nil for the text before the first heading) and whether it is run together.
    func inlineSections(_ text: String) -> [(PostingSection.Kind?, String, Bool)] {
        let s = WordScanner(text)
        let isRunTogether = Self.isRunTogether(text, wordCount: s.folded.count)
        var cuts: [(kind: PostingSection.Kind, start: String.Index, resume: String.Index)] = []
        for match in cues.headings.matches(inWords: s.folded, compounds: false) {
            let first = s.ranges[match.words.lowerBound]
            guard text[first].first?.isUppercase == true else { continue }
            let end = s.ranges[match.words.upperBound - 1].upperBound
            // A colon right after the heading or within two words: "arbetsuppgifter är:".
            var colon: String.Index?
            let limit = match.words.upperBound + 2 < s.ranges.count ? s.ranges[match.words.upperBound + 2].lowerBound : text.endIndex
            if let found = text[end..<limit].firstIndex(of: ":") { colon = found }
            let next = match.words.upperBound < s.folded.count ? s.folded[match.words.upperBound] : nil
            let isStrong = match.words.count > 1 || s.folded[match.words.lowerBound].count >= 8
            let startsItem = next.map { cues.nameWords.contains($0) || Self.itemContinuations.contains($0) } ?? true
            if let colon {
                // "Application deadline: 10 June": a fact with its label, not a heading.
                let label = Folding.words(String(text[first.lowerBound..<colon]))
                if cues.labels.matches(inWords: label, compounds: false).first?.words == 0..<label.count { continue }
                cuts.append((match.value, first.lowerBound, text.index(after: colon)))
            } else if isRunTogether, isStrong, !startsItem, match.words.lowerBound > 0 || s.folded.count > match.words.count {
                cuts.append((match.value, first.lowerBound, end))
            }
        }
        guard !cuts.isEmpty else { return [(nil, text, isRunTogether)] }
        var pieces: [(PostingSection.Kind?, String, Bool)] = []
        let head = String(text[..<cuts[0].start]).trimmingCharacters(in: .whitespaces)
        if !head.isEmpty { pieces.append((nil, head, isRunTogether)) }
        for (i, cut) in cuts.enumerated() {
            let stop = i + 1 < cuts.count ? cuts[i + 1].start : text.endIndex
            let body = cut.resume < stop ? String(text[cut.resume..<stop]) : ""
            pieces.append((cut.kind, Self.stripBullet(body.trimmingCharacters(in: .whitespaces)), isRunTogether))
        }
        return pieces
    }

    /// Words after a heading word that show it starts an item instead ("Ønskelig med erfaring", "Krav til").
    static let itemContinuations: Set<Substring> = ["at", "att", "a", "å", "om", "for", "til", "till", "is", "er", "ar"]

    /// A long paragraph with hardly any sentence punctuation: an ad whose line breaks were lost.
    static func isRunTogether(_ text: String, wordCount: Int) -> Bool {
        guard wordCount >= 40 else { return false }
        let stops = text.filter { ".!?;:•".contains($0) }.count
        return stops * 40 < wordCount
    }

    // MARK: - Items

    /// The items of a list written as text: one a line, and each line's sentences.
    public static func listItems(of text: String) -> [String] {
        lines(of: text).flatMap { sentences(of: $0.text) }.map(RequirementParser.clean).filter { $0.contains(where: \.isLetter) }
    }

    /// The items of a chunk: its sentences, and in run-together text the items that start at capitalised words.
    func items(of chunk: Chunk, splitRuns: Bool) -> [String] {
        var result: [String] = []
        for sentence in Self.sentences(of: chunk.text) {
            let words = WordScanner(sentence)
            let hasPunctuation = sentence.contains { ",;:()".contains($0) }
            if splitRuns, chunk.isRunTogether || (!hasPunctuation && words.folded.count >= 10) {
                result += capitalisedItems(sentence, words)
            } else {
                result.append(sentence)
            }
        }
        return result.map(RequirementParser.clean).filter { $0.contains(where: \.isLetter) }
    }

    /// Abbreviations whose period does not end a sentence.
    static let abbreviations: Set<String> = [
        "t.ex", "tex", "bl.a", "bla", "m.fl", "mfl", "ca", "f.eks", "feks", "inkl", "etc", "e.g", "i.e", "osv", "mv", "m.v", "nr", "pr", "kl",
        "jf", "jfr", "dvs", "d.v.s", "m.m", "mm", "st", "tel", "evt", "ev", "ex", "resp", "vs", "fx", "mht", "iht", "ifm", "dr", "prof", "mr",
        "mrs", "ms", "o.l", "el", "lign", "bl.a", "f.o.m", "t.o.m", "fom", "tom", "kr", "min", "max", "avd", "jan", "feb", "aug", "sep", "sept",
        "okt", "oct", "nov", "dec", "des", "no", "mån", "md", "p.a", "pa",
    ]

    /// Sentences of a text: split after `.`, `!` or `?` before a capital, a digit or a bullet, and at `•`.
    static func sentences(of text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if "•·▪".contains(c) {
                result.append(current)
                current = ""
                i += 1
                continue
            }
            current.append(c)
            if ".!?".contains(c), i + 1 < chars.count, chars[i + 1] == " " {
                var j = i + 1
                while j < chars.count, chars[j] == " " { j += 1 }
                let next = j < chars.count ? chars[j] : " "
                let startsSentence = next.isUppercase || next.isNumber || ".-–•".contains(next)
                if startsSentence, c != "." || !isAbbreviation(current) {
                    result.append(current)
                    current = ""
                    i = j
                    continue
                }
            }
            i += 1
        }
        result.append(current)
        return result.map { stripBullet($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty }
    }

    /// True when the text ends with an abbreviation and its period ("t.ex.", "ca.").
    static func isAbbreviation(_ text: String) -> Bool {
        let token = text.dropLast().reversed().prefix { !$0.isWhitespace && $0 != "(" }
        let word = String(token.reversed()).lowercased()
        if word.count == 1, word.first?.isLetter == true { return true }
        return abbreviations.contains(word)
    }

    /// Splits items run together without punctuation at the capitalised word that starts each one:
    /// "Fakturering Innlesing av bankfiler Purringer" → three items. A capitalised word after a preposition
    /// or a conjunction ("i Oslo", "fra Region Stockholm": a name of at most two words), a word in capitals and a
    /// known system name are names, not starts.
    func capitalisedItems(_ text: String, _ s: WordScanner) -> [String] {
        guard s.ranges.count > 1 else { return [text] }
        let systems = vocabulary.systems.matches(inWords: s.folded, compounds: false)
        let systemStarts = Set(systems.flatMap { Array($0.words) })
        var cuts: [String.Index] = []
        var previousWasName = false
        var nameLength = 0
        for i in 1..<s.ranges.count {
            let word = text[s.ranges[i]]
            guard let first = word.first, first.isUppercase else {
                previousWasName = false
                nameLength = 0
                continue
            }
            let letters = word.filter(\.isLetter)
            let isCapitals = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            // "fra Region Stockholm": a name after a preposition goes on until a word that starts an item ("i Oslo Gode …").
            let afterPreposition = cues.nameWords.contains(s.folded[i - 1])
            let continuesName =
                previousWasName && nameLength < 2 && !Self.itemStarters.contains(s.folded[i])
                && requirements.cues.skillLevels.matches(inWords: [s.folded[i]], compounds: false).isEmpty
            // A slash joins ("økonomi/Regnskap").
            let gap = text[s.ranges[i - 1].upperBound..<s.ranges[i].lowerBound]
            if afterPreposition || continuesName {
                nameLength = continuesName ? nameLength + 1 : 1
                previousWasName = true
                continue
            }
            previousWasName = false
            nameLength = 0
            if isCapitals || word.contains(where: \.isNumber) || systemStarts.contains(i) || gap.contains("/") { continue }
            cuts.append(s.ranges[i].lowerBound)
        }
        var items: [String] = []
        var start = text.startIndex
        for cut in cuts {
            items.append(String(text[start..<cut]).trimmingCharacters(in: .whitespaces))
            start = cut
        }
        items.append(String(text[start...]).trimmingCharacters(in: .whitespaces))
        return items.filter { !$0.isEmpty }
    }

    /// Words that start a new item even right after a name ("… i Oslo Gode pensjonsordninger").
    static let itemStarters: Set<Substring> = [
        "et", "en", "ett", "ei", "vi", "du", "we", "you", "a", "an", "the", "mulighet", "mojlighet", "mulighed", "opportunity",
    ]
}
