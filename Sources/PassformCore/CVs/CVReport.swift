/// What `passform cv parse` shows for one CV: the candidate's facts, months per occupation at the as-of date,
/// and the parser's warnings. Encodes as the stable JSON of the CV intake (see the README).
public struct CVReport: Encodable, Sendable {
    /// One job, as the JSON shows it.
    public struct Job: Encodable, Sendable {
        public var entry: EmploymentEntry
        /// Months of the job counted at the as-of date (inclusive of first and last month).
        public var months: Int

        enum CodingKeys: String, CodingKey {
            case title, occupation, employer, start, end, current, yearOnly, publicSector, months, source
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entry.title, forKey: .title)
            try container.encode(entry.occupation, forKey: .occupation)
            try container.encode(entry.employer, forKey: .employer)
            try container.encode(entry.start, forKey: .start)
            try container.encode(entry.end, forKey: .end)
            try container.encode(entry.isCurrent, forKey: .current)
            try container.encode(entry.isYearOnly, forKey: .yearOnly)
            try container.encode(entry.publicSector, forKey: .publicSector)
            try container.encode(months, forKey: .months)
            try container.encode(entry.source, forKey: .source)
        }
    }

    /// The file as the user named it.
    public var file: String
    /// The format the file was read as ("text", "docx", "json-resume" …).
    public var format: String
    /// The label in blind mode ("A", "B" …); nil otherwise.
    public var label: String?
    public var asOf: YearMonth
    public var candidate: Candidate
    public var isBlind: Bool

    /// A report of `candidate` at `asOf`; with `blind`, the candidate is ``Candidate/blinded()`` first.
    public init(file: String, format: String, candidate: Candidate, asOf: YearMonth, blindLabel: String? = nil) {
        self.file = file
        self.format = format
        self.asOf = asOf
        self.isBlind = blindLabel != nil
        self.label = blindLabel
        self.candidate = blindLabel == nil ? candidate : candidate.blinded()
    }

    /// Months per occupation id at the as-of date, sorted by id.
    public var experienceMonths: [(occupation: OccupationID, months: Int)] {
        candidate.experienceMonthsByOccupation(asOf: asOf).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The jobs with their months at the as-of date.
    public var jobs: [Job] {
        candidate.employment.map { job in
            Job(entry: job, months: Candidate(employment: [job]).totalExperienceMonths(asOf: asOf))
        }
    }

    enum CodingKeys: String, CodingKey {
        case file, format, candidate, asOf, name, contacts, education, employment, skills, languages, licences
        case certifications, laws, experienceMonths, totalExperienceMonths, warnings
    }

    private struct MonthKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(asOf, forKey: .asOf)
        if let label { try container.encode(label, forKey: .candidate) }
        if !isBlind {
            try container.encode(candidate.name, forKey: .name)
            try container.encode(candidate.contacts, forKey: .contacts)
        }
        try container.encode(candidate.education, forKey: .education)
        try container.encode(jobs, forKey: .employment)
        try container.encode(candidate.skills, forKey: .skills)
        try container.encode(candidate.languages, forKey: .languages)
        try container.encode(candidate.licences, forKey: .licences)
        try container.encode(candidate.certifications, forKey: .certifications)
        try container.encode(candidate.laws, forKey: .laws)
        var months = container.nestedContainer(keyedBy: MonthKey.self, forKey: .experienceMonths)
        for (occupation, count) in experienceMonths {
            try months.encode(count, forKey: MonthKey(stringValue: occupation.rawValue))
        }
        try container.encode(candidate.totalExperienceMonths(asOf: asOf), forKey: .totalExperienceMonths)
        try container.encode(candidate.warnings, forKey: .warnings)
    }

    // MARK: - Text

    /// A person's view of the CV: who (unless blind), the jobs and education as tables, then skills, languages,
    /// licences, laws, months per occupation and warnings.
    public func rendered() -> String {
        var out = "== \(file) (\(format))\n"
        if let label {
            out += "Candidate \(label) (blind)\n"
        } else {
            out += "Name: \(candidate.name ?? "(not found)")\n"
            let contacts = candidate.contacts
            var parts: [String] = contacts.emails + contacts.phones
            if let id = contacts.nationalID { parts.append("id \(id)") }
            if let birth = contacts.birthDate { parts.append("born \(birth)") }
            if let age = contacts.age { parts.append("age \(age)") }
            if !parts.isEmpty { out += "Contacts: \(parts.joined(separator: ", "))\n" }
        }
        out += "\nEmployment\n"
        var jobsTable = TextTable(
            headers: ["Line", "Title", "Occupation", "Employer", "Start", "End", "Public", "Months"],
            alignments: [.right, .left, .left, .left, .left, .left, .left, .right])
        for job in jobs {
            let entry = job.entry
            let end = entry.isCurrent ? "now" : (entry.end?.description ?? "-")
            jobsTable.append([
                "\(entry.source.line)", entry.title, entry.occupation?.rawValue ?? "-", entry.employer ?? "-",
                (entry.start?.description ?? "-") + (entry.isYearOnly ? "*" : ""), end, entry.publicSector ? "yes" : "no",
                "\(job.months)",
            ])
        }
        out += jobs.isEmpty ? "  (none)\n" : jobsTable.rendered()
        out += "\nEducation\n"
        var educationTable = TextTable(headers: ["Line", "Title", "Level", "Field", "Institution", "End"], alignments: [.right, .left, .left, .left, .left, .left])
        for entry in candidate.education {
            educationTable.append([
                "\(entry.source.line)", entry.title, entry.level?.rawValue ?? "-", entry.field?.rawValue ?? "-",
                entry.institution ?? "-", entry.end?.description ?? "-",
            ])
        }
        out += candidate.education.isEmpty ? "  (none)\n" : educationTable.rendered()
        out += "\n"
        let skills = candidate.skills.map { skill in skill.name + (skill.level.map { " (\($0.rawValue))" } ?? "") }
        out += "Skills: \(skills.isEmpty ? "-" : skills.joined(separator: ", "))\n"
        let languages = candidate.languages.map { $0.language + ($0.level.map { " \($0.rawValue)" } ?? "") }
        out += "Languages: \(languages.isEmpty ? "-" : languages.joined(separator: ", "))\n"
        let licences = candidate.licences.map(\.licenceClass)
        out += "Licences: \(licences.isEmpty ? "-" : licences.joined(separator: ", "))\n"
        if !candidate.certifications.isEmpty {
            out += "Certifications: \(candidate.certifications.map(\.name).joined(separator: "; "))\n"
        }
        if !candidate.laws.isEmpty { out += "Laws: \(candidate.laws.map(\.name).joined(separator: ", "))\n" }
        let months = experienceMonths.map { "\($0.occupation) \($0.months)" }
        out += "Months at \(asOf): \(months.isEmpty ? "-" : months.joined(separator: ", ")) (total \(candidate.totalExperienceMonths(asOf: asOf)))\n"
        if jobs.contains(where: { $0.entry.isYearOnly }) { out += "* year-only dates, counted conservatively\n" }
        if !candidate.warnings.isEmpty {
            out += "Warnings:\n"
            for warning in candidate.warnings { out += "  - \(warning)\n" }
        }
        return out
    }
}
