import Foundation

extension SyntheticCV {
    /// The CV as a JSON Resume document (jsonresume.org schema v1), pretty-printed with sorted keys.
    ///
    /// Dates are ISO 8601 as the schema asks (`2019-03-01`, or `2019-03`; a year-only job as `2019`); an ongoing job
    /// has no `endDate`; leave is left out, as JSON Resume has no place for it.
    /// - Throws: `EncodingError` (not expected for these values).
    public func jsonResume() throws -> Data {
        let encoder = JSONStyle.encoder()
        return try encoder.encode(JSONResume(self))
    }
}

/// The subset of the JSON Resume schema the corpus writes.
private struct JSONResume: Encodable {
    struct Basics: Encodable {
        var name: String
        var label: String?
        var email: String
        var phone: String
        var location: [String: String]
    }

    struct Work: Encodable {
        var name: String
        var position: String
        var startDate: String
        var endDate: String?
        var summary: String?
    }

    struct Education: Encodable {
        var institution: String
        var studyType: String
        var startDate: String
        var endDate: String
    }

    struct Skill: Encodable {
        var name: String
        var level: String?
    }

    struct Language: Encodable {
        var language: String
        var fluency: String
    }

    struct Certificate: Encodable {
        var name: String
    }

    var basics: Basics
    var work: [Work]
    var education: [Education]
    var skills: [Skill]
    var languages: [Language]
    /// The driving licence, where JSON Resumes written by people put it; absent without one.
    var certificates: [Certificate]?

    init(_ person: SyntheticCV) {
        let main = person.jobs.first { !$0.isLeave && $0.occupation != nil && $0.occupation == person.mainOccupation }
        basics = Basics(
            name: person.name, label: main?.title, email: person.email, phone: person.phone,
            location: ["city": person.city, "countryCode": person.language == .swedish ? "SE" : person.language == .norwegian ? "NO" : person.language == .danish ? "DK" : "GB"])
        work = person.jobs.filter { !$0.isLeave }.enumerated().map { n, job in
            func date(_ month: YearMonth, isEnd: Bool) -> String {
                if job.dateStyle == .yearOnly { return "\(month.year)" }
                let mm = month.month < 10 ? "0\(month.month)" : "\(month.month)"
                return n % 2 == 0 ? "\(month.year)-\(mm)" : "\(month.year)-\(mm)-\(isEnd ? "28" : "01")"
            }
            return Work(
                name: job.employer, position: job.title, startDate: date(job.start, isEnd: false),
                endDate: job.end.map { date($0, isEnd: true) }, summary: job.duties.isEmpty ? nil : job.duties.joined(separator: ". ") + ".")
        }
        education = person.education.map {
            Education(institution: $0.institution, studyType: $0.title, startDate: "\($0.startYear)-08", endDate: "\($0.endYear)-06")
        }
        skills = person.systems.map { system in
            let level: String? =
                switch system.level {
                case .storErfarenhet?: "Advanced"
                case .goda?: "Intermediate"
                case .grund?: "Beginner"
                case .kunskaper?, nil: nil
                }
            return Skill(name: system.written, level: level)
        }
        let names = CorpusPhrases.languageNames[person.language] ?? [:]
        languages = person.languages.map {
            Language(language: names[$0.code] ?? $0.code, fluency: CorpusPhrases.languageLevel(person.language, $0.level))
        }
        if !person.licences.isEmpty {
            let classes = person.licences.joined(separator: ", ")
            let name =
                switch person.language {
                case .swedish: "Körkort \(classes)"
                case .norwegian: "Førerkort klasse \(classes)"
                case .danish: "Kørekort kategori \(classes)"
                case .english: "Full driving licence, category \(classes)"
                }
            certificates = [Certificate(name: name)]
        }
    }
}
