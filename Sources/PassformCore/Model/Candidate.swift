/// A year and month, the precision at which CVs state employment. Encodes as `"2019-03"`.
public struct YearMonth: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// Months since year 0, so that differences are month counts.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        year = ordinal / 12
        month = ordinal % 12 + 1
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        return "\(year)-\(m)"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }

    /// Reads `"2019-03"`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count >= 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = YearMonth(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected YYYY-MM, got '\(text)'"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Where a fact was read in a document: the line number (from 1) and the line's text, so a verdict can quote it.
public struct SourceSpan: Hashable, Sendable, Codable, CustomStringConvertible {
    public var line: Int
    public var text: String

    public init(line: Int, text: String) {
        self.line = line
        self.text = text
    }

    public var description: String { "line \(line): \(text)" }
}

/// Personal identifiers of a candidate, kept apart from the facts that are screened.
public struct Contacts: Hashable, Sendable, Codable {
    public var emails: [String]
    public var phones: [String]
    public var address: String?
    /// A Swedish personnummer or Norwegian fødselsnummer, as written.
    public var nationalID: String?
    public var birthDate: String?
    public var age: Int?
    public var gender: String?
    public var links: [String]

    public init(
        emails: [String] = [], phones: [String] = [], address: String? = nil, nationalID: String? = nil,
        birthDate: String? = nil, age: Int? = nil, gender: String? = nil, links: [String] = []
    ) {
        self.emails = emails
        self.phones = phones
        self.address = address
        self.nationalID = nationalID
        self.birthDate = birthDate
        self.age = age
        self.gender = gender
        self.links = links
    }
}

/// A completed or ongoing education.
public struct EducationEntry: Hashable, Sendable, Codable {
    public var level: EducationLevel?
    public var field: EducationField?
    /// The degree or programme as written ("Civilekonomprogrammet", "Bachelor i økonomi og administrasjon").
    public var title: String
    public var institution: String?
    public var start: YearMonth?
    public var end: YearMonth?
    public var source: SourceSpan

    public init(
        level: EducationLevel?, field: EducationField?, title: String, institution: String? = nil,
        start: YearMonth? = nil, end: YearMonth? = nil, source: SourceSpan
    ) {
        self.level = level
        self.field = field
        self.title = title
        self.institution = institution
        self.start = start
        self.end = end
        self.source = source
    }
}

/// A job held, at month precision.
public struct EmploymentEntry: Hashable, Sendable, Codable {
    public var title: String
    /// The occupation the title maps to in the vocabulary, if any.
    public var occupation: OccupationID?
    public var employer: String?
    public var start: YearMonth?
    /// The last month worked; nil while the job is ongoing.
    public var end: YearMonth?
    /// True for "nu", "pågående", "present", "d.d.": the end is the as-of date.
    public var isCurrent: Bool
    /// True when the start or end was written as a year only; such months are counted conservatively.
    public var isYearOnly: Bool
    public var publicSector: Bool
    public var source: SourceSpan

    public init(
        title: String, occupation: OccupationID?, employer: String?, start: YearMonth?, end: YearMonth?,
        isCurrent: Bool = false, isYearOnly: Bool = false, publicSector: Bool = false, source: SourceSpan
    ) {
        self.title = title
        self.occupation = occupation
        self.employer = employer
        self.start = start
        self.end = end
        self.isCurrent = isCurrent
        self.isYearOnly = isYearOnly
        self.publicSector = publicSector
        self.source = source
    }
}

/// A system or office skill, normalised to the vocabulary's canonical name.
public struct SkillEntry: Hashable, Sendable, Codable {
    /// Canonical name, such as "Agresso" for "Unit4 Business World".
    public var name: String
    public var category: SystemCategory
    /// The level the CV states, if it states one.
    public var level: SkillLevel?
    public var source: SourceSpan

    public init(name: String, category: SystemCategory, level: SkillLevel?, source: SourceSpan) {
        self.name = name
        self.category = category
        self.level = level
        self.source = source
    }
}

/// A language the candidate knows.
public struct LanguageSkill: Hashable, Sendable, Codable {
    /// ISO 639-1, such as `sv`, `no`, `en`.
    public var language: String
    public var level: LanguageLevel?
    public var source: SourceSpan

    public init(language: String, level: LanguageLevel?, source: SourceSpan) {
        self.language = language
        self.level = level
        self.source = source
    }
}

/// A driving licence class ("B", "BE", "C").
public struct LicenceEntry: Hashable, Sendable, Codable {
    public var licenceClass: String
    public var source: SourceSpan

    private enum CodingKeys: String, CodingKey {
        case licenceClass = "class"
        case source
    }

    public init(licenceClass: String, source: SourceSpan) {
        self.licenceClass = licenceClass
        self.source = source
    }
}

/// A fact stated in words that the vocabulary does not structure further (a certificate, a named law).
public struct NamedFact: Hashable, Sendable, Codable {
    public var name: String
    public var source: SourceSpan

    public init(name: String, source: SourceSpan) {
        self.name = name
        self.source = source
    }
}

/// A CV read into structured facts; every fact keeps the line it came from.
public struct Candidate: Hashable, Sendable, Codable {
    public var name: String?
    public var contacts: Contacts
    public var education: [EducationEntry]
    public var employment: [EmploymentEntry]
    public var skills: [SkillEntry]
    public var languages: [LanguageSkill]
    public var licences: [LicenceEntry]
    public var certifications: [NamedFact]
    /// Laws and regulations the CV names ("LAS", "offentlighets- och sekretesslagen", "GDPR").
    public var laws: [NamedFact]
    /// What the parser could not read or had to guess.
    public var warnings: [String]

    public init(
        name: String? = nil, contacts: Contacts = Contacts(), education: [EducationEntry] = [],
        employment: [EmploymentEntry] = [], skills: [SkillEntry] = [], languages: [LanguageSkill] = [],
        licences: [LicenceEntry] = [], certifications: [NamedFact] = [], laws: [NamedFact] = [],
        warnings: [String] = []
    ) {
        self.name = name
        self.contacts = contacts
        self.education = education
        self.employment = employment
        self.skills = skills
        self.languages = languages
        self.licences = licences
        self.certifications = certifications
        self.laws = laws
        self.warnings = warnings
    }
}
