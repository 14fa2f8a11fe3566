/// Makes a deterministic corpus of synthetic CVs in Swedish, Norwegian, Danish and English, with each person's true facts.
///
/// ```swift
/// let generator = CorpusGenerator(seed: 42, asOf: YearMonth(year: 2026, month: 11))
/// let person = generator.person(at: 0)            // the same person for the same seed and index, always
/// let text = person.text(layout: generator.layout(for: person))
/// let truth = GroundTruth(person, file: "cv-000000.txt", format: "txt", asOf: generator.asOf)
/// ```
///
/// Each person is drawn from a generator seeded by the corpus seed and the person's index, so a corpus of
/// 100,000 can be made in any order, or in parts, and person 17 is the same in every corpus with that seed.
/// Careers run backwards from the as-of date: the latest job (often ongoing), then older ones with gaps,
/// the odd overlap and parental leave; a job's dates are written in one of four styles, year-only among them.
public struct CorpusGenerator: Sendable {
    /// The corpus seed.
    public let seed: UInt64
    /// The month "now" means in every CV and in the ground truth.
    public let asOf: YearMonth

    /// A generator for `seed` at `asOf`.
    public init(seed: UInt64, asOf: YearMonth) {
        self.seed = seed
        self.asOf = asOf
    }

    typealias Phrases = CorpusPhrases

    /// The person at `index` (0-based).
    public func person(at index: Int) -> SyntheticCV {
        var random = SeededRandom(seed: seed, index: index)
        let language = random.pick(weighted: [(SyntheticCV.Language.swedish, 45), (.norwegian, 20), (.danish, 15), (.english, 20)])
        let first = random.pick(Phrases.firstNames[language] ?? [])
        let last = random.pick(Phrases.lastNames[language] ?? [])
        let main = random.pick(weighted: Phrases.occupations.map { ($0, $0.weight) })
        let style = random.pick(weighted: [
            (SyntheticCV.DateStyle.isoMonth, 40), (.slashMonth, 20), (.monthName, 40),
        ])
        let jobs = career(main: main, language: language, style: style, random: &random)
        let firstStart = jobs.map(\.start).min() ?? asOf
        let education = schooling(main: main, language: language, before: firstStart.year, random: &random)
        let systems = systems(main: main, jobs: jobs, random: &random)
        let withDuties = mentionSystems(systems, in: jobs, language: language, random: &random)
        let email = Self.asciiHandle(first) + "." + Self.asciiHandle(last) + "\(index % 100)@example."
            + (language == .swedish ? "se" : language == .norwegian ? "no" : language == .danish ? "dk" : "co.uk")
        let phone: String
        switch language {
        case .swedish: phone = "07\(random.int(in: 0...9))-\(random.int(in: 100...999)) \(random.int(in: 10...99)) \(random.int(in: 10...99))"
        case .norwegian: phone = "\(random.int(in: 400...999)) \(random.int(in: 10...99)) \(random.int(in: 100...999))"
        case .english: phone = "+44 7700 \(random.int(in: 900_000...900_999))"
        case .danish: phone = "+45 \(random.int(in: 20...99)) \(random.int(in: 10...99)) \(random.int(in: 10...99)) \(random.int(in: 10...99))"
        }
        return SyntheticCV(
            id: Self.id(index), language: language, name: "\(first) \(last)", email: email, phone: phone,
            city: random.pick(Phrases.cities[language] ?? []), jobs: withDuties, education: education, systems: systems,
            languages: spoken(language, random: &random), licences: licences(random: &random), mainOccupation: main.id)
    }

    /// The person's identifier at `index`: `cv-000017`.
    public static func id(_ index: Int) -> String {
        let digits = String(index)
        return "cv-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// How the person's text CV is laid out: drawn from the person's own generator, after the facts.
    public func layout(for person: SyntheticCV, index: Int) -> SyntheticCV.Layout {
        var random = SeededRandom(seed: seed ^ 0x5EED_1A40, index: index)
        return SyntheticCV.Layout(
            entry: random.pick(weighted: [
                (.datesFirst, 30), (.datesColumn, 20), (.titleLine, 20), (.markdown, 10), (.employerFirst, 10), (.stacked, 10),
            ]),
            headingVariant: random.int(below: 6), joiner: random.int(below: 4), presentVariant: random.int(below: 3),
            skillStyle: random.int(below: 3), bullet: random.pick(["- ", "• ", "* "]), crlf: random.chance(0.1),
            trailingSpaces: random.chance(0.2), references: random.chance(0.4), extraBlankLines: random.chance(0.2),
            numbers: random.pick(weighted: [(.plain, 55), (.dotted, 15), (.withDay, 15), (.unpadded, 15)]),
            abbreviatedMonths: random.chance(0.5), capitalTitles: random.chance(0.1), headingColon: random.chance(0.15),
            connector: random.pick(weighted: [(0, 60), (1, 25), (2, 15)]), qualifiers: random.chance(0.15),
            openStart: random.chance(0.3), oldestFirst: random.chance(0.1), dutyMentions: random.chance(0.2),
            groupedSkills: random.chance(0.2), inlineLanguages: random.chance(0.25), shortLicence: random.chance(0.3))
    }

    // MARK: - Career

    private func career(
        main: Phrases.Occupation, language: SyntheticCV.Language, style: SyntheticCV.DateStyle, random: inout SeededRandom
    ) -> [SyntheticCV.Job] {
        let count = random.pick(weighted: [(1, 15), (2, 30), (3, 30), (4, 17), (5, 8)])
        var jobs: [SyntheticCV.Job] = []
        var cursor = asOf.ordinal  // the month before which the next older job ends
        for n in 0..<count {
            let occupation = n == 0 || random.chance(0.55) ? main : random.pick(weighted: Phrases.occupations.map { ($0, $0.weight) })
            let isCurrent = n == 0 && random.chance(0.7)
            let end: Int
            if isCurrent {
                end = asOf.ordinal
            } else if n == 0 {
                end = asOf.ordinal - random.int(in: 1...18)
            } else if random.chance(0.08), let newer = jobs.last {
                end = min(newer.start.ordinal + random.int(in: 0...11), (newer.end ?? asOf).ordinal)  // overlapping jobs
            } else {
                end = cursor - 1 - (random.chance(0.5) ? 0 : random.int(in: 1...10))
            }
            let length = random.int(in: 5...96)
            var start = end - length + 1
            guard start >= YearMonth(year: 1990, month: 1).ordinal else { break }
            var jobStyle = style
            if !isCurrent, n > 0, random.chance(0.15) {
                jobStyle = .yearOnly
                // Year-only jobs span calendar years, so "2014 – 2017" can be read at all.
                if YearMonth(ordinal: start).year == YearMonth(ordinal: end).year { start -= 12 }
            }
            // A leave written like a job, in a gap before the newer job (never counted).
            if n > 0, random.chance(0.08), let newer = jobs.last, newer.start.ordinal - end > 4 {
                jobs.append(
                    SyntheticCV.Job(
                        title: random.pick(Phrases.leaveTitles[language] ?? []), occupation: nil, employer: "",
                        isPublic: false, start: YearMonth(ordinal: end + 1), end: YearMonth(ordinal: newer.start.ordinal - 1),
                        dateStyle: style == .yearOnly ? .isoMonth : style, duties: [], isLeave: true))
            }
            let isPublic = occupation.id != nil && random.chance(0.65)
            let employers = (isPublic ? Phrases.publicEmployers : Phrases.companies)[language] ?? []
            jobs.append(
                SyntheticCV.Job(
                    title: random.pick(occupation.titles[language] ?? []), occupation: occupation.id,
                    employer: random.pick(employers), isPublic: isPublic, start: YearMonth(ordinal: start),
                    end: isCurrent ? nil : YearMonth(ordinal: end), dateStyle: jobStyle,
                    duties: random.sample(occupation.duties[language] ?? [], count: random.int(in: 1...2)), isLeave: false))
            cursor = min(cursor, start)
        }
        return jobs
    }

    // MARK: - Education, systems, languages

    private func schooling(
        main: Phrases.Occupation, language: SyntheticCV.Language, before year: Int, random: inout SeededRandom
    ) -> [SyntheticCV.Education] {
        if random.chance(0.05) { return [] }
        let level = random.pick(main.levels)
        let field = random.pick(main.fields)
        let school = random.pick(Phrases.schools(language, level: level, field: field))
        let end = min(year - random.int(in: 0...2), asOf.year)
        var result = [
            SyntheticCV.Education(
                level: school.level, field: school.field, title: school.title, institution: school.institution,
                startYear: end - school.years, endYear: end)
        ]
        if school.level > .gymnasium, random.chance(0.3) {
            let upper = random.pick(Phrases.schools(language, level: .gymnasium, field: nil))
            let upperEnd = end - school.years - random.int(in: 0...3)
            result.append(
                SyntheticCV.Education(
                    level: upper.level, field: upper.field, title: upper.title, institution: upper.institution,
                    startYear: upperEnd - upper.years, endYear: upperEnd))
        }
        return result
    }

    private func systems(main: Phrases.Occupation, jobs: [SyntheticCV.Job], random: inout SeededRandom) -> [SyntheticCV.System] {
        var names = random.sample(main.systems, count: random.int(in: 0...3))
        // An occupation's own list may hold them already: a person states each system once.
        if random.chance(0.6), !names.contains("Excel") { names.append("Excel") }
        if random.chance(0.3), !names.contains("MS Office") { names.append("MS Office") }
        return names.map { name in
            let level = random.pick(weighted: [
                (Optional(SkillLevel.storErfarenhet), 2), (.goda, 4), (.grund, 2), (nil, 1),
            ])
            return SyntheticCV.System(name: name, written: random.pick(Phrases.systemSpellings[name] ?? [name]), level: level)
        }
    }

    /// Adds "… i Agresso" to a duty line for some of the systems the person knows.
    private func mentionSystems(
        _ systems: [SyntheticCV.System], in jobs: [SyntheticCV.Job], language: SyntheticCV.Language, random: inout SeededRandom
    ) -> [SyntheticCV.Job] {
        var jobs = jobs
        let preposition = language == .english ? " in " : " i "
        for system in systems where system.name != "Excel" && system.name != "MS Office" && random.chance(0.5) {
            guard let n = jobs.indices.first(where: { !jobs[$0].isLeave && jobs[$0].occupation != nil && !jobs[$0].duties.isEmpty })
            else { break }
            jobs[n].duties[0] += preposition + system.written
        }
        return jobs
    }

    private func spoken(_ language: SyntheticCV.Language, random: inout SeededRandom) -> [SyntheticCV.Spoken] {
        let english = random.pick([LanguageLevel.b2, .c1])
        switch language {
        case .swedish:
            if random.chance(0.12) {
                return [.init(code: "ar", level: .native), .init(code: "sv", level: .c1), .init(code: "en", level: english)]
            }
            return [.init(code: "sv", level: .native), .init(code: "en", level: english)]
        case .norwegian:
            return [.init(code: "no", level: .native), .init(code: "en", level: english)]
        case .danish:
            return [.init(code: "da", level: .native), .init(code: "en", level: english)]
        case .english:
            return random.chance(0.2) ? [.init(code: "en", level: .native), .init(code: "sv", level: .a2)] : [.init(code: "en", level: .native)]
        }
    }

    private func licences(random: inout SeededRandom) -> [String] {
        if random.chance(0.05) { return ["B", "C"] }
        return random.chance(0.6) ? ["B"] : []
    }

    /// "Åkesson" → "akesson", for e-mail addresses.
    static func asciiHandle(_ name: String) -> String {
        String(Folding.asciiFold(name).filter { $0.isLetter })
    }
}
