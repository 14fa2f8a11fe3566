/// Reads one requirement item ("minst tre (3) års arbetslivserfarenhet som administratör",
/// "God kjennskap til økonomisystem AGRESSO", "Bachelor's degree in accounting or equivalent")
/// into structured ``Requirement`` values, in Swedish, Norwegian, Danish or English.
///
/// An item with "Alternativt" becomes one ``Requirement/Condition/anyOf(_:)``; each alternative is
/// split into clauses ("… och minst tre (3) års …"). A clause the parser cannot read is kept as a
/// `judgement` requirement with its text, never dropped.
public struct RequirementParser: Sendable {
    /// What the parser knows about the role the item belongs to.
    public struct Context: Sendable, Hashable {
        /// The role's occupation, for "från liknande arbete" and "utbildning inom aktuellt område".
        public var occupation: OccupationID?
        /// A title for law topics "på området" ("Personaladministratör").
        public var title: String?

        public init(occupation: OccupationID? = nil, title: String? = nil) {
            self.occupation = occupation
            self.title = title
        }
    }

    public var vocabulary: Vocabulary
    public var cues: RequirementCues

    public init(vocabulary: Vocabulary = .standard, cues: RequirementCues = .standard) {
        self.vocabulary = vocabulary
        self.cues = cues
    }

    /// The requirements one item states, in the order they appear.
    public func parse(_ item: String, context: Context = Context()) -> [Requirement] {
        let text = Self.clean(item)
        guard !text.isEmpty else { return [] }
        let alternatives = split(text, at: cues.alternatives)
        if alternatives.count > 1 {
            let parts = alternatives.map { parseAlternative($0, context: context) }.filter { !$0.isEmpty }
            if parts.count > 1 { return [Requirement(text: text, condition: .anyOf(parts))] }
        }
        return parseAlternative(text, context: context)
    }

    /// Removes a bullet, surrounding space and a final period.
    static func clean(_ item: String) -> String {
        var text = item.trimmingCharacters(in: .whitespacesAndNewlines)
        while let first = text.first, "-–•*·".contains(first) { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        while text.hasSuffix(".") || text.hasSuffix(";") || text.hasSuffix(",") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private func parseAlternative(_ text: String, context: Context) -> [Requirement] {
        var result: [Requirement] = []
        for clause in split(text, at: cues.clauseSeparators, keepSeparator: true) {
            // "goda kunskaper i redigeringsverktyg … samt webbpubliceringsverktyg": the level carries over.
            var inherited: SkillLevel?
            if case .system(_, _, _, let level)? = result.last?.condition { inherited = level }
            let requirements = parseClause(clause, context: context, inheritedLevel: inherited)
            result += requirements.isEmpty ? [Requirement(text: clause, condition: .judgement)] : requirements
        }
        return result
    }

    /// Splits `text` before each occurrence of one of `phrases`; the phrase is dropped unless `keepSeparator`,
    /// in which case the words after its first word (the "minst" of "och minst") stay with the next clause.
    func split(_ text: String, at phrases: [[Substring]], keepSeparator: Bool = false) -> [String] {
        let scanner = WordScanner(text)
        var pieces: [String] = []
        var start = text.startIndex
        var i = 0
        while let (index, count) = scanner.find(phrases, from: i) {
            let cut = scanner.ranges[index].lowerBound
            let head = String(text[start..<cut]).trimmingCharacters(in: Self.separatorTrim)
            let resume = keepSeparator && count > 1 ? scanner.ranges[index + 1].lowerBound
                : (index + count < scanner.ranges.count ? scanner.ranges[index + count].lowerBound : text.endIndex)
            // Only split where both sides say something.
            if !head.isEmpty, index + count < scanner.ranges.count {
                pieces.append(head)
                start = resume
            }
            i = index + count
        }
        let tail = String(text[start...]).trimmingCharacters(in: Self.separatorTrim)
        if !tail.isEmpty { pieces.append(tail) }
        return pieces.isEmpty ? [text] : pieces
    }

    static let separatorTrim = CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ".,;:"))

    // MARK: - Clauses

    private func parseClause(_ clause: String, context: Context, inheritedLevel: SkillLevel?) -> [Requirement] {
        let s = WordScanner(clause)
        if let experience = experience(clause, s, context: context) { return [experience] }
        if let law = law(clause, s, context: context) { return [law] }
        if let licence = licence(clause, s) { return [licence] }
        if let education = education(clause, s, context: context) { return [education] }
        let languages = languages(clause, s)
        if !languages.isEmpty { return languages }
        let systems = systems(clause, s, inheritedLevel: inheritedLevel)
        if !systems.isEmpty { return systems }
        if s.find(cues.publicSector) != nil { return [Requirement(text: clause, condition: .publicSector)] }
        return []
    }

    // MARK: Experience

    private func experience(_ clause: String, _ s: WordScanner, context: Context) -> Requirement? {
        guard let cue = s.find(cues.experience) else { return nil }
        // A system or language clause that says "erfarenhet av …" is not work experience.
        let amount = duration(s)
        if amount == nil, !categoryMatches(s).isEmpty || !systemMatches(s).isEmpty { return nil }
        if amount == nil, s.find(cues.publicSector) != nil { return nil }
        if amount == nil, !vocabulary.languageNames.matches(inWords: s.folded, compounds: false).isEmpty { return nil }
        var occupation: OccupationID?
        var match: ExperienceMatch = .similar
        if let asCue = s.find(cues.experienceAs, from: cue.index + cue.count) {
            let rest = s.original(asCue.index + asCue.count..<s.folded.count)
            if let found = vocabulary.occupation(forTitle: rest) {
                occupation = found
                match = .as
            } else if !rest.isEmpty {
                occupation = OccupationID(Slug.make(rest))
                match = .as
            }
        }
        if occupation == nil {
            occupation = context.occupation
            match = .similar
        }
        return Requirement(text: clause, condition: .experience(months: amount ?? 1, occupation: occupation, match: match))
    }

    /// Months from "minst tre (3) års", "3 år", "fem års", "at least 2 years", "6 månader"; nil when no amount.
    func duration(_ s: WordScanner) -> Int? {
        for (i, word) in s.folded.enumerated() {
            let isYears = cues.years.contains(word)
            let isMonths = cues.months.contains(word)
            guard isYears || isMonths, i > 0 else { continue }
            // "år" and "är" fold alike: "… i en kommun är meriterande" holds no year.
            if isYears, word == "ar", s.original(i..<i + 1).lowercased() == "är" { continue }
            // The number is the nearest before the unit: a digit ("(3)") wins over a word ("tre").
            var value: Int?
            var k = i - 1
            while k >= max(0, i - 4) {
                if let digits = Int(s.folded[k]), digits > 0, digits < 60 {
                    value = digits
                    // "1-2 år": the lower bound is the requirement.
                    if k >= 1, let lower = Int(s.folded[k - 1]), lower < digits, lower > 0 { value = lower }
                    break
                }
                k -= 1
            }
            if value == nil {
                k = i - 1
                while k >= max(0, i - 4) {
                    if let number = cues.numbers[s.folded[k]] {
                        value = number
                        break
                    }
                    k -= 1
                }
            }
            if let value { return isYears ? value * 12 : value }
        }
        // "flerårig erfarenhet", "mangeårig erfaring": several years without a number.
        for (phrase, years) in cues.yearAdjectives where s.find([phrase]) != nil { return years * 12 }
        return nil
    }

    // MARK: Education

    private func education(_ clause: String, _ s: WordScanner, context: Context) -> Requirement? {
        let levelMatch = cues.educationLevels.matches(inWords: s.folded).first
        let mentionsEducation = s.find(cues.education) != nil
        guard levelMatch != nil || mentionsEducation else { return nil }
        var field: EducationField?
        if s.find(cues.relevantField) != nil {
            field = context.occupation.flatMap(fieldOfFamily) ?? .relevant
        } else {
            // A field named in the clause; the level terms themselves ("juristexamen") may name it.
            field = vocabulary.educationFields.matches(inWords: s.folded).first?.value
        }
        guard levelMatch != nil || field != nil else { return nil }
        let orEquivalent = s.find(cues.orEquivalent) != nil
        return Requirement(
            text: clause,
            condition: .education(level: levelMatch?.value ?? .grundskola, field: field, orEquivalent: orEquivalent))
    }

    private func fieldOfFamily(_ occupation: OccupationID) -> EducationField? {
        let families = (vocabulary.familiesOf[occupation] ?? []).sorted()
        return families.lazy.compactMap { vocabulary.familyField[$0] }.first
    }

    // MARK: Systems and office software

    private func categoryMatches(_ s: WordScanner) -> [PhraseMatcher<SystemCategory>.Match] {
        let known = vocabulary.systemCategories.matches(inWords: s.folded)
        if !known.isEmpty { return known }
        // An inflected category: "ekonomisystemet", "økonomisystemet", "lønnssystemene".
        for (i, word) in s.folded.enumerated() {
            for suffix in ["ene", "erna", "et", "en", "er", "ar"] where word.hasSuffix(suffix) && word.count > suffix.count + 4 {
                if let match = vocabulary.systemCategories.matches(inWords: [word.dropLast(suffix.count)], compounds: false).first {
                    return [PhraseMatcher.Match(value: match.value, words: i..<(i + 1), isPartial: true)]
                }
            }
        }
        // A category the vocabulary does not know, named in the same style: "kunskaper i upphandlingsverktyg (exempelvis …)".
        for (i, word) in s.folded.enumerated() where Self.categoryEndings.contains(where: { word.hasSuffix($0) && word.count > $0.count + 2 }) {
            return [PhraseMatcher.Match(value: SystemCategory(String(word)), words: i..<(i + 1), isPartial: true)]
        }
        return []
    }

    /// Word endings that name a kind of system: "upphandlingssystem", "planeringsverktyg", "bokningsprogram".
    static let categoryEndings = ["system", "systemet", "systemen", "verktyg", "verktyget", "program", "programvara", "verktoy", "systemer", "plattform"]

    private func systemMatches(_ s: WordScanner) -> [PhraseMatcher<Vocabulary.System>.Match] {
        vocabulary.systems.matches(inWords: s.folded, compounds: false)
    }

    private func systems(_ clause: String, _ s: WordScanner, inheritedLevel: SkillLevel?) -> [Requirement] {
        let categories = categoryMatches(s)
        let named = systemMatches(s)
        guard !categories.isEmpty || !named.isEmpty else { return [] }
        let level = cues.skillLevels.matches(inWords: s.folded).first?.value ?? inheritedLevel ?? .kunskaper
        // Each category owns the words up to the next category of another kind.
        var groups: [(category: SystemCategory, words: Range<Int>)] = []
        for match in categories {
            if let last = groups.last, last.category == match.value { continue }
            if let last = groups.popLast() {
                groups.append((last.category, last.words.lowerBound..<match.words.lowerBound))
            }
            groups.append((match.value, match.words.lowerBound..<s.folded.count))
        }
        if groups.isEmpty, let first = named.first {
            // "Erfaring med Agresso": the category is the named system's.
            groups.append((first.value.category, 0..<s.folded.count))
        } else if let first = groups.first, first.words.lowerBound > 0 {
            groups[0].words = 0..<first.words.upperBound
        }
        var result: [Requirement] = []
        for group in groups {
            var examples: [String] = []
            for match in named where group.words.contains(match.words.lowerBound) {
                if !examples.contains(match.value.name) { examples.append(match.value.name) }
            }
            for name in unknownExamples(clause, s, in: group.words) where !examples.contains(name) {
                examples.append(name)
            }
            let hasOpenCue = s.find(cues.openCategory, from: group.words.lowerBound).map {
                group.words.contains($0.index)
            } ?? false
            let open = examples.isEmpty || hasOpenCue
            let text = groups.count > 1 ? Self.groupText(clause, s, group.words) : clause
            if group.category == .office, examples.allSatisfy({ $0 == "MS Office" }) {
                result.append(Requirement(text: text, condition: .office(level: level)))
            } else {
                result.append(
                    Requirement(
                        text: text,
                        condition: .system(category: group.category, examples: examples, open: open, level: level)))
            }
        }
        return result
    }

    /// The words of one category's group, through its closing parenthesis, without a trailing "och"/"samt".
    static func groupText(_ clause: String, _ s: WordScanner, _ words: Range<Int>) -> String {
        let start = s.ranges[words.lowerBound].lowerBound
        let end = words.upperBound < s.ranges.count ? s.ranges[words.upperBound].lowerBound : clause.endIndex
        var text = String(clause[start..<end]).trimmingCharacters(in: .whitespacesAndNewlines)
        for conjunction in [" och", " samt", " and", " og", " samt", ","] where text.hasSuffix(conjunction) {
            text = String(text.dropLast(conjunction.count)).trimmingCharacters(in: .whitespaces)
        }
        return text
    }

    /// Names listed after "exempelvis" in a parenthesis that the vocabulary does not know, kept as written.
    private func unknownExamples(_ clause: String, _ s: WordScanner, in words: Range<Int>) -> [String] {
        guard let cue = s.find(cues.examples, from: words.lowerBound), words.contains(cue.index) else { return [] }
        let startIndex = cue.index + cue.count
        guard startIndex < s.ranges.count else { return [] }
        var listText = String(clause[s.ranges[startIndex].lowerBound...])
        if let close = listText.firstIndex(of: ")") { listText = String(listText[..<close]) }
        var names: [String] = []
        let separators = [",", " eller ", " och ", " or ", " and ", " og ", " samt "]
        var parts = [listText]
        for separator in separators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
        for part in parts {
            var name = part.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".()")))
            let scanner = WordScanner(name)
            if let open = scanner.find(cues.openCategory) {
                name = scanner.original(0..<open.index)
            }
            name = name.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: ".()")))
            guard !name.isEmpty, name.count <= 40, name.first?.isUppercase == true || name.contains(where: \.isNumber)
            else { continue }
            if vocabulary.system(named: name) != nil { continue }
            names.append(name)
        }
        return names
    }

    // MARK: Languages

    private func languages(_ clause: String, _ s: WordScanner) -> [Requirement] {
        var names = vocabulary.languageNames.matches(inWords: s.folded, compounds: false)
        if names.isEmpty {
            // "Gode norskkunnskaper", "svenskkunskaper": a language name joined to a word of knowledge.
            for (i, word) in s.folded.enumerated() {
                for suffix in Self.languageSkillWords where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
                    let stem = String(word.dropLast(suffix.count))
                    if let match = vocabulary.languageNames.firstMatch(in: stem, compounds: false) {
                        names.append(PhraseMatcher.Match(value: match.value, words: i..<(i + 1), isPartial: true))
                        break
                    }
                }
            }
        }
        guard !names.isEmpty else { return [] }
        var spoken = s.find(cues.spoken) != nil
        var written = s.find(cues.written) != nil
        if !spoken, !written {
            spoken = true
            written = true
        }
        let skill = cues.skillLevels.matches(inWords: s.folded).first?.value
        let stated = vocabulary.languageLevels.matches(inWords: s.folded).first?.value
        let level: LanguageLevel =
            stated
            ?? {
                switch skill {
                case .storErfarenhet: .c1
                case .goda: .b2
                case .grund: .a2
                case .kunskaper: .b1
                case nil: .b2
                }
            }()
        var seen: Set<String> = []
        let requirements: [Requirement] = names.compactMap { match in
            guard seen.insert(match.value).inserted else { return nil }
            return Requirement(
                text: clause,
                condition: .language(language: match.value, spoken: spoken, written: written, level: level))
        }
        // "Danish, Norwegian or Swedish": any one of them.
        if requirements.count > 1, let first = names.first?.words.lowerBound, let last = names.last?.words.lowerBound,
            s.folded[first..<last].contains(where: { Self.orWords.contains($0) })
        {
            return [Requirement(text: clause, condition: .anyOf(requirements.map { [$0] }))]
        }
        return requirements
    }

    /// Words after a language name that make one word of it: "norskkunnskaper", "svenskkunskaper".
    static let languageSkillWords = ["kunnskaper", "kunnskap", "kunskaper", "kunskap", "kundskaber", "ferdigheter", "kompetanse", "kompetens"]

    /// "or" in the four languages.
    static let orWords: Set<Substring> = ["or", "eller", "alternativt"]

    // MARK: Licence, law

    /// Endings of the names of laws: "-lagen" (sv), "-loven" (no, da).
    static let actEndings = ["lagen", "loven", "lova"]

    private func licence(_ clause: String, _ s: WordScanner) -> Requirement? {
        guard let cue = s.find(cues.licence) else { return nil }
        var licenceClass = "B"
        for i in (cue.index + cue.count)..<s.folded.count where cues.licenceClass.contains(s.folded[i]) {
            if i + 1 < s.folded.count { licenceClass = s.original(i + 1..<i + 2).uppercased() }
            break
        }
        // "B-körkort": the class stands before the word.
        if cue.index > 0, s.folded[cue.index - 1].count <= 2 { licenceClass = s.original(cue.index - 1..<cue.index).uppercased() }
        return Requirement(text: clause, condition: .licence(licenceClass: licenceClass))
    }

    private func law(_ clause: String, _ s: WordScanner, context: Context) -> Requirement? {
        guard let cue = s.find(cues.law) else {
            // A law named by its name: "offentlighetsloven og arkivloven", "förvaltningslagen", "offentlighedsloven".
            let acts = s.folded.indices.filter { i in
                Self.actEndings.contains { s.folded[i].hasSuffix($0) && s.folded[i].count > $0.count + 3 }
            }
            guard let first = acts.first, let last = acts.last else { return nil }
            return Requirement(text: clause, condition: .law(topic: s.original(first..<(last + 1))))
        }
        var rest = s.original(cue.index + cue.count..<s.folded.count)
        for lead in ["och förordningar", "og forskrifter", "and regulations", "och regler", "som styr", "som gäller", "som gjelder",
                     "that govern", "governing", "inom", "innen", "på", "for", "för", "om", "within", "on"] {
            if Folding.asciiFold(rest).hasPrefix(Folding.asciiFold(lead) + " ") {
                rest = String(rest.dropFirst(lead.count)).trimmingCharacters(in: .whitespaces)
            }
        }
        var topic = rest.trimmingCharacters(in: .whitespaces)
        if topic.isEmpty || ["området", "omradet", "fagområdet", "the area"].contains(topic.lowercased()) {
            topic = context.title.map { "området (\($0))" } ?? "området"
        }
        return Requirement(text: clause, condition: .law(topic: topic))
    }
}

import Foundation
