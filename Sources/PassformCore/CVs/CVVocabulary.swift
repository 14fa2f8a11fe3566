import Foundation

/// The words a CV reader needs besides the ``Vocabulary``: section headings, dates, skill levels,
/// personal-data cues, public-sector cues and the names of laws.
///
/// The standard set ships as `cv-sections.json`, `cv-dates.json`, `cv-words.json`, `public-sector.json`
/// and `laws.json` in `Vocabulary/Data`; all matching is on folded words (``Folding``).
public struct CVVocabulary: Sendable {
    /// A part of a CV that a heading opens.
    public enum Section: String, Sendable, Codable, CaseIterable {
        case employment, education, skills, languages, licences, certifications, personal, summary, other
    }

    /// A kind of personal data that a labelled line ("Telefon: …") carries.
    enum PersonalKind: String, Sendable, Codable {
        case name, email, phone, address, nationalID, birthDate, age, gender, photo, link, other
    }

    // MARK: - File shapes

    struct SectionFile: Codable {
        struct Entry: Codable {
            var id: Section
            var cues: [String]
        }
        var sections: [Entry]
    }

    struct DateFile: Codable {
        struct Month: Codable {
            var month: Int
            var names: [String]
        }
        struct Semester: Codable {
            var names: [String]
            var start: Int
            var end: Int
        }
        var months: [Month]
        var present: [String]
        var rangeWords: [String]
        var openStartWords: [String]
        var semesters: [Semester]
    }

    struct WordFile: Codable {
        struct Level: Codable {
            var level: SkillLevel
            var terms: [String]
        }
        struct Personal: Codable {
            var kind: PersonalKind
            var cues: [String]
        }
        struct EducationStems: Codable {
            var level: EducationLevel
            var stems: [String]
        }
        var skillLevels: [Level]
        var skillLevelConnectors: [String]
        var personal: [Personal]
        var ageWords: [String]
        var genderWords: [String: [String]]
        var licenceClasses: [String]
        var licenceCues: [String]
        var negations: [String]
        var certificationCues: [String]
        var educationLevels: [EducationStems]
        var institutionCues: [String]
        var titleEmployerSeparators: [String]
        var companyMarkers: [String]
        var documentTitleWords: [String]
        var nonWorkTitles: [String]
        var titleQualifiers: [String]
    }

    struct PublicSectorFile: Codable {
        var words: [String]
        var suffixes: [String]
        var names: [String]
        var privateMarkers: [String]
    }

    struct LawFile: Codable {
        struct Law: Codable {
            var name: String
            var aliases: [String]
        }
        var laws: [Law]
    }

    // MARK: - Indexes

    /// Folded heading ("work experience") → section.
    var sectionCues: [String: Section] = [:]
    /// Every folded word of any heading, and the words that join two headings ("och", "and", "og").
    var sectionWords = FoldedWordSet(["och", "og", "and", "samt", "&"])
    /// The first and last folded word of every heading: a line holding none of them opens no section.
    var sectionEdgeWords = FoldedWordSet([])
    /// Folded month name → month number.
    var monthNames: [String: Int] = [:]
    /// Folded words of "until now" phrases ("i dag" → ["i", "dag"]), longest first.
    var presentPhrases: [[String]] = []
    /// Folded words of range joiners ("t.o.m." → ["t", "o", "m"]).
    var rangePhrases: [[String]] = []
    var openStartPhrases: [[String]] = []
    /// Folded semester word → (start month, end month).
    var semesters: [String: (start: Int, end: Int)] = [:]
    var skillLevels = PhraseMatcher<SkillLevel>()
    var skillLevelConnectors = FoldedWordSet([])
    /// Folded label ("e-post", "telefon") → kind.
    private(set) var personalCues: [String: PersonalKind] = [:]
    /// The keys of ``personalCues``, to rule out a line's words without a look-up.
    private(set) var personalCueFilter = WordFilter()
    var ageWords: Set<String> = []
    /// Folded gender word → "female", "male" or "other".
    var genderWords: [String: String] = [:]
    var licenceClasses: Set<String> = []
    var licenceCueWords = FoldedWordSet([])
    var negations = FoldedWordSet([])
    var certificationCues = FoldedWordSet([])
    /// Education levels in priority order, each with folded stems; a stem starting with `*` may sit inside a word.
    var educationStems: [(level: EducationLevel, prefixes: [[String]], infixes: [String])] = [] {
        didSet {
            var index = [[(entry: Int, prefix: Int)]](repeating: [], count: 256)
            for (e, entry) in educationStems.enumerated() {
                for (p, stem) in entry.prefixes.enumerated() {
                    if let first = stem.first?.utf8.first { index[Int(first)].append((e, p)) }
                }
            }
            educationPrefixesByFirstByte = index
        }
    }
    /// For each first byte, the prefix stems (entry and stem index in ``educationStems``) whose first word starts with
    /// it: a word is compared only with the stems it can start.
    private(set) var educationPrefixesByFirstByte = [[(entry: Int, prefix: Int)]](repeating: [], count: 256)
    var institutionCues = FoldedWordSet([])
    var titleEmployerSeparators: [String] = []
    var companyMarkers = FoldedWordSet([])
    var documentTitleWords: Set<String> = []
    /// Folded titles of periods that are not jobs ("föräldraledig", "parental leave").
    var nonWorkTitles = FoldedWordSet([])
    /// Folded first words of what may follow a title in parentheses without being its employer ("vikariat", "deltid").
    var titleQualifiers = FoldedWordSet([])
    var publicWords = FoldedWordSet([])
    var publicSuffixes: [String] = [] {
        didSet { publicEndings = WordEndings(publicSuffixes) }
    }
    /// ``publicSuffixes``, indexed for look-up.
    private(set) var publicEndings = WordEndings([])
    /// Folded names of public bodies, none empty.
    var publicNames: [[String]] = [] {
        didSet { publicNameFirstWords = FoldedWordSet(publicNames.compactMap { $0.first }) }
    }
    /// The first words of ``publicNames``: words holding none of them name none.
    private(set) var publicNameFirstWords = FoldedWordSet([])
    var privateMarkers = FoldedWordSet([])
    /// The first words of the markers of two words or more, so that word pairs are only built when they may match.
    var privateMarkerFirstWords = FoldedWordSet([])
    /// Law names matched on folded words (inflections allowed).
    var laws = PhraseMatcher<String>()
    /// Law acronyms ("LAS", "OSL") matched case-sensitively on whole tokens.
    var lawAcronyms: [String: String] = [:]

    /// The vocabulary shipped with Passform.
    public static let standard: CVVocabulary = {
        var words = CVVocabulary()
        func load<T: Decodable>(_ name: String, as type: T.Type) -> T? {
            guard let data = BundledData.data(name, "json") else { return nil }
            return try? JSONDecoder().decode(T.self, from: data)
        }
        if let file = load("cv-sections", as: SectionFile.self) { words.add(file) }
        if let file = load("cv-dates", as: DateFile.self) { words.add(file) }
        if let file = load("cv-words", as: WordFile.self) { words.add(file) }
        if let file = load("public-sector", as: PublicSectorFile.self) { words.add(file) }
        if let file = load("laws", as: LawFile.self) { words.add(file) }
        return words
    }()

    /// An empty vocabulary; ``standard`` is the one to use.
    public init() {}

    static func key(_ text: String) -> String {
        key(words: CVText.words(text))
    }

    /// Folded words joined by single spaces, as `joined(separator: " ")` joins them, copying bytes instead of walking
    /// the words generically.
    static func key(words: some Collection<Substring>) -> String {
        if words.count == 1, let only = words.first { return String(only) }
        var total = max(words.count - 1, 0)
        for word in words { total += word.utf8.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var n = 0
            for (i, word) in words.enumerated() {
                if i > 0 {
                    buffer[n] = 32
                    n += 1
                }
                let copied: Int? = word.utf8.withContiguousStorageIfAvailable { bytes in
                    guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
                    (target + n).initialize(from: source, count: bytes.count)
                    return bytes.count
                }
                if let copied {
                    n += copied
                } else {
                    for byte in word.utf8 {
                        buffer[n] = byte
                        n += 1
                    }
                }
            }
            return n
        }
    }

    static func phrase(_ text: String) -> [String] {
        CVText.words(text).map(String.init)
    }

    private mutating func add(_ file: SectionFile) {
        for entry in file.sections {
            for cue in entry.cues {
                sectionCues[Self.key(cue)] = entry.id
                let words = Self.phrase(cue)
                sectionWords.formUnion(words)
                if let first = words.first, let last = words.last { sectionEdgeWords.formUnion([first, last]) }
            }
        }
    }

    private mutating func add(_ file: DateFile) {
        for month in file.months {
            for name in month.names { monthNames[Self.key(name)] = month.month }
        }
        presentPhrases = file.present.map(Self.phrase).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        rangePhrases = file.rangeWords.map(Self.phrase).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        openStartPhrases = file.openStartWords.map(Self.phrase).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        for semester in file.semesters {
            for name in semester.names { semesters[Self.key(name)] = (semester.start, semester.end) }
        }
    }

    private mutating func add(_ file: WordFile) {
        for level in file.skillLevels {
            for term in level.terms { skillLevels.add(term, level.level) }
        }
        skillLevelConnectors = FoldedWordSet(file.skillLevelConnectors.map(Self.key))
        for entry in file.personal {
            for cue in entry.cues {
                personalCues[Self.key(cue)] = entry.kind
                personalCueFilter.insert(Self.key(cue))
            }
        }
        ageWords = Set(file.ageWords.map(Self.key))
        for (gender, terms) in file.genderWords {
            for term in terms { genderWords[Self.key(term)] = gender }
        }
        licenceClasses = Set(file.licenceClasses)
        licenceCueWords = FoldedWordSet(file.licenceCues.flatMap(Self.phrase))
        negations = FoldedWordSet(file.negations.map(Self.key))
        certificationCues = FoldedWordSet(file.certificationCues.map(Self.key))
        for entry in file.educationLevels {
            var prefixes: [[String]] = []
            var infixes: [String] = []
            for stem in entry.stems {
                if stem.hasPrefix("*") {
                    infixes.append(Folding.asciiFold(String(stem.dropFirst())))
                } else {
                    prefixes.append(Self.phrase(stem))
                }
            }
            educationStems.append((entry.level, prefixes, infixes))
        }
        institutionCues = FoldedWordSet(file.institutionCues.map(Self.key))
        titleEmployerSeparators = file.titleEmployerSeparators
        companyMarkers = FoldedWordSet(file.companyMarkers.map(Self.key))
        documentTitleWords = Set(file.documentTitleWords.map(Self.key))
        nonWorkTitles = FoldedWordSet(file.nonWorkTitles.map(Self.key))
        titleQualifiers = FoldedWordSet(file.titleQualifiers.map(Self.key))
    }

    private mutating func add(_ file: PublicSectorFile) {
        publicWords = FoldedWordSet(file.words.map(Self.key))
        publicSuffixes = file.suffixes.map(Self.key).sorted { $0.count > $1.count }
        publicNames = file.names.map(Self.phrase).filter { !$0.isEmpty }
        privateMarkers = FoldedWordSet(file.privateMarkers.map(Self.key))
        privateMarkerFirstWords = FoldedWordSet(file.privateMarkers.map(Self.key).compactMap { marker in
            marker.split(separator: " ", maxSplits: 1).count > 1 ? String(marker.split(separator: " ")[0]) : nil
        })
    }

    private mutating func add(_ file: LawFile) {
        for law in file.laws {
            for alias in law.aliases {
                let isAcronym = alias.count <= 6 && !alias.contains(where: \.isLowercase) && !alias.contains(" ")
                if isAcronym {
                    lawAcronyms[alias] = law.name
                } else {
                    laws.add(alias, law.name)
                }
            }
        }
    }
}
