import Foundation
import PassformCore
import PassformTestSupport
import Testing

struct ScreenerTests {
    let asOf = YearMonth(year: 2026, month: 11)

    func requirement(_ condition: Requirement.Condition, _ text: String = "krav") -> Requirement {
        Requirement(text: text, condition: condition)
    }

    func outcome(_ condition: Requirement.Condition, _ candidate: Candidate) -> RequirementOutcome? {
        let screener = Screener(target: ScreeningTarget(id: "t", title: "T", requirements: [requirement(condition)]))
        return screener.evaluate(candidate, asOf: asOf).requirements.first
    }

    // MARK: Experience

    @Test func thirtyFiveMonthsIsNotThreeYearsButThirtySixIs() {
        let threeYears = Requirement.Condition.experience(months: 36, occupation: "ekonomiassistent", match: .as)
        let short = Candidate.fixture(jobs: [("Ekonomiassistent", "ekonomiassistent", "2021-01", "2023-11")])
        let exact = Candidate.fixture(jobs: [("Ekonomiassistent", "ekonomiassistent", "2021-01", "2023-12")])
        #expect(outcome(threeYears, short)?.status == .unmet)
        #expect(outcome(threeYears, short)?.missing == "1 more month as ekonomiassistent (has 35 of 36)")
        #expect(outcome(threeYears, exact)?.status == .met)
    }

    @Test func overlappingJobsCountOnce() {
        let candidate = Candidate.fixture(jobs: [
            ("Ekonomiassistent", "ekonomiassistent", "2020-01", "2021-12"),
            ("Ekonomiassistent (deltid)", "ekonomiassistent", "2021-01", "2022-06"),
        ])
        #expect(candidate.experienceMonths(asOf: asOf) { _ in true } == 30)
        #expect(outcome(.experience(months: 31, occupation: "ekonomiassistent", match: .as), candidate)?.status == .unmet)
        #expect(outcome(.experience(months: 30, occupation: "ekonomiassistent", match: .as), candidate)?.status == .met)
    }

    @Test func similarWorkCountsTheOccupationalFamilyButAsDoesNot() {
        let candidate = Candidate.fixture(jobs: [("Redovisningsekonom", "redovisningsekonom", "2020-01", "2022-12")])
        #expect(outcome(.experience(months: 36, occupation: "ekonomiassistent", match: .similar), candidate)?.status == .met)
        #expect(outcome(.experience(months: 36, occupation: "ekonomiassistent", match: .as), candidate)?.status == .unmet)
        #expect(outcome(.experience(months: 12, occupation: "ekonomiassistent", match: .similar),
            .fixture(jobs: [("Vaktmästare", "vaktmastare", "2010-01", nil)]))?.status == .unmet)
    }

    @Test func anOngoingJobRunsToTheAsOfDate() {
        let candidate = Candidate.fixture(jobs: [("Registrator", "registrator", "2024-12", nil)])
        #expect(outcome(.experience(months: 24, occupation: "registrator", match: .as), candidate)?.status == .met)
        #expect(outcome(.experience(months: 25, occupation: "registrator", match: .as), candidate)?.status == .unmet)
    }

    @Test func yearOnlyDatesThatMightSufficeGoToReview() {
        var candidate = Candidate.fixture(jobs: [("Ekonomiassistent", "ekonomiassistent", "2016-12", "2019-01")])
        candidate.employment[0].isYearOnly = true
        // Conservatively Dec 2016 – Jan 2019 = 26 months; read widely, Jan 2016 – Dec 2019 = 48.
        #expect(outcome(.experience(months: 26, occupation: "ekonomiassistent", match: .as), candidate)?.status == .met)
        #expect(outcome(.experience(months: 36, occupation: "ekonomiassistent", match: .as), candidate)?.status == .review)
        #expect(outcome(.experience(months: 60, occupation: "ekonomiassistent", match: .as), candidate)?.status == .unmet)
    }

    @Test func jobsWithUnknownTitlesThatMightSufficeGoToReview() {
        let candidate = Candidate.fixture(jobs: [
            ("Ekonomiassistent", "ekonomiassistent", "2022-01", "2022-12"), ("Handläggare ekonomi", nil, "2023-01", "2024-12"),
        ])
        #expect(outcome(.experience(months: 24, occupation: "ekonomiassistent", match: .similar), candidate)?.status == .review)
        // "som ekonomiassistent" needs a title the vocabulary reads as one.
        #expect(outcome(.experience(months: 24, occupation: "ekonomiassistent", match: .as), candidate)?.status == .unmet)
    }

    // MARK: Education

    @Test func gymnasiumOrEquivalentIsMetByAnyLevelAbove() {
        let gymnasium = Requirement.Condition.education(level: .gymnasium, field: nil, orEquivalent: true)
        #expect(outcome(gymnasium, .fixture(education: [(.hogskola, "juridik")]))?.status == .met)
        #expect(outcome(gymnasium, .fixture(education: [(.gymnasium, nil)]))?.status == .met)
        #expect(outcome(gymnasium, .fixture(education: [(.grundskola, nil)]))?.status == .unmet)
    }

    @Test func aRequiredFieldMustMatch() {
        let economics = Requirement.Condition.education(level: .hogskola, field: "ekonomi", orEquivalent: true)
        #expect(outcome(economics, .fixture(education: [(.hogskola, "ekonomi")]))?.status == .met)
        #expect(outcome(economics, .fixture(education: [(.master, "ekonomi")]))?.status == .met)
        #expect(outcome(economics, .fixture(education: [(.hogskola, "biologi")]))?.status == .unmet)
    }

    @Test func yrkeshogskolaForHogskolaOrEquivalentIsForReview() {
        let economics = Requirement.Condition.education(level: .hogskola, field: "ekonomi", orEquivalent: true)
        let yh = Candidate.fixture(education: [(.yrkeshogskola, "ekonomi")])
        #expect(outcome(economics, yh)?.status == .review)
        let strict = Requirement.Condition.education(level: .hogskola, field: "ekonomi", orEquivalent: false)
        #expect(outcome(strict, yh)?.status == .unmet)
    }

    // MARK: Systems

    @Test func anOpenCategoryIsMetByAnySystemOfIt() {
        let economySystem = Requirement.Condition.system(
            category: "ekonomisystem", examples: ["Agresso", "Raindance"], open: true, level: .kunskaper)
        #expect(outcome(economySystem, .fixture(skills: [("Visma", "ekonomisystem", nil)]))?.status == .met)
        let closed = Requirement.Condition.system(category: "ekonomisystem", examples: ["Agresso"], open: false, level: .kunskaper)
        #expect(outcome(closed, .fixture(skills: [("Visma", "ekonomisystem", nil)]))?.status == .unmet)
        #expect(outcome(closed, .fixture(skills: [("Agresso", "ekonomisystem", .goda)]))?.status == .met)
    }

    @Test func aStatedLevelBelowTheLevelAskedIsNotMet() {
        let goodOffice = Requirement.Condition.office(level: .goda)
        let basicExcel = Candidate.fixture(skills: [("Excel", "office", .grund)])
        #expect(outcome(goodOffice, basicExcel)?.status == .unmet)
        #expect(outcome(goodOffice, .fixture(skills: [("Excel", "office", .goda)]))?.status == .met)
        #expect(outcome(goodOffice, .fixture(skills: [("MS Office", "office", nil)]))?.status == .met)
        #expect(outcome(.office(level: .grund), basicExcel)?.status == .met)
        #expect(outcome(goodOffice, basicExcel)?.missing == "Excel at level grund, below the goda asked")
        let extensive = Requirement.Condition.system(category: "telefonvaxel", examples: [], open: true, level: .storErfarenhet)
        #expect(outcome(extensive, .fixture(skills: [("Puzzel", "telefonvaxel", .goda)]))?.status == .review)
        #expect(outcome(extensive, .fixture(skills: [("Puzzel", "telefonvaxel", .grund)]))?.status == .unmet)
    }

    // MARK: Languages, licences, laws, public sector

    @Test func languagesByLevel() {
        let goodEnglish = Requirement.Condition.language(language: "en", spoken: true, written: true, level: .b2)
        #expect(outcome(goodEnglish, .fixture(languages: [("en", .b2)]))?.status == .met)
        #expect(outcome(goodEnglish, .fixture(languages: [("en", .native)]))?.status == .met)
        #expect(outcome(goodEnglish, .fixture(languages: [("en", .a2)]))?.status == .unmet)
        #expect(outcome(goodEnglish, .fixture(languages: [("en", nil)]))?.status == .review)
        #expect(outcome(goodEnglish, .fixture(languages: [("sv", .native)]))?.status == .review)
    }

    @Test func licenceClassesIncludeTheLowerOnes() {
        #expect(outcome(.licence(licenceClass: "B"), .fixture(licences: ["C"]))?.status == .met)
        #expect(outcome(.licence(licenceClass: "BE"), .fixture(licences: ["B"]))?.status == .unmet)
        #expect(outcome(.licence(licenceClass: "B"), .fixture())?.status == .unmet)
    }

    @Test func lawsAndPublicSectorNeedClearEvidenceElseReview() {
        #expect(outcome(.law(topic: "offentlig verksamhet"), .fixture(laws: ["Offentlighets- och sekretesslagen"]))?.status == .met)
        #expect(outcome(.law(topic: "offentlig verksamhet"), .fixture())?.status == .review)
        let publicJob = Candidate.fixture(jobs: [("Registrator", "registrator", "2020-01", nil)], publicEmployer: true)
        #expect(outcome(.publicSector, publicJob)?.status == .met)
        #expect(outcome(.publicSector, .fixture(jobs: [("Registrator", "registrator", "2020-01", nil)]))?.status == .review)
    }

    // MARK: Alternatives and verdicts

    @Test func alternativeBMetButNotAStillQualifies() throws {
        let profile = try #require(try Fixtures.parsedFramework()["ekonomiassistent-2"])
        let candidate = Candidate.fixture(
            jobs: [("Ekonomiassistent", "ekonomiassistent", "2019-01", "2024-12")], education: [(.gymnasium, nil)],
            skills: [("Agresso", "ekonomisystem", .goda), ("Excel", "office", .goda)])
        let evaluation = Screener(target: ScreeningTarget(profile)).evaluate(candidate, asOf: asOf)
        #expect(evaluation.verdict == .qualified)
        let anyOf = try #require(evaluation.requirements.first)
        #expect(anyOf.kind == "anyOf")
        #expect(anyOf.alternatives?[0].map(\.status) == [.unmet, .met])
        #expect(anyOf.alternatives?[1].map(\.status) == [.met, .met])
    }

    @Test func verdictIsNotQualifiedOnAnyUnmetElseReviewOnAnyReview() {
        let target = ScreeningTarget(id: "t", title: "T", requirements: [
            requirement(.experience(months: 12, occupation: "registrator", match: .as)), requirement(.judgement),
        ])
        let screener = Screener(target: target)
        let experienced = Candidate.fixture(jobs: [("Registrator", "registrator", "2020-01", nil)])
        #expect(screener.evaluate(experienced, asOf: asOf).verdict == .review)
        #expect(screener.evaluate(Candidate.fixture(), asOf: asOf).verdict == .notQualified)
        let plain = Screener(target: ScreeningTarget(id: "t", title: "T", requirements: [target.requirements[0]]))
        #expect(plain.evaluate(experienced, asOf: asOf).verdict == .qualified)
    }

    @Test func scoreNeverDropsWhenARelevantFactIsAdded() {
        let target = ScreeningTarget(
            id: "t", title: "T",
            requirements: [
                requirement(.experience(months: 12, occupation: "ekonomiassistent", match: .as)),
                requirement(.system(category: "ekonomisystem", examples: ["Agresso"], open: true, level: .kunskaper)),
                requirement(.education(level: .gymnasium, field: nil, orEquivalent: true)),
            ],
            merits: [requirement(.system(category: "analysverktyg", examples: ["Power BI"], open: false, level: .kunskaper))])
        let screener = Screener(target: target)
        var candidate = Candidate.fixture(
            jobs: [("Ekonomiassistent", "ekonomiassistent", "2024-01", nil)], education: [(.gymnasium, nil)],
            skills: [("Agresso", "ekonomisystem", nil)])
        var last = screener.evaluate(candidate, asOf: asOf).score
        let additions: [(inout Candidate) -> Void] = [
            { $0.skills.append(SkillEntry(name: "Power BI", category: "analysverktyg", level: nil, source: .init(line: 90, text: "Power BI"))) },
            { $0.skills.append(SkillEntry(name: "Visma", category: "ekonomisystem", level: nil, source: .init(line: 91, text: "Visma"))) },
            { $0.employment.append(EmploymentEntry(title: "Ekonomiassistent", occupation: "ekonomiassistent", employer: nil,
                start: YearMonth(year: 2019, month: 1), end: YearMonth(year: 2023, month: 12), source: .init(line: 92, text: "job"))) },
            { $0.education.append(EducationEntry(level: .hogskola, field: "ekonomi", title: "Ekonom", source: .init(line: 93, text: "edu"))) },
        ]
        for add in additions {
            add(&candidate)
            let score = screener.evaluate(candidate, asOf: asOf).score
            #expect(score >= last)
            last = score
        }
        #expect(last > 60)
        #expect(last <= 100)
    }
}

struct ScreenerFastPathTests {
    @Test func withoutExplanationsTheVerdictsAndScoresAreTheSame() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples/cvs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) && !$0.lowercased().hasPrefix("readme") }
        let asOf = YearMonth(year: 2026, month: 11)
        let candidates = try files.sorted().map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return PreparedCandidate(try CVTextParser().parse(TextDecoding.decode(data).text, asOf: asOf, file: name), asOf: asOf)
        }
        #expect(candidates.count >= 10)
        for profile in try Fixtures.parsedFramework().values {
            let screener = Screener(target: ScreeningTarget(profile))
            for candidate in candidates {
                let full = screener.evaluate(candidate)
                let fast = screener.evaluate(candidate, explained: false)
                #expect(fast.verdict == full.verdict)
                #expect(fast.score == full.score)
                #expect(fast.requirements.map(\.status) == full.requirements.map(\.status))
                #expect(fast.requirements.allSatisfy { $0.evidence.isEmpty && $0.missing == nil })
                let open = screener.evaluateOpenPoints(candidate)
                #expect(open.verdict == full.verdict && open.score == full.score)
                #expect(ScreeningReport.openPoints(open) == ScreeningReport.openPoints(full))
                #expect(open.requirements.filter { $0.status != .met } == full.requirements.filter { $0.status != .met })
            }
        }
    }
}

struct ScreenerRankingPathTests {
    let asOf = YearMonth(year: 2026, month: 11)

    func expectSamePaths(_ target: ScreeningTarget, _ candidate: Candidate) {
        let screener = Screener(target: target)
        let prepared = PreparedCandidate(candidate, asOf: asOf)
        let full = screener.evaluate(prepared)
        let fast = screener.evaluate(prepared, explained: false)
        let ranked = screener.verdictAndScore(prepared)
        #expect(fast.verdict == full.verdict)
        #expect(fast.score == full.score)
        #expect(fast.requirements.map(\.status) == full.requirements.map(\.status))
        #expect(fast.merits.map(\.status) == full.merits.map(\.status))
        #expect(ranked.verdict == full.verdict && ranked.score == full.score)
    }

    func job(_ occupation: OccupationID?, _ from: YearMonth, _ to: YearMonth?, yearOnly: Bool = false, line: Int) -> EmploymentEntry {
        EmploymentEntry(
            title: occupation?.rawValue ?? "Okänd titel", occupation: occupation, employer: "Malmö stad", start: from, end: to,
            isCurrent: to == nil, isYearOnly: yearOnly, publicSector: line % 2 == 0, source: SourceSpan(line: line, text: "job \(line)"))
    }

    @Test func overlappingYearOnlyAndUnrecognisedJobsScoreAlikeOnBothPaths() {
        let target = ScreeningTarget(
            id: "t", title: "T",
            requirements: [
                Requirement(text: "3 år som ekonomiassistent", condition: .experience(months: 36, occupation: "ekonomiassistent", match: .as)),
                Requirement(text: "2 år liknande", condition: .experience(months: 24, occupation: "ekonomiassistent", match: .similar)),
                Requirement(text: "5 år arbete", condition: .experience(months: 60, occupation: nil, match: .as)),
            ])
        let jobs = [
            job("ekonomiassistent", YearMonth(year: 2019, month: 12), YearMonth(year: 2021, month: 1), yearOnly: true, line: 1),
            job("ekonomiassistent", YearMonth(year: 2020, month: 6), YearMonth(year: 2022, month: 2), line: 2),
            job(nil, YearMonth(year: 2022, month: 3), nil, line: 3),
            job("redovisningsekonom", YearMonth(year: 2015, month: 1), YearMonth(year: 2016, month: 1), line: 4),
        ]
        for n in 0...jobs.count {
            expectSamePaths(target, Candidate(employment: Array(jobs.prefix(n))))
            expectSamePaths(target, Candidate(employment: Array(jobs.suffix(n))))
        }
    }

    @Test func repeatedSkillsLevelsAndAlternativesScoreAlikeOnBothPaths() {
        let system = Requirement(text: "Agresso", condition: .system(category: "ekonomisystem", examples: ["Agresso", "Unit4 Business World"], open: true, level: .storErfarenhet))
        let office = Requirement(text: "Office", condition: .office(level: .goda))
        let either = Requirement(text: "Högskola eller erfarenhet", condition: .anyOf([
            [Requirement(text: "Högskola", condition: .education(level: .hogskola, field: "ekonomi", orEquivalent: true))],
            [Requirement(text: "2 år", condition: .experience(months: 24, occupation: nil, match: .as)), system],
        ]))
        let target = ScreeningTarget(
            id: "t", title: "T", requirements: [system, office, either, Requirement(text: "Engelska", condition: .language(language: "no", spoken: true, written: true, level: .b2))],
            merits: [Requirement(text: "Körkort", condition: .licence(licenceClass: "b")), Requirement(text: "Lagar", condition: .law(topic: "LAS")), Requirement(text: "Offentlig", condition: .publicSector)])
        let span = SourceSpan(line: 9, text: "skills")
        let skills: [[SkillEntry]] = [
            [],
            [SkillEntry(name: "Agresso", category: "ekonomisystem", level: .goda, source: span)],
            [SkillEntry(name: "Agresso", category: "ekonomisystem", level: nil, source: span), SkillEntry(name: "Agresso", category: "ekonomisystem", level: .goda, source: span)],
            [SkillEntry(name: "Visma", category: "ekonomisystem", level: .storErfarenhet, source: span), SkillEntry(name: "Excel", category: "office", level: .grund, source: span)],
            [SkillEntry(name: "Raindance", category: "ekonomisystem", level: .kunskaper, source: span), SkillEntry(name: "Excel", category: "office", level: nil, source: span)],
        ]
        let education: [[EducationEntry]] = [
            [],
            [EducationEntry(level: .yrkeshogskola, field: "ekonomi", title: "YH", source: span)],
            [EducationEntry(level: .master, field: nil, title: "Master", source: span), EducationEntry(level: nil, field: "ekonomi", title: "Kurs", source: span)],
            [EducationEntry(level: .hogskola, field: "ekonomi", title: "Ekonom", source: span)],
        ]
        let languages: [[LanguageSkill]] = [[], [LanguageSkill(language: "nb", level: nil, source: span)], [LanguageSkill(language: "no", level: .b1, source: span)], [LanguageSkill(language: "no", level: .c1, source: span)]]
        for (k, skillSet) in skills.enumerated() {
            for (e, educationSet) in education.enumerated() {
                let candidate = Candidate(
                    education: educationSet, employment: e % 2 == 0 ? [] : [job(nil, YearMonth(year: 2020, month: 1), nil, line: 2)],
                    skills: skillSet, languages: languages[(k + e) % languages.count],
                    licences: k % 2 == 0 ? [LicenceEntry(licenceClass: "CE", source: span)] : [],
                    laws: e == 1 ? [NamedFact(name: "LAS", source: span)] : [])
                expectSamePaths(target, candidate)
            }
        }
    }

    @Test func candidatesWithMoreJobsThanAMaskHoldsTakeTheGeneralPath() {
        let target = ScreeningTarget(
            id: "t", title: "T",
            requirements: [Requirement(text: "10 år", condition: .experience(months: 120, occupation: "ekonomiassistent", match: .similar))])
        let jobs = (0..<70).map { i in
            job(i % 3 == 0 ? nil : "ekonomiassistent", YearMonth(ordinal: 2000 * 12 + i * 3), YearMonth(ordinal: 2000 * 12 + i * 3 + 1), line: i + 1)
        }
        expectSamePaths(target, Candidate(employment: jobs))
    }
}
