import Foundation

/// Reads single facts out of a piece of CV text: systems with levels, languages, licences, laws,
/// education levels and fields, public-sector employers. Shared by the text, JSON Resume and Europass readers.
package struct CVFactReader: Sendable {
    /// The vocabularies behind one reference. A reader is copied into every parser and many closures; a copy of the
    /// vocabularies themselves retains each of their dozens of collections, atomically, on storage that every core
    /// shares, which made copies a measurable part of reading thousands of CVs on two cores.
    private final class Storage: Sendable {
        let vocabulary: Vocabulary
        let words: CVVocabulary
        let dates: DateRangeParser

        init(vocabulary: Vocabulary, words: CVVocabulary) {
            self.vocabulary = vocabulary
            self.words = words
            dates = DateRangeParser(words: words)
        }
    }

    private let storage: Storage

    package var vocabulary: Vocabulary { _read { yield storage.vocabulary } }
    package var words: CVVocabulary { _read { yield storage.words } }
    package var dates: DateRangeParser { _read { yield storage.dates } }

    package init(vocabulary: Vocabulary = .standard, words: CVVocabulary = .standard) {
        storage = Storage(vocabulary: vocabulary, words: words)
    }

    // MARK: - Systems

    /// The systems named in `text`, each with the level the text states for it.
    ///
    /// A level before a system applies to it and to the systems listed after it ("goda kunskaper i Agresso,
    /// Raindance och Excel"); a level right after a system and not followed by another system applies to that
    /// system alone ("Excel – expert", "Visma (grundläggande)"). Clauses end at `;`, `|` and `•`.
    package func skills(in text: String, source: SourceSpan) -> [SkillEntry] {
        skills(in: text, folded: CVText.words(text), source: source)
    }

    /// The same, for a line whose folded words are at hand (they let a line without systems be skipped at once).
    package func skills(in text: String, folded lineWords: [Substring], source: SourceSpan) -> [SkillEntry] {
        let lineSystems = vocabulary.systems.matches(inWords: lineWords, compounds: false)
        guard !lineSystems.isEmpty else { return [] }
        var result: [SkillEntry] = []
        let hasSeparator = CVText.contains(text, byte: 59) || CVText.contains(text, byte: 124) || CVText.contains(text, "•") || CVText.contains(text, "·")
        // An ASCII line of one clause: its words and systems are the line's, and its closings are found on the bytes.
        if !hasSeparator, let closes = Self.asciiClosings(text), closes.count == lineWords.count {
            appendSkills(systems: lineSystems, words: lineWords, closes: closes, source: source, to: &result)
            return result
        }
        let clauses = hasSeparator ? Self.clauses(text, marks: Self.skillClauseMarks) : [Substring(text)]
        for clause in clauses {
            let (folded, closes) = CVText.wordsAndClosings(String(clause))
            guard !folded.isEmpty else { continue }
            let systems = vocabulary.systems.matches(inWords: folded, compounds: false)
            guard !systems.isEmpty else { continue }
            appendSkills(systems: systems, words: folded, closes: closes, source: source, to: &result)
        }
        return result
    }

    /// Whether punctuation or the end of the text follows each word of an ASCII text, as
    /// ``CVText/wordsAndClosings(_:)`` gives it; nil for a text with any other byte.
    static func asciiClosings(_ text: String) -> [Bool]? {
        var closings = CVText.WordClosings(byteCount: text.utf8.count)
        var inWord = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            if (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte) {
                if !inWord {
                    closings.startWord()
                    inWord = true
                }
            } else {
                inWord = false
                closings.separator(UInt32(byte))
            }
        }
        return closings.finish()
    }

    /// Appends the systems of one clause (its folded words, and whether punctuation closes each) with their levels.
    private func appendSkills(
        systems: [PhraseMatcher<Vocabulary.System>.Match], words folded: [Substring], closes: [Bool], source: SourceSpan,
        to result: inout [SkillEntry]
    ) {
        let levels = words.skillLevels.matches(inWords: folded, compounds: false)
        // A level closed by punctuation ("Agresso (goda kunskaper), Excel") qualifies what comes before it only.
        let isClosed = levels.map { closes[$0.words.upperBound - 1] }
        for (k, system) in systems.enumerated() {
            let nextSystemStart = k + 1 < systems.count ? systems[k + 1].words.lowerBound : folded.count
            let systemEnd = system.words.upperBound
            var level: SkillLevel?
            let trailing = levels.indices.first { i in
                let start = levels[i].words.lowerBound
                return start >= systemEnd && start - systemEnd <= 3 && levels[i].words.upperBound <= nextSystemStart
                    && (isClosed[i] || !introducesSystem(levels[i], systems: systems, words: folded))
            }
            if let trailing {
                level = levels[trailing].value
            } else if var leading = levels.indices.last(where: { levels[$0].words.upperBound <= system.words.lowerBound }),
                !isClosed[leading]
            {
                // "Svært gode kunnskaper i Proceedo": of levels written one after another, the first qualifies the rest.
                while leading > 0, levels[leading - 1].words.upperBound == levels[leading].words.lowerBound, !isClosed[leading - 1] {
                    leading -= 1
                }
                level = levels[leading].value
            } else if let listEnd = levels.indices.first(where: { levels[$0].words.lowerBound >= systemEnd }),
                isClosed[Self.lastAdjacent(from: listEnd, in: levels)], levels[listEnd].words.lowerBound - systemEnd <= 8
            {
                // "QlikView, Power BI – mycket goda kunskaper": a closing level after a list covers the whole list.
                level = levels[listEnd].value
            }
            result.append(SkillEntry(name: system.value.name, category: system.value.category, level: level, source: source))
        }
    }

    /// The last of the level phrases written one after another from `first` ("svært gode" "kunnskaper").
    static func lastAdjacent(from first: Int, in levels: [PhraseMatcher<SkillLevel>.Match]) -> Int {
        var last = first
        while last + 1 < levels.count, levels[last + 1].words.lowerBound == levels[last].words.upperBound { last += 1 }
        return last
    }

    /// True when a level phrase is followed, after connector words only, by a system: it qualifies that system.
    private func introducesSystem(
        _ level: PhraseMatcher<SkillLevel>.Match, systems: [PhraseMatcher<Vocabulary.System>.Match], words folded: [Substring]
    ) -> Bool {
        var i = level.words.upperBound
        while i < folded.count {
            if systems.contains(where: { $0.words.lowerBound == i }) { return true }
            guard words.skillLevelConnectors.contains(folded[i]) else { return false }
            i += 1
        }
        return false
    }

    /// Splits `text` at any of `separators` (single characters), dropping empty parts.
    static func clauses(_ text: String, separators: Set<Character>) -> [Substring] {
        clauses(text, marks: separators.map { Array(String($0).utf8) })
    }

    static let skillClauseMarks: [[UInt8]] = [";", "|", "•", "·"].map { Array($0.utf8) }
    static let languageClauseMarks: [[UInt8]] = [",", ";", "|", "/", "•", "·"].map { Array($0.utf8) }

    /// Splits `text` at any of the UTF-8 sequences `marks`, dropping empty parts.
    static func clauses(_ text: String, marks: [[UInt8]]) -> [Substring] {
        // The bytes a mark starts with, a bit each: every other byte is passed over without looking at the marks.
        var starts = SIMD4<UInt64>()
        for mark in marks { if let first = mark.first { starts[Int(first >> 6)] |= 1 << UInt64(first & 63) } }
        var result: [Substring] = []
        let utf8 = text.utf8
        /// The part of `text` between two byte offsets.
        func part(_ lower: Int, _ upper: Int) -> Substring {
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: lower)..<utf8.index(utf8.startIndex, offsetBy: upper)])
        }
        CVText.withUTF8(text) { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 0
                if byte < 0x80 || byte >= 0xC0, starts[Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0 {
                    for mark in marks where mark[0] == byte {
                        var k = 1
                        while k < mark.count, index + k < bytes.count, bytes[index + k] == mark[k] { k += 1 }
                        if k == mark.count {
                            length = k
                            break
                        }
                    }
                }
                if length > 0 {
                    if start < index { result.append(part(start, index)) }
                    index += length
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { result.append(part(start, bytes.count)) }
        }
        return result
    }

    // MARK: - Languages

    /// The languages named in a line of a language section, with their levels.
    ///
    /// Each clause (between commas, semicolons, bars) names languages and at most one level; a clause with
    /// only a level ("Engelska, flytande") gives it to the languages of the clause before.
    package func languages(in text: String, source: SourceSpan) -> [LanguageSkill] {
        languages(in: text, folded: CVText.words(text), source: source)
    }

    /// The same, for a line whose folded words are at hand. The clause marks fold to separators, so a clause's words
    /// are a run of the line's: a line without a language name (most of a skills section) has no clause with one.
    package func languages(in text: String, folded lineWords: [Substring], source: SourceSpan) -> [LanguageSkill] {
        let lineNames = vocabulary.languageNames.matches(inWords: lineWords, compounds: false)
        guard !lineNames.isEmpty else { return [] }
        var result: [LanguageSkill] = []
        var pending: [Int] = []
        for clause in Self.clauses(text, marks: Self.languageClauseMarks) {
            let isWholeLine = clause.utf8.count == text.utf8.count
            let folded = isWholeLine ? lineWords : CVText.words(String(clause))
            let names = isWholeLine ? lineNames : vocabulary.languageNames.matches(inWords: folded, compounds: false)
            let levels = vocabulary.languageLevels.matches(inWords: folded, compounds: false)
                .filter { match in !names.contains { $0.words.overlaps(match.words) } }
            if names.isEmpty {
                if let level = levels.first?.value {
                    for index in pending where result[index].level == nil { result[index].level = level }
                }
                pending = []
                continue
            }
            pending = []
            for (k, name) in names.enumerated() where !result.contains(where: { $0.language == name.value }) {
                // Several languages in one clause ("Svenska (modersmål) och engelska (B2)"): each takes the level
                // written after it and before the next language; a single level covers them all.
                let next = k + 1 < names.count ? names[k + 1].words.lowerBound : folded.count
                let own = levels.first { $0.words.lowerBound >= name.words.upperBound && $0.words.lowerBound < next }
                let level = own?.value ?? (levels.count == 1 ? levels[0].value : levels.last { $0.words.upperBound <= name.words.lowerBound }?.value)
                result.append(LanguageSkill(language: name.value, level: level, source: source))
                if level == nil { pending.append(result.count - 1) }
            }
        }
        return result
    }

    // MARK: - Licences

    /// The driving-licence classes in a line; `.negated` for "inget körkort", `.unclassified` when a licence is
    /// named without a class.
    package enum LicenceReading: Equatable {
        case classes([String])
        case negated
        case unclassified
        case none
    }

    /// Reads licence classes from a line that is about driving licences (a licence section, or a line naming one).
    package func licences(in text: String, inSection: Bool) -> LicenceReading {
        licences(in: text, folded: CVText.words(text), inSection: inSection)
    }

    /// The same, for a line whose folded words are at hand.
    package func licences(in text: String, folded lineWords: [Substring], inSection: Bool) -> LicenceReading {
        var hasCue = false
        for i in lineWords.indices where words.licenceCueWords.contains(lineWords[i]) || Self.namesLicence(lineWords[i]) {
            hasCue = true
            break
        }
        guard inSection || hasCue else { return .none }
        let tokens = Self.letterTokens(text)
        let folded = tokens.map { CVText.fold($0) }
        if folded.contains(where: { words.negations.contains($0) }) { return .negated }
        var classes: [String] = []
        for (i, token) in tokens.enumerated() {
            if words.licenceClasses.contains(token) {
                if !classes.contains(token) { classes.append(token) }
            } else if token.count <= 3, words.licenceClasses.contains(token.uppercased()), i + 1 < folded.count,
                words.licenceCueWords.contains(folded[i + 1]) || folded[i + 1].hasSuffix("korkort")
            {
                // "b-körkort"
                if !classes.contains(token.uppercased()) { classes.append(token.uppercased()) }
            }
        }
        if !classes.isEmpty { return .classes(classes) }
        return hasCue ? .unclassified : .none
    }

    /// The runs of letters and digits in `text`, as `text.split { !($0.isLetter || $0.isNumber) }` gives them. No
    /// scalar below U+0300 joins the one before it (CR LF aside, both separators), so a text of only such scalars is
    /// split scalar by scalar, without breaking it into characters.
    static func letterTokens(_ text: String) -> [String] {
        guard !text.utf8.contains(where: { $0 >= 0xCC }) else {
            return text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        }
        var tokens: [String] = []
        let scalars = text.unicodeScalars
        var start: String.Index?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let value = scalar.value
            let isWordScalar = value < 0x80
                ? (0x61...0x7A).contains(value | 0x20) || (0x30...0x39).contains(value)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar {
                if start == nil { start = i }
            } else if let first = start {
                tokens.append(String(text[first..<i]))
                start = nil
            }
            scalars.formIndex(after: &i)
        }
        if let first = start { tokens.append(String(text[first...])) }
        return tokens
    }

    /// True when a folded word ends in "korkort", "forerkort" or "korekort" (a licence, "B-körkort"). Folded words
    /// hold no combining marks, so a byte suffix is a character suffix.
    static func namesLicence(_ word: Substring) -> Bool {
        CVText.withUTF8(word) { bytes in
            bytes.last == UInt8(ascii: "t")
                && (hasSuffix(bytes, "korkort") || hasSuffix(bytes, "forerkort") || hasSuffix(bytes, "korekort"))
        }
    }

    private static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let tail = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        return tail.isEmpty
            || bytes.count >= tail.count && memcmp(bytes.baseAddress! + (bytes.count - tail.count), tail.baseAddress!, tail.count) == 0
    }

    // MARK: - Laws and certificates

    /// The laws a line names ("LAS", "offentlighets- och sekretesslagen", "forvaltningsloven").
    package func laws(in text: String, source: SourceSpan) -> [NamedFact] {
        laws(in: text, folded: CVText.words(text), source: source)
    }

    /// The same, for a line whose folded words are at hand.
    package func laws(in text: String, folded: [Substring], source: SourceSpan) -> [NamedFact] {
        var names: [String] = []
        for match in words.laws.matches(inWords: folded, compounds: false) where !names.contains(match.value) {
            names.append(match.value)
        }
        // Acronyms: whole tokens of at most six bytes, starting with a capital (ASCII or Å/Ä/Ö in UTF-8).
        CVText.withUTF8(text) { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                guard Self.isTokenByte(b) else {
                    i += 1
                    continue
                }
                var j = i
                while j < bytes.count, Self.isTokenByte(bytes[j]) { j += 1 }
                // A token that no acronym's first, second and last byte and length fit is passed without a string.
                if j - i <= 6, (65...90).contains(b) || b == 0xC3,
                    words.lawAcronymFilter.mayContain(first: b, second: j - i > 1 ? bytes[i + 1] : 0, last: bytes[j - 1], length: j - i)
                {
                    let token = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<j]), as: UTF8.self)
                    if let law = words.lawAcronyms[token], !names.contains(law) { names.append(law) }
                }
                i = j
            }
        }
        return names.map { NamedFact(name: $0, source: source) }
    }

    /// An ASCII letter or digit, or any byte of a non-ASCII character: a byte of an acronym's token.
    @inline(__always)
    private static func isTokenByte(_ c: UInt8) -> Bool {
        (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) || c >= 0x80
    }

    /// True when a line names a certificate ("Certifierad lönekonsult", "Autorisert regnskapsfører").
    package func mentionsCertificate(_ text: String) -> Bool {
        mentionsCertificate(CVText.words(text))
    }

    /// The same, for folded words.
    package func mentionsCertificate(_ folded: [Substring]) -> Bool {
        for i in folded.indices where words.certificationCues.contains(folded[i]) { return true }
        return false
    }

    // MARK: - Education

    /// The education level a degree or school names, by the data's stems in priority order
    /// (yrkeshögskola, master, högskola, gymnasium, grundskola).
    package func educationLevel(in text: String) -> EducationLevel? {
        let folded = CVText.words(text).map(String.init)
        let stems = words.educationStems
        let byFirstByte = words.educationPrefixesByFirstByte
        // The first entry (in priority order) with a stem that matches wins. Prefix stems are looked up by the first
        // byte of the word they would start; a stem's first part starts the word it matches. Stems and candidates
        // are read in place, by index: a copied stem or list is retained and released, atomically.
        var best = Int.max
        for i in folded.indices {
            guard let first = folded[i].utf8.first else { continue }
            for c in byFirstByte[Int(first)].indices where byFirstByte[Int(first)][c].entry < best {
                let (e, p) = byFirstByte[Int(first)][c]
                let count = stems[e].prefixes[p].count
                guard i + count <= folded.count else { continue }
                var ok = true
                for k in 0..<count {
                    let isLast = k == count - 1
                    // Folded words hold no combining marks, so a byte prefix is a character prefix.
                    if isLast
                        ? !(folded[i + k] == stems[e].prefixes[p][k]
                            || (CVText.hasPrefix(folded[i + k], stems[e].prefixes[p][k]) && stems[e].prefixes[p][k].count >= 3))
                        : folded[i + k] != stems[e].prefixes[p][k]
                    {
                        ok = false
                        break
                    }
                }
                if ok { best = e }
            }
        }
        for e in 0..<min(best, stems.count) {
            for infix in stems[e].infixes where folded.contains(where: { CVText.contains($0, infix) }) {
                return stems[e].level
            }
        }
        return best < stems.count ? stems[best].level : nil
    }

    /// The education field a degree names ("Ekonomprogrammet" → ekonomi), via the vocabulary.
    package func educationField(in text: String) -> EducationField? {
        let words = CVText.words(text)
        if let exact = Self.best(vocabulary.educationFields.matches(inWords: words, compounds: false)) { return exact.value }
        if let compound = Self.best(vocabulary.educationFields.matches(inWords: words))?.value { return compound }
        // "Civilekonomexamen", "Redovisningsutbildning", "Siviløkonomutdanning": the field leads a degree word.
        for word in words {
            // Folded words hold no combining marks, so a byte suffix is a character suffix.
            guard let length = Self.degreeEndings.endingLength(word, extra: 3) else { continue }
            var lead = Substring(word.utf8.dropLast(length))
            if let field = Self.best(vocabulary.educationFields.matches(inWords: [lead]))?.value { return field }
            guard lead.last == "s" else { continue }
            lead = lead.dropLast()
            if let field = Self.best(vocabulary.educationFields.matches(inWords: [lead]))?.value { return field }
        }
        return nil
    }

    /// Folded degree words that end compounds naming a field: "-examen", "-utbildning", "-utdanning", "-programmet".
    private static let degreeEndings = WordEndings([
        "examen", "exam", "utbildningen", "utbildning", "utdanningen", "utdanning", "uddannelsen", "uddannelse", "programmet",
        "program", "linjen", "linja", "studiet", "studier",
    ])

    /// True when a piece of text names a school ("Lunds universitet", "Handelshøyskolen BI").
    package func namesInstitution(_ text: String) -> Bool {
        namesInstitution(folded: CVText.words(text))
    }

    func namesInstitution(folded: [Substring]) -> Bool {
        // Folded words hold no combining marks, so byte suffixes are character suffixes.
        folded.contains { w in words.institutionCues.contains(w) || Self.institutionEndings.end(w) }
    }

    private static let institutionEndings = WordEndings([
        "universitet", "hogskolan", "hoyskolen", "hogskolen", "skolan", "skolen", "gymnasiet", "akademin", "akademiet",
    ])

    // MARK: - Employers

    /// True when an employer's name marks a public body (kommun, region, myndighet, -verket, statens, etaten …)
    /// and no company marker (AB, AS, A/S, Ltd) says otherwise.
    package func isPublicSector(_ employer: String) -> Bool {
        isPublicSector(folded: CVText.words(employer))
    }

    /// The same, for an employer's folded words (looked up as they are, not copied into Strings first).
    func isPublicSector(folded: [Substring]) -> Bool {
        guard !folded.isEmpty else { return false }
        // Each word is looked up once, for all the sets it may be in; a private marker anywhere rules the name out
        // before any public cue counts.
        var kinds: CVVocabulary.EmployerWordKind = []
        for i in folded.indices {
            let kind = words.employerWordKind(folded[i])
            if kind.contains(.privateMarker) { return false }
            if i + 1 < folded.count, kind.contains(.privateMarkerFirstWord),
                words.privateMarkers.contains(String(folded[i]) + " " + folded[i + 1])
            {
                return false
            }
            kinds.formUnion(kind)
        }
        if kinds.contains(.publicWord) { return true }
        for i in folded.indices where folded[i].utf8.count > 5 && words.publicEndings.end(folded[i], extra: 2) {
            return true
        }
        guard kinds.contains(.publicNameFirstWord) else { return false }
        for name in words.publicNames where name.count <= folded.count && folded.contains(where: { $0 == name[0] }) {
            for i in 0...(folded.count - name.count) where folded[i..<(i + name.count)].elementsEqual(name, by: ==) {
                return true
            }
        }
        return false
    }

    /// The occupation a job title names, as ``Vocabulary/occupation(forTitle:)`` finds it, on fast-folded words.
    package func occupation(forTitle title: String) -> OccupationID? {
        occupation(forWords: CVText.words(title))
    }

    /// The same, for a title's folded words.
    package func occupation(forWords words: [Substring]) -> OccupationID? {
        // Whole words first (a dictionary look-up per word); compounds ("Ekonomiassistentvikarie") only when that fails.
        if let exact = Self.best(vocabulary.occupationMatches(inWords: words, compounds: false)) { return exact.value }
        return Self.best(vocabulary.occupationMatches(inWords: words))?.value
    }

    /// The best of several matches: a whole-word match over a partial one, then the longest, as
    /// ``PhraseMatcher/firstMatch(in:compounds:)`` picks it.
    static func best<Value>(_ matches: [PhraseMatcher<Value>.Match]) -> PhraseMatcher<Value>.Match? {
        matches.max { a, b in
            if a.isPartial != b.isPartial { return a.isPartial }
            return a.words.count < b.words.count
        }
    }

    /// True when a piece of text reads as an organisation's name rather than a job title.
    package func namesOrganisation(_ text: String) -> Bool {
        namesOrganisation(words: CVText.words(text))
    }

    /// The same, for a text's folded words.
    package func namesOrganisation(words foldedWords: [Substring]) -> Bool {
        organisationCues(words: foldedWords).namesOrganisation
    }

    /// Whether a text's folded words name an organisation, and whether they mark a public body, which is found first.
    func organisationCues(words folded: [Substring]) -> (namesOrganisation: Bool, isPublicSector: Bool) {
        if isPublicSector(folded: folded) { return (true, true) }
        if namesInstitution(folded: folded) { return (true, false) }
        return (folded.contains { words.companyMarkers.contains($0) || words.privateMarkers.contains($0) }, false)
    }

    /// A title and employer as ``splitTitleAndEmployer(_:)`` splits them (or a degree and school), with what the split
    /// learnt on the way.
    struct TitleSplit {
        var title: String
        var employer: String?
        /// The title's folded words, when the split folded them.
        var titleWords: [Substring]?
        /// The title's occupation (which may be none), when the split looked it up.
        var occupation: OccupationID??
        /// Whether the employer marks a public body, when the split found out.
        var employerIsPublic: Bool?
    }

    /// Splits "Ekonomiassistent, Malmö stad", "Malmö stad – Ekonomiassistent", "Controller | Region Skåne | Lund"
    /// or "Löneadministratör på Skatteverket" into a title and an employer.
    package func splitTitleAndEmployer(_ text: String) -> (title: String, employer: String?) {
        let split = titleSplit(text)
        return (split.title, split.employer)
    }

    /// The same, keeping the title's folded words, its occupation and the employer's public-sector mark where the
    /// split computed them, so that ``employment(title:titleWords:employer:range:source:asOf:warnings:)`` need not.
    func titleSplit(_ text: String) -> TitleSplit {
        if let parenthesised = employerInParentheses(text) {
            return TitleSplit(title: parenthesised.title, employer: parenthesised.employer)
        }
        let trimmed = Self.trim(text)
        for separator in words.titleEmployerSeparators {
            guard CVText.contains(trimmed, separator) else { continue }
            var pieces: [String] = []
            for part in CVText.components(of: trimmed, separatedBy: separator) {
                let piece = Self.trim(part)
                if !piece.isEmpty { pieces.append(piece) }
            }
            guard pieces.count >= 2 else { continue }
            let pieceWords = pieces.map(CVText.words)
            let cues = pieceWords.map { organisationCues(words: $0) }
            // The title is the first piece, not an organisation, that names an occupation; else the first piece that is
            // not an organisation (its occupation looked up: none), else the first piece (not looked up).
            var chosen: Int?
            var titleOccupation: OccupationID??
            for i in pieces.indices where !cues[i].namesOrganisation {
                let found = occupation(forWords: pieceWords[i])
                if chosen == nil || found != nil {
                    chosen = i
                    titleOccupation = .some(found)
                }
                if found != nil { break }
            }
            let titleIndex = chosen ?? 0
            var employerIndex = pieces.indices.first { $0 != titleIndex && cues[$0].namesOrganisation }
            if employerIndex == nil {
                employerIndex = titleIndex + 1 < pieces.count ? titleIndex + 1 : (titleIndex > 0 ? titleIndex - 1 : nil)
            }
            return TitleSplit(
                title: pieces[titleIndex], employer: employerIndex.map { pieces[$0] }, titleWords: pieceWords[titleIndex],
                occupation: titleOccupation, employerIsPublic: employerIndex.map { cues[$0].isPublicSector })
        }
        return TitleSplit(title: trimmed, employer: nil)
    }

    /// "Ekonomiassistent (Skatteverket)", "Servitør (Tripletex AS)": a title and, in closing parentheses, what is
    /// not a qualifier of it ("(vikariat)", "(part-time)"), when the part before is a known title alone or the part
    /// inside names an organisation. Nil for any other text.
    func employerInParentheses(_ text: String) -> (title: String, employer: String)? {
        let utf8 = text.utf8
        // The last "(" whose group ends the text; its ")" may already be trimmed off with the line's punctuation.
        guard CVText.contains(text, byte: 40), let open = utf8.lastIndex(of: 40) else { return nil }  // "("
        let tail = utf8[utf8.index(after: open)...]
        if let close = tail.firstIndex(of: 41) {  // ")"
            guard tail[tail.index(after: close)...].allSatisfy({ $0 == 32 || $0 == 9 }) else { return nil }
        }
        let inside = Self.trim(Substring(tail))
        let before = CVLine.trimmed(Substring(utf8[..<open]))
        let insideWords = CVText.words(inside)
        guard !before.isEmpty, let first = insideWords.first, !words.titleQualifiers.contains(first),
            !(insideWords.count >= 2 && words.titleQualifiers.contains("\(first) \(insideWords[1])")),
            occupation(forWords: insideWords) == nil, words.titleEmployerSeparators.allSatisfy({ !CVText.contains(before, $0) }),
            occupation(forTitle: before) != nil || namesOrganisation(words: insideWords)
        else { return nil }
        return (before, inside)
    }

    /// Trims spaces and the punctuation that frames a cell ("– ", ",", "(", "*").
    static func trim(_ text: some StringProtocol) -> String {
        if let trimmed = text.utf8.withContiguousStorageIfAvailable({ trim(text, bytes: $0) }) { return trimmed }
        return Array(text.utf8).withUnsafeBufferPointer { trim(text, bytes: $0) }
    }

    /// Trims `text`, whose UTF-8 is `bytes`; a text with nothing to trim is returned as it is, without decoding it.
    private static func trim(_ text: some StringProtocol, bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = 0
        var end = bytes.count
        /// The length of a junk character at `i` (ASCII junk, "–", "—", "•", "·"), or 0.
        func junk(at i: Int, closing: Bool) -> Int {
            switch bytes[i] {
            case 32, 9, 44, 59, 58, 124, 45, 42, 95, 40, 41, 91, 93, 47: return 1
            case 46: return closing ? 1 : 0
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && [0x93, 0x94, 0xA2].contains(bytes[i + 2]): return 3
            case 0xC2 where i + 1 < bytes.count && (bytes[i + 1] == 0xB7 || bytes[i + 1] == 0xA0): return 2
            default: return 0
            }
        }
        while start < end {
            let n = junk(at: start, closing: false)
            if n == 0 { break }
            start += n
        }
        while end > start {
            // Step back over one character: find its first byte.
            var first = end - 1
            while first > start, bytes[first] & 0xC0 == 0x80 { first -= 1 }
            let n = junk(at: first, closing: true)
            if n == 0 || first + n != end { break }
            end = first
        }
        if start == 0 && end == bytes.count { return String(text) }
        var result = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Keep a closing parenthesis that closes something in the text ("Ekonomiassistent (vikariat)").
        if end < bytes.count, bytes[end] == 41, bytes[start..<end].contains(40), !bytes[start..<end].contains(41) { result += ")" }
        return result
    }

    /// An employment entry for a title, employer and period, with warnings about its dates.
    package func employment(
        title: String, employer: String?, range: DateRange?, source: SourceSpan, asOf: YearMonth, warnings: inout [String]
    ) -> EmploymentEntry {
        employment(
            title: title, titleWords: CVText.words(title), employer: employer, range: range, source: source, asOf: asOf,
            warnings: &warnings)
    }

    /// The same, for a title whose folded words are at hand.
    /// `occupation` and `employerIsPublic`, when given, are what ``titleSplit(_:)`` found for this title and employer.
    func employment(
        title: String, titleWords: [Substring], occupation knownOccupation: OccupationID?? = nil, employer: String?,
        employerIsPublic: Bool? = nil, range: DateRange?, source: SourceSpan, asOf: YearMonth, warnings: inout [String]
    ) -> EmploymentEntry {
        var entry = EmploymentEntry(
            title: title, occupation: knownOccupation ?? occupation(forWords: titleWords), employer: employer, start: nil,
            end: nil, publicSector: employer.map { employerIsPublic ?? isPublicSector($0) } ?? false, source: source)
        guard let range else {
            warnings.append("line \(source.line): a job without dates ('\(Self.shortened(title))') is not counted")
            return entry
        }
        let months = range.months
        entry.start = months.start
        entry.end = months.end
        entry.isCurrent = range.isCurrent
        entry.isYearOnly = range.isYearOnly
        if range.isYearOnly {
            let end = range.isCurrent ? "now" : (months.end?.description ?? "")
            warnings.append(
                "line \(source.line): year-only dates; months counted conservatively as \(months.start) to \(end)")
        }
        if let end = months.end, end < months.start {
            warnings.append("line \(source.line): the job ends (\(end)) before it starts (\(months.start)); not counted")
        }
        if months.start > asOf {
            warnings.append("line \(source.line): the job starts (\(months.start)) after the as-of date (\(asOf))")
        }
        return entry
    }

    /// At most 40 characters of a title, for warnings.
    static func shortened(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(39)) + "…"
    }
}
