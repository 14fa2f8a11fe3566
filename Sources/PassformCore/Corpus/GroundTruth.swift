import Foundation

/// What is true of one synthetic person at the corpus's as-of date: one line of the corpus's `truth.jsonl`.
///
/// Months follow Passform's documented reading (README, "Semantics"): the union of the jobs' month intervals,
/// inclusive of the first and last month, overlapping jobs once, leave never; a job whose dates are written as
/// years only counts from the December of its start year to the January of its end year. They are computed
/// here from the generator's own facts, never from a parse.
public struct GroundTruth: Sendable, Hashable, Codable {
    /// A job as it counts.
    public struct Job: Sendable, Hashable, Codable {
        public var occupation: OccupationID?
        /// The first month counted.
        public var start: YearMonth
        /// The last month counted (the as-of month for an ongoing job).
        public var end: YearMonth
        public var isCurrent: Bool
        public var isYearOnly: Bool
        public var isPublic: Bool
    }

    /// An education, as level and field.
    public struct School: Sendable, Hashable, Codable {
        public var level: EducationLevel
        public var field: EducationField?
    }

    /// A system with its stated level (nil when the CV states none).
    public struct System: Sendable, Hashable, Codable {
        public var name: String
        public var level: SkillLevel?
    }

    /// A language and its level.
    public struct Spoken: Sendable, Hashable, Codable {
        public var code: String
        public var level: LanguageLevel
    }

    public var id: String
    /// The CV's file name within the corpus folder.
    public var file: String
    /// `txt`, `json` or `docx`.
    public var format: String
    public var language: SyntheticCV.Language
    public var asOf: YearMonth
    /// Months per occupation id, for every occupation with at least one month.
    public var months: [String: Int]
    /// Months in the union of all jobs, whatever the occupation.
    public var totalMonths: Int
    public var jobs: [Job]
    public var education: [School]
    public var systems: [System]
    public var languages: [Spoken]
    public var licences: [String]

    /// The truth about `person` at `asOf`, for the file it was written to.
    public init(_ person: SyntheticCV, file: String, format: String, asOf: YearMonth) {
        id = person.id
        self.file = file
        self.format = format
        language = person.language
        self.asOf = asOf
        var jobs: [Job] = []
        for job in person.jobs where !job.isLeave {
            let start = job.dateStyle == .yearOnly ? YearMonth(year: job.start.year, month: 12) : job.start
            var end = job.end.map { job.dateStyle == .yearOnly ? YearMonth(year: $0.year, month: 1) : $0 } ?? asOf
            end = min(end, asOf)
            guard start <= end else { continue }
            jobs.append(
                Job(occupation: job.occupation, start: start, end: end, isCurrent: job.end == nil,
                    isYearOnly: job.dateStyle == .yearOnly, isPublic: job.isPublic))
        }
        self.jobs = jobs
        var months: [String: Int] = [:]
        for occupation in Set(jobs.compactMap(\.occupation)) {
            months[occupation.rawValue] = Self.unionMonths(jobs.filter { $0.occupation == occupation })
        }
        self.months = months
        totalMonths = Self.unionMonths(jobs)
        education = person.education.map { School(level: $0.level, field: $0.field) }
        systems = person.systems.map { System(name: $0.name, level: $0.level) }
        languages = person.languages.map { Spoken(code: $0.code, level: $0.level) }
        licences = person.licences
    }

    /// Months in the union of the jobs' intervals, inclusive.
    static func unionMonths(_ jobs: [Job]) -> Int {
        let intervals = jobs.map { ($0.start.ordinal, $0.end.ordinal) }.sorted { $0.0 < $1.0 }
        var total = 0
        var current: (Int, Int)?
        for (start, end) in intervals {
            if let (s, e) = current, start <= e + 1 {
                current = (s, max(e, end))
            } else {
                if let (s, e) = current { total += e - s + 1 }
                current = (start, end)
            }
        }
        if let (s, e) = current { total += e - s + 1 }
        return total
    }

    /// The true facts as a ``Candidate``, so the screening engine can say who is truly qualified for an ad.
    public var candidate: Candidate {
        let source = SourceSpan(line: 0, text: "ground truth")
        let vocabulary = Vocabulary.standard
        return Candidate(
            name: id,
            education: education.map { EducationEntry(level: $0.level, field: $0.field, title: $0.level.rawValue, source: source) },
            employment: jobs.map {
                EmploymentEntry(
                    title: $0.occupation?.rawValue ?? "other work", occupation: $0.occupation, employer: nil, start: $0.start,
                    end: $0.isCurrent ? nil : $0.end, isCurrent: $0.isCurrent, isYearOnly: $0.isYearOnly,
                    publicSector: $0.isPublic, source: source)
            },
            skills: systems.compactMap { system in
                vocabulary.system(named: system.name).map {
                    SkillEntry(name: $0.name, category: $0.category, level: system.level, source: source)
                }
            },
            languages: languages.map { LanguageSkill(language: $0.code, level: $0.level, source: source) },
            licences: licences.map { LicenceEntry(licenceClass: $0, source: source) })
    }

    /// The record as one line of JSON with sorted keys (no line break).
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Reads the records of a `truth.jsonl` file's text.
    /// - Throws: `DecodingError` for a line that is not a record.
    public static func records(inJSONLines text: String) throws -> [GroundTruth] {
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try decoder.decode(GroundTruth.self, from: Data($0.utf8))
        }
    }
}
