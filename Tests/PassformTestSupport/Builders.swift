import Foundation
import PassformCore

extension Fixtures {
    /// The framework document shipped in `Profiles/source/` (a verbatim copy of the seed).
    package static func frameworkDocument() throws -> String {
        let url = packageRoot.appendingPathComponent("Profiles/source/konsultkompetenser-kontorstjanster.txt")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The framework's profiles as parsed from the shipped document, by id.
    package static func parsedFramework() throws -> [ProfileID: RoleProfile] {
        let result = RoleProfileDocumentParser().parse(try frameworkDocument())
        return Dictionary(uniqueKeysWithValues: result.profiles.map { ($0.id, $0) })
    }
}

extension Requirement {
    /// The requirement's alternatives, or nil when it is not an `anyOf`.
    package var alternatives: [[Requirement]]? {
        if case .anyOf(let alternatives) = condition { return alternatives }
        return nil
    }
}

extension Candidate {
    /// A candidate built from short descriptions, for engine tests.
    package static func fixture(
        jobs: [(title: String, occupation: OccupationID?, from: String, to: String?)] = [],
        education: [(EducationLevel?, EducationField?)] = [],
        skills: [(String, SystemCategory, SkillLevel?)] = [],
        languages: [(String, LanguageLevel?)] = [],
        licences: [String] = [],
        laws: [String] = [],
        publicEmployer: Bool = false
    ) -> Candidate {
        var line = 0
        func span(_ text: String) -> SourceSpan {
            line += 1
            return SourceSpan(line: line, text: text)
        }
        return Candidate(
            name: "Test Person",
            education: education.map {
                EducationEntry(level: $0.0, field: $0.1, title: "\($0.0?.rawValue ?? "?") \($0.1?.rawValue ?? "")", source: span("education"))
            },
            employment: jobs.map { job in
                EmploymentEntry(
                    title: job.title, occupation: job.occupation, employer: publicEmployer ? "Region Test" : "Test AB",
                    start: YearMonth(job.from), end: job.to.flatMap { YearMonth($0) }, isCurrent: job.to == nil,
                    publicSector: publicEmployer, source: span("\(job.from) – \(job.to ?? "nu") \(job.title)"))
            },
            skills: skills.map { SkillEntry(name: $0.0, category: $0.1, level: $0.2, source: span($0.0)) },
            languages: languages.map { LanguageSkill(language: $0.0, level: $0.1, source: span($0.0)) },
            licences: licences.map { LicenceEntry(licenceClass: $0, source: span("Körkort \($0)")) },
            laws: laws.map { NamedFact(name: $0, source: span($0)) })
    }
}
