/// A job ad as Passform understands it: its facts, its tasks, and its requirements in the same model
/// as a role profile's, so that a CV is screened against an ad exactly as against the framework.
///
/// The JSON form is stable: every key is always written, `null` when the ad does not say.
///
/// ```json
/// {"title": "Regnskapskonsulent", "employer": "Plan- og bygningsetaten", "location": "Oslo", "language": "no",
///  "tasks": ["Fakturering", …], "requirements": [{"kind": "anyOf", …}, …], "merits": [], "qualities": […],
///  "salary": {"min": 397400, "max": 459800, "currency": "NOK", "period": "year", "text": "Lønnstrinn 26-35 …"},
///  "deadline": null, "extent": null}
/// ```
public struct JobPosting: Sendable, Hashable {
    /// The job title ("Regnskapskonsulent"); never empty.
    public var title: String
    /// The employer, when the ad names it.
    public var employer: String?
    /// Where the job is, when the ad says.
    public var location: String?
    /// The ad's language as ISO 639-1: `sv`, `no` (Norwegian, bokmål or nynorsk), `da` or `en`.
    public var language: String
    /// The tasks, as written.
    public var tasks: [String]
    /// What a candidate must have (an AND of items, as for a role profile).
    public var requirements: [Requirement]
    /// What counts in a candidate's favour but is not required ("meriterande", "ønskelig", "preferred").
    public var merits: [Requirement]
    /// Personal qualities asked for, kept as written: only a person can judge them.
    public var qualities: [String]
    /// The pay, when the ad states it.
    public var salary: Salary?
    /// The last day to apply: `YYYY-MM-DD` when the ad gives a full date, else as written ("snarest").
    public var deadline: String?
    /// How much and how long: `full-time`, `part-time (80%)`, `permanent`, `temporary`, joined by ", ".
    public var extent: String?

    /// A posting; `title` should not be empty.
    public init(
        title: String, employer: String? = nil, location: String? = nil, language: String, tasks: [String] = [],
        requirements: [Requirement] = [], merits: [Requirement] = [], qualities: [String] = [], salary: Salary? = nil,
        deadline: String? = nil, extent: String? = nil
    ) {
        self.title = title
        self.employer = employer
        self.location = location
        self.language = language
        self.tasks = tasks
        self.requirements = requirements
        self.merits = merits
        self.qualities = qualities
        self.salary = salary
        self.deadline = deadline
        self.extent = extent
    }

    /// The pay an ad states: a range or a single amount, or only a text ("Lønnstrinn 26-35", "Individuell lönesättning").
    public struct Salary: Sendable, Hashable, Codable {
        /// What a salary amount is paid for.
        public enum Period: String, Sendable, Hashable, Codable {
            case year, month, hour
        }

        /// The lowest amount, in whole currency units.
        public var min: Int?
        /// The highest amount; equal to `min` for a single amount.
        public var max: Int?
        /// ISO 4217 (`NOK`, `SEK`, `DKK`, `EUR`), when the ad says or its language implies it ("kr").
        public var currency: String?
        /// Per year, month or hour, when the ad says.
        public var period: Period?
        /// The sentence the salary was read from, as written (Norwegian lønnstrinn stay here).
        public var text: String

        /// A salary.
        public init(min: Int? = nil, max: Int? = nil, currency: String? = nil, period: Period? = nil, text: String) {
            self.min = min
            self.max = max
            self.currency = currency
            self.period = period
            self.text = text
        }

        private enum Key: String, CodingKey { case min, max, currency, period, text }

        /// Writes every key, `null` when unknown.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(min, forKey: .min)
            try c.encode(max, forKey: .max)
            try c.encode(currency, forKey: .currency)
            try c.encode(period, forKey: .period)
            try c.encode(text, forKey: .text)
        }
    }
}

// MARK: - Codable

extension JobPosting: Codable {
    private enum Key: String, CodingKey {
        case title, employer, location, language, tasks, requirements, merits, qualities, salary, deadline, extent
    }

    /// Reads the JSON form; missing lists are empty.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        title = try c.decode(String.self, forKey: .title)
        employer = try c.decodeIfPresent(String.self, forKey: .employer)
        location = try c.decodeIfPresent(String.self, forKey: .location)
        language = try c.decodeIfPresent(String.self, forKey: .language) ?? ""
        tasks = try c.decodeIfPresent([String].self, forKey: .tasks) ?? []
        requirements = try c.decodeIfPresent([Requirement].self, forKey: .requirements) ?? []
        merits = try c.decodeIfPresent([Requirement].self, forKey: .merits) ?? []
        qualities = try c.decodeIfPresent([String].self, forKey: .qualities) ?? []
        salary = try c.decodeIfPresent(Salary.self, forKey: .salary)
        deadline = try c.decodeIfPresent(String.self, forKey: .deadline)
        extent = try c.decodeIfPresent(String.self, forKey: .extent)
    }

    /// Writes every key of the contract, `null` when the ad does not say.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(title, forKey: .title)
        try c.encode(employer, forKey: .employer)
        try c.encode(location, forKey: .location)
        try c.encode(language, forKey: .language)
        try c.encode(tasks, forKey: .tasks)
        try c.encode(requirements, forKey: .requirements)
        try c.encode(merits, forKey: .merits)
        try c.encode(qualities, forKey: .qualities)
        try c.encode(salary, forKey: .salary)
        try c.encode(deadline, forKey: .deadline)
        try c.encode(extent, forKey: .extent)
    }
}
