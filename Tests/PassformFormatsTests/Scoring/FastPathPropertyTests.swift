import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

/// The ranking path against the explained path, over generated CVs and every shipped profile and posting.
struct FastPathPropertyTests {
    let asOf = YearMonth(year: 2026, month: 11)

    func targets() throws -> [ScreeningTarget] {
        let profiles = try ProfileStore(folder: Fixtures.packageRoot.appendingPathComponent("Profiles")).loadAll()
        var targets = profiles.map(ScreeningTarget.init)
        let folder = Fixtures.packageRoot.appendingPathComponent("Postings")
        let reader = PostingReader()
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where !file.hasPrefix(".") && !file.lowercased().hasPrefix("readme") {
            guard let ad = try? reader.read(path: folder.appendingPathComponent(file).path) else { continue }
            targets.append(ScreeningTarget(id: file, title: ad.title, requirements: ad.requirements, merits: ad.merits))
        }
        return targets
    }

    /// Generated people as the parsers read them (text and JSON Resume) and as they truly are.
    func candidates(count: Int) throws -> [PreparedCandidate] {
        let generator = CorpusGenerator(seed: 7, asOf: asOf)
        let reader = CVReader()
        var candidates: [Candidate] = []
        for index in 0..<count {
            let person = generator.person(at: index)
            let text = person.text(layout: generator.layout(for: person, index: index))
            if let parsed = try? reader.textParser.parse(text, asOf: asOf) { candidates.append(parsed) }
            let json = String(decoding: try person.jsonResume(), as: UTF8.self)
            if let parsed = try? reader.jsonResumeParser.parse(json, asOf: asOf) { candidates.append(parsed) }
            candidates.append(try GroundTruth(person, file: "x", format: "txt", asOf: asOf).candidate)
        }
        return candidates.map { PreparedCandidate($0, asOf: asOf) }
    }

    @Test func rankingPathGivesTheExplainedVerdictsScoresAndStatuses() throws {
        let targets = try targets()
        let candidates = try candidates(count: 250)
        #expect(targets.count >= 26)
        #expect(candidates.count >= 700)
        var verdicts = Set<Verdict>()
        for target in targets {
            let screener = Screener(target: target)
            for candidate in candidates {
                let full = screener.evaluate(candidate)
                let fast = screener.evaluate(candidate, explained: false)
                let ranked = screener.verdictAndScore(candidate)
                verdicts.insert(full.verdict)
                #expect(fast.verdict == full.verdict, "\(target.id): \(candidate.candidate.name ?? "?")")
                #expect(fast.score == full.score, "\(target.id): \(candidate.candidate.name ?? "?")")
                #expect(fast.requirements.map(\.status) == full.requirements.map(\.status))
                #expect(fast.merits.map(\.status) == full.merits.map(\.status))
                #expect(ranked.verdict == full.verdict && ranked.score == full.score)
            }
        }
        #expect(verdicts == [.qualified, .review, .notQualified])
    }
}
