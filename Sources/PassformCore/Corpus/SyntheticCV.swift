/// One synthetic person as the corpus generator made them: the true facts, and how their CV writes them.
///
/// The text, JSON Resume and DOCX renderings are all made from this value, and so is the person's
/// ``GroundTruth``; nothing is read back from a rendering.
public struct SyntheticCV: Sendable, Hashable {
    /// The language the CV is written in.
    public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
        case swedish = "sv"
        case norwegian = "no"
        case english = "en"
        case danish = "da"
    }

    /// How a job's dates are written.
    public enum DateStyle: String, Sendable, Hashable, Codable, CaseIterable {
        /// `2019-03 – 2021-02`
        case isoMonth
        /// `03/2019 – 02/2021`
        case slashMonth
        /// `mars 2019 – feb 2021`, `Mar 2019 – Feb 2021`
        case monthName
        /// `2019 – 2021`: counted conservatively (start year as December, end year as January).
        case yearOnly
    }

    /// A job held.
    public struct Job: Sendable, Hashable {
        public var title: String
        /// The occupation the title is, or nil for work outside the vocabulary (warehouse, shop, care).
        public var occupation: OccupationID?
        public var employer: String
        public var isPublic: Bool
        public var start: YearMonth
        /// Nil while the job is ongoing.
        public var end: YearMonth?
        public var dateStyle: DateStyle
        /// Lines about the work, in the CV's language; systems named here are among ``SyntheticCV/systems``.
        public var duties: [String]
        /// A leave of absence ("Föräldraledig"), written with dates like a job but never counted.
        public var isLeave: Bool

        public init(
            title: String, occupation: OccupationID?, employer: String, isPublic: Bool, start: YearMonth, end: YearMonth?,
            dateStyle: DateStyle, duties: [String], isLeave: Bool
        ) {
            self.title = title
            self.occupation = occupation
            self.employer = employer
            self.isPublic = isPublic
            self.start = start
            self.end = end
            self.dateStyle = dateStyle
            self.duties = duties
            self.isLeave = isLeave
        }
    }

    /// A completed education.
    public struct Education: Sendable, Hashable {
        public var level: EducationLevel
        public var field: EducationField?
        /// "Ekonomiprogrammet", "Bachelor i økonomi og administrasjon".
        public var title: String
        public var institution: String
        public var startYear: Int
        public var endYear: Int
    }

    /// A system or office program, with the level the CV states.
    public struct System: Sendable, Hashable {
        /// The vocabulary's canonical name ("Agresso").
        public var name: String
        /// The name as the CV writes it ("Unit4").
        public var written: String
        public var level: SkillLevel?
    }

    /// A language the person knows.
    public struct Spoken: Sendable, Hashable {
        /// ISO 639-1.
        public var code: String
        public var level: LanguageLevel
    }

    public var id: String
    public var language: Language
    public var name: String
    public var email: String
    public var phone: String
    public var city: String
    /// Most recent first, as CVs list them.
    public var jobs: [Job]
    public var education: [Education]
    public var systems: [System]
    public var languages: [Spoken]
    public var licences: [String]
    /// The occupation the person's career is built around (the summary names it).
    public var mainOccupation: OccupationID?

    public init(
        id: String, language: Language, name: String, email: String, phone: String, city: String, jobs: [Job],
        education: [Education], systems: [System], languages: [Spoken], licences: [String], mainOccupation: OccupationID?
    ) {
        self.id = id
        self.language = language
        self.name = name
        self.email = email
        self.phone = phone
        self.city = city
        self.jobs = jobs
        self.education = education
        self.systems = systems
        self.languages = languages
        self.licences = licences
        self.mainOccupation = mainOccupation
    }
}
