import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

struct SearchTests {
    static let asOf = YearMonth(year: 2026, month: 11)

    /// 400 generated candidates, the same on every run.
    static func register() throws -> (PassformDatabase, [Int64: Candidate]) {
        let register = try PassformDatabase.inMemory()
        var rng = SeededRandom(seed: 20_261_123)
        var stored: [Int64: Candidate] = [:]
        for n in 0..<400 {
            let candidate = RegisterBuilders.candidate(n, using: &rng)
            let outcome = try register.importCV(RegisterBuilders.cv(candidate), by: "test")
            stored[outcome.candidate] = candidate
        }
        return (register, stored)
    }

    @Test func prefilteredSearchEqualsEvaluatingEveryoneForEveryProfile() throws {
        let (register, stored) = try Self.register()
        let profiles = try Fixtures.parsedFramework().values.sorted { $0.id < $1.id }
        #expect(profiles.count >= 20)
        var skipped = 0
        for profile in profiles {
            let screener = Screener(target: ScreeningTarget(profile))
            let expected = stored.compactMap { id, candidate -> String? in
                let verdict = screener.evaluate(candidate, asOf: Self.asOf).verdict
                return verdict == .notQualified ? nil : "\(id) \(verdict.rawValue)"
            }.sorted()
            let result = try register.search(screener, asOf: Self.asOf)
            let found = result.entries.map { "\($0.id) \($0.evaluation.verdict.rawValue)" }.sorted()
            #expect(found == expected, "profile \(profile.id)")
            #expect(result.considered == 400)
            skipped += result.considered - result.evaluated
        }
        // The indexed facts rule out most of the candidates who cannot qualify.
        #expect(skipped > profiles.count * 100)
    }

    @Test func anyOfRequirementsAreFilteredByTheirBestAlternative() throws {
        let (register, stored) = try Self.register()
        let requirement = Requirement(
            text: "Högskoleexamen i ekonomi eller 3 års erfarenhet som redovisningsekonom och kunskap i lönesystem",
            condition: .anyOf([
                [Requirement(text: "högskola", condition: .education(level: .hogskola, field: "ekonomi", orEquivalent: true))],
                [
                    Requirement(text: "erfarenhet", condition: .experience(months: 36, occupation: "redovisningsekonom", match: .similar)),
                    Requirement(text: "lönesystem", condition: .system(category: "lonesystem", examples: ["Heroma"], open: false, level: .goda)),
                ],
            ]))
        let screener = Screener(target: ScreeningTarget(id: "t", title: "t", requirements: [requirement]))
        for verdicts: Set<Verdict> in [[.qualified], [.review], [.qualified, .review]] {
            let expected = stored.filter { verdicts.contains(screener.evaluate($0.value, asOf: Self.asOf).verdict) }.keys.map { "\($0)" }.sorted()
            let found = try register.search(screener, asOf: Self.asOf, verdicts: verdicts).entries.map(\.id).sorted()
            #expect(found == expected)
        }
    }

    @Test func alternativesOfEducationAndExperienceFilterOnTheWeakestOfEach() {
        let prefilter = Prefilter(vocabulary: .standard, asOf: Self.asOf)
        func education(_ level: EducationLevel, _ orEquivalent: Bool = true) -> Requirement {
            Requirement(text: "utbildning", condition: .education(level: level, field: nil, orEquivalent: orEquivalent))
        }
        func experience(_ months: Int, _ match: ExperienceMatch) -> Requirement {
            Requirement(text: "erfarenhet", condition: .experience(months: months, occupation: "ekonomiassistent", match: match))
        }
        // Ekonomiassistent 2: högskola + 3 years of similar work, or gymnasium + 5 years as ekonomiassistent.
        let weakest = prefilter.weakestOfEachKind([[education(.hogskola), experience(36, .similar)], [education(.gymnasium), experience(60, .as)]])
        #expect(weakest?.map(\.condition) == [education(.gymnasium).condition, experience(36, .similar).condition])
        // No single weakest experience: 5 years as X does not imply 6 years of similar work.
        #expect(prefilter.weakestOfEachKind([[education(.hogskola), experience(72, .similar)], [education(.gymnasium), experience(60, .as)]]) == nil)
        // An alternative without education lets every education through: no rewrite.
        #expect(prefilter.weakestOfEachKind([[education(.hogskola), experience(36, .similar)], [experience(60, .as)]]) == nil)
        #expect(prefilter.implies(education(.hogskola, true), education(.yrkeshogskola, false)))
        #expect(!prefilter.implies(education(.yrkeshogskola, false), education(.hogskola, false)))
        #expect(prefilter.implies(education(.hogskola, false), education(.gymnasium)))
    }

    @Test func withNotQualifiedNobodyIsSkipped() throws {
        let (register, _) = try Self.register()
        let profile = try #require(try Fixtures.parsedFramework().values.first)
        let result = try register.search(
            Screener(target: ScreeningTarget(profile)), asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified])
        #expect(result.evaluated == 400)
        #expect(result.entries.count == 400)
    }

    @Test func screeningApplicantsRecordsVerdictsAndMovesThemToScreened() throws {
        let register = try PassformDatabase.inMemory()
        try register.addPosting(.sample(id: "p1"))
        let eva = RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")
        var bo = RegisterBuilders.person(name: "Bo Ek", email: "bo@example.se")
        bo.employment = []
        try register.importCV(RegisterBuilders.cv(eva), posting: "p1", by: "hr")
        try register.importCV(RegisterBuilders.cv(bo), posting: "p1", by: "hr")
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Cai", email: "cai@example.se")), by: "hr")
        let posting = try register.posting("p1")

        let result = try register.search(
            Screener(target: posting.target), asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified], applicantsOf: "p1")
        try register.recordScreening(target: "p1", result: result, applicantsOf: "p1", by: "hr")

        #expect(result.considered == 2)
        let applications = try register.applications(posting: "p1")
        #expect(applications.map(\.status) == [.screened, .screened])
        #expect(applications.map(\.verdict) == [.qualified, .notQualified])
        #expect(try register.audit().filter { $0.action == .screen }.count == 3)
    }
}
