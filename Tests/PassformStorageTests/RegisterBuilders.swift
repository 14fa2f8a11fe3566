import Foundation
import PassformCore
import PassformStorage
import PassformTestSupport

enum RegisterBuilders {
    static let occupations: [OccupationID?] = [
        "ekonomiassistent", "redovisningsekonom", "controller", "loneadministrator", "personaladministrator", "registrator",
        "arkivarie", "administrator", "assistent", "handlaggare", "receptionist", "vaxeltelefonist", "jurist",
        "kommunikator", nil,
    ]
    static let systems: [(String, SystemCategory)] = [
        ("Agresso", "ekonomisystem"), ("Raindance", "ekonomisystem"), ("Visma", "ekonomisystem"), ("Heroma", "lonesystem"),
        ("Hogia", "lonesystem"), ("Primula", "hr-system"), ("Public360", "dokument-och-arendehanteringssystem"),
        ("Platina", "dokument-och-arendehanteringssystem"), ("MS Office", .office), ("Excel", .office),
    ]

    /// A varied synthetic candidate: jobs (some current, some year-only, some of unknown occupation), education,
    /// systems, languages and licences.
    static func candidate(_ n: Int, using rng: inout SeededRandom) -> Candidate {
        var line = 0
        func span(_ text: String) -> SourceSpan {
            line += 1
            return SourceSpan(line: line, text: text)
        }
        var employment: [EmploymentEntry] = []
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            let occupation = occupations.randomElement(using: &rng) ?? nil
            let yearOnly = Int.random(in: 0..<5, using: &rng) == 0
            let startYear = Int.random(in: 2008...2025, using: &rng)
            let start = YearMonth(year: startYear, month: yearOnly ? 12 : Int.random(in: 1...12, using: &rng))
            let current = Int.random(in: 0..<4, using: &rng) == 0
            let endOrdinal = start.ordinal + Int.random(in: -2...60, using: &rng)
            var end: YearMonth? = current ? nil : YearMonth(ordinal: endOrdinal)
            if yearOnly, let e = end { end = YearMonth(year: e.year, month: 1) }
            employment.append(
                EmploymentEntry(
                    title: occupation?.rawValue ?? "Projektkoordinator", occupation: occupation, employer: "Region Syd",
                    start: Int.random(in: 0..<12, using: &rng) == 0 ? nil : start, end: end, isCurrent: current,
                    isYearOnly: yearOnly, publicSector: Bool.random(using: &rng), source: span("job")))
        }
        var education: [EducationEntry] = []
        for _ in 0..<Int.random(in: 0...2, using: &rng) {
            let level = ([nil] + EducationLevel.allCases.map(Optional.some)).randomElement(using: &rng) ?? nil
            let field: EducationField? = [nil, "ekonomi", "juridik", "personal"].randomElement(using: &rng) ?? nil
            education.append(EducationEntry(level: level, field: field, title: "utbildning", source: span("education")))
        }
        var skills: [SkillEntry] = []
        for _ in 0..<Int.random(in: 0...4, using: &rng) {
            guard let (name, category) = systems.randomElement(using: &rng) else { continue }
            let level = ([nil] + SkillLevel.allCases.map(Optional.some)).randomElement(using: &rng) ?? nil
            skills.append(SkillEntry(name: name, category: category, level: level, source: span(name)))
        }
        let languages = ["sv", "en", "no"].filter { _ in Bool.random(using: &rng) }.map {
            LanguageSkill(language: $0, level: LanguageLevel.allCases.randomElement(using: &rng), source: span($0))
        }
        let licences = Bool.random(using: &rng) ? [LicenceEntry(licenceClass: "B", source: span("Körkort B"))] : []
        return Candidate(
            name: "Person \(n)", contacts: Contacts(emails: ["person\(n)@example.se"]), education: education,
            employment: employment, skills: skills, languages: languages, licences: licences,
            laws: Bool.random(using: &rng) ? [NamedFact(name: "LAS", source: span("LAS"))] : [])
    }

    /// A CV file for `candidate`: synthetic bytes that differ per candidate.
    static func cv(_ candidate: Candidate, file: String? = nil, text: String? = nil) -> CVImport {
        let body = text ?? "\(candidate.name ?? "")\n\(candidate.contacts.emails.joined(separator: ", "))\n"
        return CVImport(fileName: file ?? "\(candidate.name ?? "cv").txt", bytes: Data(body.utf8), candidate: candidate)
    }

    /// A person with contact details, for linking and erasure tests.
    static func person(name: String, email: String?, nationalID: String? = nil) -> Candidate {
        var candidate = Candidate.fixture(
            jobs: [("Ekonomiassistent", "ekonomiassistent", "2019-01", nil)], education: [(.gymnasium, nil)],
            skills: [("Agresso", "ekonomisystem", .goda)])
        candidate.name = name
        candidate.contacts = Contacts(
            emails: email.map { [$0] } ?? [], phones: ["070-123 45 67"], address: "Storgatan 1, 123 45 Uppsala",
            nationalID: nationalID, age: 41)
        candidate.employment[0].title = "Ekonomiassistent"
        return candidate
    }
}
