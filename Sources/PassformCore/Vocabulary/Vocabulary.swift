import Foundation

/// The field's words as data: occupations and their families, systems and their categories,
/// education fields and levels, languages and language levels.
///
/// The standard vocabulary ships as JSON files in `Vocabulary/Data`; a person can extend it by
/// passing more files of the same shape to ``merging(_:)``.
public struct Vocabulary: Sendable {
    // MARK: - File shapes

    /// `occupations.json`.
    public struct OccupationFile: Codable, Sendable, Equatable {
        public struct Family: Codable, Sendable, Equatable {
            public var id: String
            public var field: EducationField?
            public var occupations: [OccupationID]
        }
        public struct Occupation: Codable, Sendable, Equatable {
            public var id: OccupationID
            public var titles: [String]
        }
        public var families: [Family]?
        public var occupations: [Occupation]?
        /// Titles of work outside these occupations that hold one of their words ("Sales Assistant", "personlig
        /// assistent"): such a title names no occupation.
        public var outsideTitles: [String]?
    }

    /// `systems.json`.
    public struct SystemFile: Codable, Sendable, Equatable {
        public struct Category: Codable, Sendable, Equatable {
            public var id: SystemCategory
            public var label: String?
            public var terms: [String]
        }
        public struct System: Codable, Sendable, Equatable {
            public var name: String
            public var category: SystemCategory
            public var aliases: [String]
        }
        public var categories: [Category]?
        public var systems: [System]?
    }

    /// `fields.json`.
    public struct FieldFile: Codable, Sendable, Equatable {
        public struct Field: Codable, Sendable, Equatable {
            public var id: EducationField
            public var terms: [String]
        }
        public struct Level: Codable, Sendable, Equatable {
            public var level: EducationLevel
            public var terms: [String]
        }
        public var fields: [Field]?
        public var levels: [Level]?
    }

    /// `languages.json`.
    public struct LanguageFile: Codable, Sendable, Equatable {
        public struct Language: Codable, Sendable, Equatable {
            public var code: String
            public var names: [String]
        }
        public struct Level: Codable, Sendable, Equatable {
            public var level: LanguageLevel
            public var terms: [String]
        }
        public var languages: [Language]?
        public var levels: [Level]?
    }

    /// A system the vocabulary knows.
    public struct System: Sendable, Hashable {
        public var name: String
        public var category: SystemCategory
    }

    // MARK: - Indexes

    /// Occupation titles, and titles outside the occupations (see ``occupationMatches(inWords:compounds:)``).
    private(set) var occupations: PhraseMatcher<OccupationID> = PhraseMatcher()
    public private(set) var systems: PhraseMatcher<System> = PhraseMatcher()
    public private(set) var systemCategories: PhraseMatcher<SystemCategory> = PhraseMatcher()
    public private(set) var educationFields: PhraseMatcher<EducationField> = PhraseMatcher()
    public private(set) var educationLevels: PhraseMatcher<EducationLevel> = PhraseMatcher()
    public private(set) var languageNames: PhraseMatcher<String> = PhraseMatcher()
    public private(set) var languageLevels: PhraseMatcher<LanguageLevel> = PhraseMatcher()
    /// Occupation → the families it belongs to.
    public private(set) var familiesOf: [OccupationID: Set<String>] = [:]
    /// Family → its occupations.
    public private(set) var familyMembers: [String: Set<OccupationID>] = [:]
    /// Family → the education field it calls for.
    public private(set) var familyField: [String: EducationField] = [:]
    /// Category → a person's label ("Lönesystem").
    public private(set) var categoryLabels: [SystemCategory: String] = [:]
    /// Every known system name per category, canonical names only.
    public private(set) var systemsByCategory: [SystemCategory: [String]] = [:]
    /// Every occupation id the vocabulary knows.
    public private(set) var occupationIDs: Set<OccupationID> = []

    /// An empty vocabulary, to build on with ``merging(_:)``.
    public init() {}

    /// The vocabulary shipped with Passform.
    public static let standard: Vocabulary = {
        var vocabulary = Vocabulary()
        for name in ["occupations", "systems", "fields", "languages", "occupations-postings"] {
            guard let data = BundledData.data(name, "json") else { continue }
            try? vocabulary.merge(data)
        }
        return vocabulary
    }()

    /// Thrown when a vocabulary file is not of a known shape.
    public struct FileError: Error, Sendable, CustomStringConvertible {
        public var reason: String
        public var description: String { "not a vocabulary file: \(reason)" }
    }

    /// This vocabulary with the entries of another file (any of the four shapes) added.
    public func merging(_ data: Data) throws -> Vocabulary {
        var copy = self
        try copy.merge(data)
        return copy
    }

    private mutating func merge(_ data: Data) throws {
        let value: JSONValue
        do {
            value = try JSONValue.parse(data)
        } catch {
            throw FileError(reason: "not JSON: " + JSONResumeParser.problem(in: String(decoding: data, as: UTF8.self)))
        }
        guard let json = value.object else {
            throw FileError(reason: "expected a JSON object with keys occupations/families, systems/categories, fields/levels or languages")
        }
        var understood = false
        if let file = OccupationFile(json: json), file.families != nil || file.occupations != nil || file.outsideTitles != nil {
            add(file)
            understood = true
        }
        if let file = SystemFile(json: json), file.categories != nil || file.systems != nil {
            add(file)
            understood = true
        }
        if let file = FieldFile(json: json), file.fields != nil || file.levels != nil {
            add(file)
            understood = true
        }
        if let file = LanguageFile(json: json), file.languages != nil {
            add(file)
            understood = true
        }
        if !understood {
            throw FileError(reason: "expected keys occupations/families, systems/categories, fields/levels or languages")
        }
    }

    private mutating func add(_ file: OccupationFile) {
        for family in file.families ?? [] {
            if let field = family.field { familyField[family.id] = field }
            for occupation in family.occupations {
                familiesOf[occupation, default: []].insert(family.id)
                familyMembers[family.id, default: []].insert(occupation)
            }
        }
        for occupation in file.occupations ?? [] {
            occupationIDs.insert(occupation.id)
            occupations.add(occupation.id.rawValue, occupation.id)
            for title in occupation.titles { occupations.add(title, occupation.id) }
        }
        // In the same matcher, so that the longer "sales assistant" wins over "assistant"; then left out.
        for title in file.outsideTitles ?? [] { occupations.add(title, Self.outside) }
    }

    /// What an outside title matches to inside ``occupations``; never returned.
    private static let outside = OccupationID(rawValue: "")

    /// The occupation titles in folded words, without the words of titles outside the occupations.
    public func occupationMatches(inWords words: [Substring], compounds: Bool = true) -> [PhraseMatcher<OccupationID>.Match] {
        occupations.matches(inWords: words, compounds: compounds).filter { $0.value != Self.outside }
    }

    private mutating func add(_ file: SystemFile) {
        for category in file.categories ?? [] {
            if let label = category.label { categoryLabels[category.id] = label }
            for term in category.terms { systemCategories.add(term, category.id) }
        }
        for system in file.systems ?? [] {
            let value = System(name: system.name, category: system.category)
            systems.add(system.name, value)
            for alias in system.aliases { systems.add(alias, value) }
            if !(systemsByCategory[system.category]?.contains(system.name) ?? false) {
                systemsByCategory[system.category, default: []].append(system.name)
            }
        }
    }

    private mutating func add(_ file: FieldFile) {
        for field in file.fields ?? [] {
            for term in field.terms { educationFields.add(term, field.id) }
        }
        for level in file.levels ?? [] {
            for term in level.terms { educationLevels.add(term, level.level) }
        }
    }

    private mutating func add(_ file: LanguageFile) {
        for language in file.languages ?? [] {
            for name in language.names { languageNames.add(name, language.code) }
        }
        for level in file.levels ?? [] {
            for term in level.terms { languageLevels.add(term, level.level) }
        }
    }

    // MARK: - Questions

    /// True when two occupations share a family ("redovisningsekonom" and "ekonomiassistent"), or are the same.
    public func areSimilar(_ a: OccupationID, _ b: OccupationID) -> Bool {
        if a == b { return true }
        let families = familiesOf[a] ?? []
        return !families.isDisjoint(with: familiesOf[b] ?? [])
    }

    /// The occupations in any family of `occupation`, including itself.
    public func similarOccupations(to occupation: OccupationID) -> Set<OccupationID> {
        var result: Set<OccupationID> = [occupation]
        for family in familiesOf[occupation] ?? [] { result.formUnion(familyMembers[family] ?? []) }
        return result
    }

    /// The occupation a job title names: "Ekonomiassistent", "Regnskapskonsulent", "Accounts Payable Clerk".
    public func occupation(forTitle title: String) -> OccupationID? {
        occupations.firstMatch(in: title).flatMap { $0.value == Self.outside ? nil : $0.value }
    }

    /// The system a name or alias denotes ("Unit4 Business World" → Agresso).
    public func system(named name: String) -> System? {
        systems.firstMatch(in: name, compounds: false)?.value
    }
}
