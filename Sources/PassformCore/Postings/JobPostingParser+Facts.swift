import Foundation

/// Reading an ad's facts: title, employer, location, language, salary, deadline and extent.
extension JobPostingParser {
    // MARK: - Labelled facts

    /// "Label: value" lines whose label names a fact ("Sted: Oslo", "Sista ansökningsdag: 30 september 2025").
    func labelledFacts(in text: String) -> [PostingFact: String] {
        var facts: [PostingFact: String] = [:]
        for line in Self.lines(of: text) {
            guard let colon = line.text.firstIndex(of: ":") else { continue }
            let label = Folding.words(String(line.text[..<colon]))
            let rest = String(line.text[line.text.index(after: colon)...])
            let value = RequirementParser.clean(Self.sentences(of: rest).first ?? rest)
            guard !label.isEmpty, label.count <= 4, !value.isEmpty,
                let match = cues.labels.matches(inWords: label, compounds: false).first, match.words == 0..<label.count
            else { continue }
            if facts[match.value] == nil { facts[match.value] = value }
        }
        return facts
    }

    // MARK: - Title

    /// The title: a first short line, else the first occupation the text names, else its first words.
    func title(of text: String, sections: [PostingSection]) -> String {
        let lines = Self.lines(of: text)
        if let marked = lines.first(where: \.isMarked), heading(marked) == nil, Folding.words(marked.text).count <= 12 {
            return RequirementParser.clean(marked.text)
        }
        if lines.count > 1, let first = lines.first, heading(first) == nil, !first.text.hasSuffix("."),
            Folding.words(first.text).count <= 12, !first.text.contains(":")
        {
            return RequirementParser.clean(first.text)
        }
        if let occupation = occupationMention(in: text) { return occupation }
        let firstItem = sections.first?.items.first ?? text
        let words = WordScanner(firstItem)
        return RequirementParser.clean(words.original(0..<min(10, words.ranges.count)))
    }

    /// The first occupation title the text names as a whole word ("… Regnskapskonsulent rapporterer …"), as written.
    func occupationMention(in text: String) -> String? {
        let s = WordScanner(text)
        let matches = vocabulary.occupationMatches(inWords: s.folded, compounds: false).filter { !$0.isPartial }
        // Prefer a capitalised mention: in a paragraph run together, the title is written as one.
        guard let match = matches.first(where: { text[s.ranges[$0.words.lowerBound]].first?.isUppercase == true }) ?? matches.first
        else { return nil }
        var title = s.original(match.words)
        if let first = title.first, first.isLowercase { title = first.uppercased() + title.dropFirst() }
        return title
    }

    // MARK: - Employer and location

    /// The employer: the subject of the first sentence about the employer ("Plan- og bygningsetaten har ansvar …"),
    /// or the name before "söker" ("Causey Westling söker Tax Manager").
    func employer(in sections: [PostingSection], title: String) -> String? {
        for section in sections where section.kind == .about {
            for item in section.items.prefix(2) {
                if let name = subject(of: item, before: { s, i in cues.employerVerbs.contains(s.folded[i]) }) { return name }
            }
        }
        for section in sections where section.kind == .intro {
            for item in section.items {
                let s = WordScanner(item)
                guard let seeks = s.find(cues.seeks) else { continue }
                // "Arkivmedarbeider ved dokumentsenteret Tromsø kommune søker …": the title and what follows it are not the employer.
                var start = 0
                let titleWords = Folding.words(title)
                if !titleWords.isEmpty, s.has(titleWords, at: 0) {
                    start = titleWords.count
                    while start < seeks.index, item[s.ranges[start]].first?.isUppercase != true { start += 1 }
                }
                guard start < seeks.index else { continue }
                let rest = String(item[s.ranges[start].lowerBound...])
                if let name = subject(of: rest, before: { _, i in i == seeks.index - start }) { return name }
            }
        }
        return nil
    }

    /// The place in an employer's name: "Tromsø kommune" → "Tromsø", "Region Uppsala" → "Uppsala".
    static func place(inEmployer employer: String) -> String? {
        let s = WordScanner(employer)
        guard s.folded.count >= 2 else { return nil }
        let units: Set<Substring> = ["kommun", "kommune", "herad", "stad", "fylkeskommune", "landsting", "amt"]
        for i in 1..<s.folded.count where units.contains(s.folded[i]) {
            if employer[s.ranges[i - 1]].first?.isUppercase == true { return s.original((i - 1)..<i) }
        }
        if s.folded[0] == "region", employer[s.ranges[1]].first?.isUppercase == true { return s.original(1..<2) }
        return nil
    }

    /// Pronouns and words that start a sentence but never name an employer.
    static let notNames: Set<Substring> = [
        "vi", "we", "du", "you", "det", "den", "der", "it", "this", "var", "vart", "vara", "vare", "vores", "our", "hos", "i", "som", "har",
        "er", "ar", "is", "jobbet", "tjansten", "stillingen", "enheten", "avdelningen", "avdelingen", "here", "har", "her", "nu", "no", "na",
    ]

    private func subject(of sentence: String, before isVerb: (WordScanner, Int) -> Bool) -> String? {
        let s = WordScanner(sentence)
        guard let first = s.ranges.first, sentence[first].first?.isUppercase == true, !Self.notNames.contains(s.folded[0]) else {
            return nil
        }
        for i in 1..<min(10, s.folded.count) where isVerb(s, i) {
            return s.original(0..<i)
        }
        return nil
    }

    /// The place after "sentralt i", "placerad i", "located in": its capitalised words.
    func location(in text: String) -> String? {
        let s = WordScanner(text)
        var from = 0
        while let cue = s.find(cues.locationCues, from: from) {
            var i = cue.index + cue.count
            var end = i
            // "sentralt i Oslo": capitalised words, up to one that starts a new item ("… i Oslo Gode pensjonsordninger").
            while i < s.ranges.count, end - (cue.index + cue.count) < 3, text[s.ranges[i]].first?.isUppercase == true {
                if i > cue.index + cue.count,
                    Self.itemStarters.contains(s.folded[i])
                        || !requirements.cues.skillLevels.matches(inWords: [s.folded[i]], compounds: false).isEmpty
                {
                    break
                }
                i += 1
                end = i
            }
            if end > cue.index + cue.count { return s.original(cue.index + cue.count..<end) }
            from = cue.index + cue.count
        }
        return nil
    }

    // MARK: - Language

    /// The ad's language: the one whose telling words it uses most, with ä/ö against æ/ø to break ties.
    func language(of text: String) -> String {
        var counts: [String: Double] = [:]
        for word in text.lowercased().split(whereSeparator: { !($0.isLetter) }) {
            let w = String(word)
            for (code, words) in cues.languageWords where words.contains(w) { counts[code, default: 0] += 1 }
        }
        let swedishLetters = text.filter { "äöÄÖ".contains($0) }.count
        let danoNorwegianLetters = text.filter { "æøÆØ".contains($0) }.count
        counts["sv", default: 0] += Double(swedishLetters) * 0.5
        counts["no", default: 0] += Double(danoNorwegianLetters) * 0.5
        counts["da", default: 0] += Double(danoNorwegianLetters) * 0.5
        var best = "en"
        var bestCount = 0.0
        for code in ["sv", "no", "da", "en"] where counts[code, default: 0] > bestCount {
            best = code
            bestCount = counts[code, default: 0]
        }
        return best
    }

    /// ISO 639-1 for a language tag such as `nb-NO`, `nn`, `sv-SE` or `Norwegian`: Norwegian is `no`.
    static func languageCode(_ tag: String) -> String {
        let code = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "/" }).first.map(String.init) ?? ""
        switch code {
        case "nb", "nn", "no", "nob", "nno", "nor", "norwegian", "norsk": return "no"
        case "sv", "swe", "swedish", "svenska": return "sv"
        case "da", "dan", "danish", "dansk": return "da"
        case "en", "eng", "english": return "en"
        default: return code
        }
    }

    // MARK: - Salary

    /// The salary: the first item stating an amount with a currency or a salary word, or a statement of how pay is set.
    func salary(in items: [String], language: String) -> JobPosting.Salary? {
        var statement: JobPosting.Salary?
        for item in items {
            let s = WordScanner(item)
            let amounts = Self.amounts(in: item)
            let currency = self.currency(in: item, s, language: language)
            // "Lønn fra …", "Salary: …", "Månadslön 32 000": pay named at the start or by a salary phrase.
            let isAboutPay = s.find(cues.salaryStatements) != nil
                || cues.labels.matches(inWords: Array(s.folded.prefix(2)), compounds: false).contains { $0.value == .salary && $0.words.lowerBound == 0 }
            if !amounts.isEmpty, currency.found || isAboutPay {
                var min = amounts.min()
                var max = amounts.max()
                if amounts.count == 1, let bound = Self.singleBound(s) {
                    if bound == .from { max = nil } else { min = nil }
                }
                let period = cues.periods.matches(inWords: s.folded, compounds: false).first?.value
                return JobPosting.Salary(min: min, max: max, currency: currency.code, period: period, text: item)
            }
            if statement == nil, s.find(cues.salaryStatements) != nil {
                statement = JobPosting.Salary(currency: nil, period: nil, text: item)
            }
        }
        return statement
    }

    private enum Bound { case from, upTo }

    private static func singleBound(_ s: WordScanner) -> Bound? {
        for word in s.folded {
            if ["fran", "fra", "from", "fra", "minst", "mindst", "minimum"].contains(word) { return .from }
            if ["upp", "opp", "up", "op", "max", "maximum", "maksimalt"].contains(word) { return .upTo }
        }
        return nil
    }

    private func currency(in item: String, _ s: WordScanner, language: String) -> (found: Bool, code: String?) {
        for word in s.folded {
            if let code = cues.currencies[word] { return (true, code == "local" ? cues.localCurrency[language] : code) }
        }
        for symbol in ["€", "£", "$"] where item.contains(symbol) {
            if let code = cues.currencies[Substring(symbol)] { return (true, code) }
        }
        if item.contains(",-") { return (true, cues.localCurrency[language]) }
        return (false, nil)
    }

    /// Amounts of money in a text: "397 400", "35.000", "450,000", "42000"; small numbers (lønnstrinn 26-35),
    /// percentages and years are not amounts.
    static func amounts(in text: String) -> [Int] {
        guard let regex = try? NSRegularExpression(pattern: #"(?<![\d.,])\d{1,3}(?:[ .,]\d{3})+(?![\d])|(?<![\d.,])\d+(?![\d.,]\d)"#) else { return [] }
        var result: [Int] = []
        let ns = text as NSString
        for match in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let raw = ns.substring(with: match.range)
            let after = ns.substring(from: match.range.location + match.range.length).trimmingCharacters(in: .whitespaces)
            if after.hasPrefix("%") { continue }
            let digits = raw.filter(\.isNumber)
            guard let value = Int(digits), value >= 100 else { continue }
            if digits.count == 4, raw == digits, (1950...2100).contains(value) { continue }
            result.append(value)
            if result.count == 2 { break }
        }
        return result
    }

    // MARK: - Deadline

    /// The last day to apply, after a cue such as "Søknadsfrist" or "Sista ansökningsdag", or from a labelled value.
    func deadline(in items: [String], labelled: String?) -> String? {
        if let labelled { return date(in: labelled) ?? labelled }
        for item in items {
            let s = WordScanner(item)
            guard let cue = s.find(cues.deadlineCues) else { continue }
            let rest = cue.index + cue.count < s.ranges.count ? String(item[s.ranges[cue.index + cue.count].lowerBound...]) : ""
            if let date = date(in: rest) { return date }
            let restWords = WordScanner(rest)
            if let asap = restWords.find(cues.asap), asap.index < 4 { return restWords.original(asap.index..<asap.index + asap.count) }
        }
        return nil
    }

    /// A date in a text, as `YYYY-MM-DD` when the year is given, else as written: "2025-09-30", "30.09.2025",
    /// "12. april 2019", "30 september", "September 30, 2025".
    func date(in text: String) -> String? {
        let ns = text as NSString
        func first(_ pattern: String) -> [String]? {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]),
                let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length))
            else { return nil }
            return (0..<match.numberOfRanges).map {
                match.range(at: $0).location == NSNotFound ? "" : ns.substring(with: match.range(at: $0))
            }
        }
        func iso(_ year: Int, _ month: Int, _ day: Int) -> String? {
            guard (1...12).contains(month), (1...31).contains(day), (1990...2100).contains(year) else { return nil }
            return String(format: "%04d-%02d-%02d", year, month, day)
        }
        if let g = first(#"(\d{4})-(\d{1,2})-(\d{1,2})"#), let y = Int(g[1]), let m = Int(g[2]), let d = Int(g[3]) {
            return iso(y, m, d)
        }
        if let g = first(#"\b(\d{1,2})[./](\d{1,2})[./](\d{2,4})\b"#), let d = Int(g[1]), let m = Int(g[2]), var y = Int(g[3]) {
            if y < 100 { y += 2000 }
            return iso(y, m, d)
        }
        let letter = "[\\p{L}]+"
        if let g = first(#"\b(\d{1,2})\.?\s+("# + letter + #")\.?,?(?:\s+(\d{4}))?"#), let d = Int(g[1]),
            let m = cues.months[Substring(Folding.asciiFold(g[2]))]
        {
            if let y = Int(g[3]) { return iso(y, m, d) }
            return g[0].trimmingCharacters(in: .whitespaces)
        }
        if let g = first("\\b(" + letter + #")\s+(\d{1,2})(?:st|nd|rd|th)?,?(?:\s+(\d{4}))?"#),
            let m = cues.months[Substring(Folding.asciiFold(g[1]))], let d = Int(g[2])
        {
            if let y = Int(g[3]) { return iso(y, m, d) }
            return g[0].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    // MARK: - Extent

    /// How much and how long: "full-time", "part-time (80%)", "permanent", "temporary", from words such as heltid,
    /// deltid, 100 %, fast stilling, tillsvidare, vikariat or midlertidig.
    func extent(in items: [String], labelled: String?) -> String? {
        var hours: String?
        var term: String?
        let texts = (labelled.map { [$0] } ?? []) + items
        for text in texts {
            let s = WordScanner(text)
            for match in cues.extent.matches(inWords: s.folded, compounds: false) {
                switch match.value {
                case "full-time", "part-time": if hours == nil { hours = match.value }
                default: if term == nil { term = match.value }
                }
            }
            if hours == nil, let percent = Self.percentage(in: text), Self.isAboutTheJob(s) || text == labelled {
                hours = percent >= 100 ? "full-time" : "part-time (\(percent)%)"
            }
            if hours == "part-time", let percent = Self.percentage(in: text), percent < 100 { hours = "part-time (\(percent)%)" }
        }
        let parts = [hours, term].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private static func percentage(in text: String) -> Int? {
        guard let regex = try? NSRegularExpression(pattern: #"(\d{1,3})\s?(?:%|prosent|procent|percent)"#, options: [.caseInsensitive]) else { return nil }
        let ns = text as NSString
        guard let match = regex.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)),
            let value = Int(ns.substring(with: match.range(at: 1))), (1...100).contains(value)
        else { return nil }
        return value
    }

    private static let jobWords: Set<Substring> = [
        "stilling", "stillinga", "stillingen", "tjanst", "tjansten", "anstallning", "position", "omfattning", "arbetstid", "stillingsprosent",
        "tjenstgoring", "tjanstgoring", "ansattelse", "job", "jobb", "role", "employment", "arbeidstid", "arbejdstid", "vikariat",
    ]

    private static func isAboutTheJob(_ s: WordScanner) -> Bool {
        s.folded.contains { jobWords.contains($0) }
    }
}
