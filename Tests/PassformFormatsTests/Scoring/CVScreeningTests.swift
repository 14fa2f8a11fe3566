import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

/// Screening CV files in one pass gives what reading them all and then evaluating each gives, with or without a top.
struct CVScreeningTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Examples/cvs")
    static let asOf = YearMonth(year: 2026, month: 11)

    static func exampleFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix("README") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    static func screening() throws -> CVScreening {
        let profile = try ProfileStore(folder: Fixtures.packageRoot.appendingPathComponent("Profiles")).load(id: "ekonomiassistent-2")
        return CVScreening(screener: Screener(target: ScreeningTarget(profile)))
    }

    @Test func ranksAsReadingEveryFileAndEvaluatingEachDoes() throws {
        let files = try Self.exampleFiles()
        let screening = try Self.screening()
        let result = screening.run(files, asOf: Self.asOf)

        let batch = CVReader().readAll(files, asOf: Self.asOf)
        let expected = batch.documents.map { document in
            (PathNames.lastComponent(document.file),
             screening.screener.evaluate(PreparedCandidate(document.candidate, asOf: Self.asOf)))
        }.sorted { a, b in
            ScreeningReport.listsBefore((a.1.verdict, a.1.score, a.0), (b.1.verdict, b.1.score, b.0))
        }
        #expect(result.entries.map(\.id) == expected.map(\.0))
        #expect(result.entries.map(\.evaluation.verdict) == expected.map(\.1.verdict))
        #expect(result.entries.map(\.evaluation.score) == expected.map(\.1.score))
        #expect(result.entries.map { $0.evaluation.requirements.map(\.missing) } == expected.map { $0.1.requirements.map(\.missing) })
        #expect(result.failures.isEmpty)
    }

    @Test func aTopKeepsTheFirstOfTheFullRankingExplainedTheSameWay() throws {
        let files = try Self.exampleFiles()
        let screening = try Self.screening()
        let all = screening.run(files, asOf: Self.asOf, detail: .openPoints)
        let top = screening.run(files, asOf: Self.asOf, top: 3, detail: .openPoints)
        #expect(top.entries.count == 3)
        #expect(top.entries.map(\.id) == all.entries.prefix(3).map(\.id))
        #expect(top.entries.map { ScreeningReport.openPoints($0.evaluation) } == all.entries.prefix(3).map { ScreeningReport.openPoints($0.evaluation) })
        #expect(top.key.count == files.count)
    }

    @Test func aBrokenFileIsReportedAndTheOthersAreStillScreened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-screening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("a.txt")
        try Data("Anna Berg\n\nErfarenhet\n2015-01 – 2020-12 Ekonomiassistent, Region Skåne\n".utf8).write(to: good)
        let broken = folder.appendingPathComponent("b.docx")
        try Data("PK\u{3}\u{4}not really a zip".utf8).write(to: broken)
        let other = folder.appendingPathComponent("c.txt")
        try Data("Per Ek\n\nErfarenhet\n2019-01 – 2020-12 Löneadministratör, Lunds kommun\n".utf8).write(to: other)

        let result = try Self.screening().run([good.path, broken.path, other.path], asOf: Self.asOf, blind: true)
        #expect(result.entries.count == 2)
        #expect(result.failures.map(\.file) == [broken.path])
        #expect(result.failures.first?.message.hasPrefix(broken.path + ": ") == true)
        // Blind ids follow the reading order of the files that were read.
        #expect(result.key.map(\.id) == ["A", "B"])
        #expect(result.key.map(\.file) == [good.path, other.path])
    }
}
