import Foundation
import GRDB
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

/// The compact screening form search ranks on: a candidate decoded from it evaluates exactly as the candidate
/// decoded from the stored JSON, for every profile, explained or not; damaged forms are refused, not misread.
struct ScreeningFormTests {
    static let asOf = YearMonth(year: 2026, month: 11)

    static let screeners: [Screener] = {
        let profiles = (try? Fixtures.parsedFramework().values.sorted { $0.id < $1.id }) ?? []
        return profiles.map { Screener(target: ScreeningTarget($0)) }
    }()

    /// The text and JSON Resume CVs of `Examples/cvs/`, read by Core's parsers.
    static func exampleCandidates() throws -> [(String, Candidate)] {
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples/cvs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var candidates: [(String, Candidate)] = []
        for file in files where !file.lowercased().hasPrefix("readme") {
            let text = TextDecoding.decode(try Data(contentsOf: folder.appendingPathComponent(file))).text
            switch (file as NSString).pathExtension {
            case "txt", "md": candidates.append((file, try CVTextParser().parse(text, asOf: asOf, file: file)))
            case "json": candidates.append((file, try JSONResumeParser().parse(text, asOf: asOf, file: file)))
            default: continue
            }
        }
        return candidates
    }

    /// 300 generated CVs, text and JSON Resume in turn, parsed as an import would (the few the parser refuses are
    /// left out, as an import leaves them out).
    static func corpusCandidates() throws -> [(String, Candidate)] {
        let generator = CorpusGenerator(seed: 61, asOf: asOf)
        return try (0..<300).compactMap { index in
            let person = generator.person(at: index)
            if index.isMultiple(of: 2) {
                let text = person.text(layout: generator.layout(for: person, index: index))
                return (try? CVTextParser().parse(text, asOf: asOf)).map { ("txt \(index)", $0) }
            }
            let json = String(decoding: try person.jsonResume(), as: UTF8.self)
            return (try? JSONResumeParser().parse(json, asOf: asOf)).map { ("json \(index)", $0) }
        }
    }

    /// Encodes, decodes with and without the texts, and compares the evaluations with the original's.
    func expectSameEvaluations(_ candidates: [(String, Candidate)]) throws {
        #expect(Self.screeners.count >= 20)
        for (name, original) in candidates {
            // What search decodes today: the JSON stored at import.
            let stored = try JSONDecoder().decode(Candidate.self, from: Data(try CVFileRecord.json(original).utf8))
            let (form, texts) = CandidateScreeningForm.encode(original)
            let ranked = try CandidateScreeningForm.decode(form)
            let explained = try CandidateScreeningForm.decode(form, texts: texts)
            for screener in Self.screeners {
                let expected = screener.evaluate(PreparedCandidate(stored, asOf: Self.asOf))
                #expect(
                    screener.evaluate(PreparedCandidate(explained, asOf: Self.asOf)) == expected,
                    "\(name) against \(screener.target.id)")
                let fast = screener.evaluate(PreparedCandidate(ranked, asOf: Self.asOf), explained: false)
                #expect(fast == screener.evaluate(PreparedCandidate(stored, asOf: Self.asOf), explained: false), "\(name)")
                #expect(fast.verdict == expected.verdict && fast.score == expected.score, "\(name) against \(screener.target.id)")
            }
        }
    }

    @Test func theFormOfEveryExampleCVEvaluatesAsItsJSON() throws {
        let candidates = try Self.exampleCandidates()
        #expect(candidates.count >= 10)
        try expectSameEvaluations(candidates)
    }

    @Test func theFormOfGeneratedCVsEvaluatesAsTheirJSON() throws {
        let candidates = try Self.corpusCandidates()
        #expect(candidates.count >= 270)
        try expectSameEvaluations(candidates)
    }

    @Test func theFormKeepsEveryScreenedFactWithItsLine() throws {
        var rng = SeededRandom(seed: 5)
        for n in 0..<200 {
            let original = RegisterBuilders.candidate(n, using: &rng)
            let (form, texts) = CandidateScreeningForm.encode(original)
            let decoded = try CandidateScreeningForm.decode(form, texts: texts)
            #expect(decoded.employment.map(\.occupation) == original.employment.map(\.occupation))
            #expect(decoded.employment.map(\.start) == original.employment.map(\.start))
            #expect(decoded.employment.map(\.end) == original.employment.map(\.end))
            #expect(decoded.employment.map(\.isCurrent) == original.employment.map(\.isCurrent))
            #expect(decoded.employment.map(\.isYearOnly) == original.employment.map(\.isYearOnly))
            #expect(decoded.employment.map(\.publicSector) == original.employment.map(\.publicSector))
            #expect(decoded.employment.map(\.source) == original.employment.map(\.source))
            #expect(decoded.education.map(\.level) == original.education.map(\.level))
            #expect(decoded.education.map(\.field) == original.education.map(\.field))
            #expect(decoded.skills == original.skills)
            #expect(decoded.languages == original.languages)
            #expect(decoded.licences == original.licences)
            #expect(decoded.laws == original.laws)
            // Without the texts the lines are kept, their text is not.
            let ranked = try CandidateScreeningForm.decode(form)
            #expect(ranked.skills.map(\.source.line) == original.skills.map(\.source.line))
            #expect(ranked.skills.allSatisfy { $0.source.text.isEmpty })
        }
    }

    @Test func aDamagedOrForeignFormIsRefused() throws {
        var rng = SeededRandom(seed: 9)
        let (form, texts) = CandidateScreeningForm.encode(RegisterBuilders.candidate(3, using: &rng))
        var foreign = form
        foreign[0] = CandidateScreeningForm.version &+ 1
        #expect(throws: CandidateScreeningForm.Unreadable.self) { try CandidateScreeningForm.decode(foreign) }
        for length in 0..<form.count {
            #expect(throws: CandidateScreeningForm.Unreadable.self) { try CandidateScreeningForm.decode(form.prefix(length)) }
        }
        #expect(throws: CandidateScreeningForm.Unreadable.self) { try CandidateScreeningForm.decode(form + [0]) }
        #expect(throws: CandidateScreeningForm.Unreadable.self) {
            try CandidateScreeningForm.decode(form, texts: texts.prefix(texts.count - 1))
        }
    }

    // MARK: - In the register

    @Test func importStoresTheFormAndSearchFallsBackToTheJSONWithoutIt() throws {
        let (register, stored) = try SearchTests.register()
        let screener = try #require(Self.screeners.first { $0.target.id == "ekonomiassistent-2" } ?? Self.screeners.first)
        let before = try register.search(screener, asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified])
        #expect(try register.perform { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM candidateForm") } == stored.count)
        // Forms lost or of another version: the same result, from the JSON.
        try register.write { db in
            try db.execute(sql: "DELETE FROM candidateForm WHERE candidateId % 3 = 0")
            try db.execute(sql: "UPDATE candidateForm SET form = X'7F' WHERE candidateId % 3 = 1")
            try db.execute(sql: "UPDATE candidateFormText SET texts = X'7F' WHERE candidateId % 5 = 0")
        }
        let after = try register.search(screener, asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified])
        #expect(after.ranking == before.ranking)
        #expect(after.entries.map(\.evaluation) == before.entries.map(\.evaluation))
        #expect(after.entries.map(\.id) == before.entries.map(\.id))
    }

    @Test func searchRanksAsTheReportAndExplainsOnlyTheTop() throws {
        let (register, _) = try SearchTests.register()
        for screener in Self.screeners {
            let all = try register.search(screener, asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified])
            let report = ScreeningReport(target: screener.target, asOf: Self.asOf, entries: all.entries, failures: [], isBlind: false)
            #expect(all.entries.map(\.id) == report.entries.map(\.id), "\(screener.target.id)")
            #expect(all.ranking.map { "\($0.id)" } == report.entries.map(\.id))
            let top = try register.search(screener, asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified], top: 7)
            #expect(top.entries.map(\.id) == Array(report.entries.prefix(7).map(\.id)))
            #expect(top.entries.map(\.evaluation) == Array(report.entries.prefix(7).map(\.evaluation)))
            #expect(top.ranking == all.ranking)
        }
    }

    @Test func registerNumbersRankAsText() {
        let ids: [Int64] = [1, 9, 10, 100, 99, 2, 20, 1_000_000, 123_456_789_012]
        let keys = ids.map { PassformDatabase.RankKey(id: $0, verdict: .review, score: 50) }
        #expect(keys.sorted().map(\.id) == ids.sorted { "\($0)" < "\($1)" })
        // The same order as the report's, verdicts and scores included.
        let mixed = ids.enumerated().map { n, id in (id: id, verdict: [Verdict.qualified, .review][n % 2], score: Double(n % 3) * 10) }
        let ranked = mixed.map { PassformDatabase.RankKey(id: $0.id, verdict: $0.verdict, score: $0.score) }.sorted().map(\.id)
        let listed = mixed.sorted { ScreeningReport.listsBefore(($0.verdict, $0.score, "\($0.id)"), ($1.verdict, $1.score, "\($1.id)")) }
        #expect(ranked == listed.map(\.id))
    }

    // MARK: - Migration

    @Test func theMigrationFillsTheFormsOfARegisterWrittenBefore() throws {
        let (register, folder) = try MigrationTests.v1Register()
        defer { try? FileManager.default.removeItem(at: folder) }
        let forms = try register.perform { db in
            try Row.fetchAll(db, sql: "SELECT candidateId, form FROM candidateForm ORDER BY candidateId").map { row -> (Int64, Data) in
                (row[0], row[1])
            }
        }
        #expect(forms.count == (try register.candidates().count))
        let detail = try register.candidate("1")
        let form = try #require(forms.first)
        let fromForm = try CandidateScreeningForm.decode(form.1)
        for screener in Self.screeners {
            #expect(
                screener.evaluate(PreparedCandidate(fromForm, asOf: Self.asOf), explained: false)
                    == screener.evaluate(PreparedCandidate(detail.candidate, asOf: Self.asOf), explained: false))
        }
        let search = try register.search(
            try #require(Self.screeners.first), asOf: Self.asOf, verdicts: [.qualified, .review, .notQualified])
        #expect(search.entries.count == 1)
    }
}
