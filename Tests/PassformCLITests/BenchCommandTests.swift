import ArgumentParser
import Foundation
@testable import PassformCLI
import PassformFormats
import PassformTestSupport
import Testing

/// Small counts only, and no timing assertions: speed is measured by `passform bench run`, never by unit tests.
struct BenchCommandTests {
    @Test func parsesGenerateOptions() throws {
        let command = try PassformCommand.parseAsRoot(["bench", "generate", "--count", "12", "--seed", "9", "--out", "c", "--formats", "txt,docx"])
        let generate = try #require(command as? PassformCommand.Bench.Generate)
        #expect(generate.count == 12)
        #expect(generate.corpus.seed == 9)
        #expect(try CorpusOptions.formats(generate.formats) == [.txt, .docx])
    }

    @Test(arguments: [
        ["bench", "generate", "--count", "0", "--out", "c"], ["bench", "generate", "--count", "3", "--out", "c", "--formats", "pdf"],
        ["bench", "run", "--seconds", "0"], ["bench", "run", "--format", "csv"], ["bench", "truth", "--corpus", "c"],
        ["bench", "run", "--register-sizes", "1000,lots"], ["bench", "run", "--register-sizes", "0"],
    ])
    func refusesBadOptions(arguments: [String]) {
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(arguments) }
    }

    @Test func generatesTheSameCorpusTwiceAndMeasuresIt() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("passform-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a").path
        let b = root.appendingPathComponent("b").path
        for out in [a, b] {
            let result = try CommandRunner.run(["bench", "generate", "--count", "9", "--seed", "4", "--out", out, "--formats", "txt,json,docx"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: a).sorted()
        #expect(files.count == 11)
        for file in files {
            #expect(FileManager.default.contents(atPath: a + "/" + file) == FileManager.default.contents(atPath: b + "/" + file), "\(file)")
        }

        let run = try CommandRunner.run([
            "bench", "run", "--corpus", a, "--seconds", "0.01", "--format", "json", "--register-sizes", "40,25",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try JSONDecoder().decode(BenchReport.self, from: Data(run.stdout.utf8))
        #expect(report.cvs == 9)
        #expect(report.figures.map(\.name) == [
            "parse text CVs", "parse JSON Resume CVs", "read DOCX CVs", "compile profiles and postings", "prepare parsed candidates",
            "evaluate compiled targets, explained", "evaluate compiled targets, verdict and score only",
            "files to ranking (ekonomiassistent-2)", "db import text CVs",
            "db search ekonomiassistent-2, all listed", "db search ekonomiassistent-2 --top 20",
            "db search ekonomiassistent-2, all listed", "db search ekonomiassistent-2 --top 20",
        ])
        #expect(report.figures.allSatisfy { $0.count > 0 && $0.seconds > 0 && $0.peakMiB > 0 })
        #expect(report.figures.first { $0.name.hasPrefix("files to ranking") }?.count == 9)
        #expect(report.figures.first { $0.name == "db import text CVs" }?.count == 3)
        // The register grows to each size in turn, smallest first.
        #expect(report.figures.filter { $0.name.hasPrefix("db search") }.map(\.count) == [25, 25, 40, 40])
        #expect(report.accuracy.map(\.format) == ["txt", "json", "docx"])
        #expect(report.accuracy.allSatisfy { $0.cvs == 3 })

        let truth = try CommandRunner.run(["bench", "truth", "--corpus", a, "--profile", "ekonomiassistent-2"])
        #expect(truth.status == 0, "\(truth.stderr)")
        let lines = truth.stdout.split(separator: "\n")
        #expect(lines.count == 9)
        #expect(lines.allSatisfy { ["qualified", "review", "not_qualified"].contains($0.split(separator: "\t").last ?? "") })
    }

    @Test func groupsThousands() {
        #expect(BenchReport.grouped(1_234_567.4) == "1,234,567")
        #expect(BenchReport.grouped(999) == "999")
    }
}
