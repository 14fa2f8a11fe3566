import ArgumentParser
import Foundation
@testable import PassformCLI
import PassformTestSupport
import Testing

/// `--limit name=value` and `$PASSFORM_LIMITS` raise or lower the input bounds of the commands that read files.
struct LimitOptionTests {
    @Test func aLowerCVLimitRefusesTheFileAndKeepsTheRest() throws {
        let large = "Examples/cvs/lars-eriksson.xml"
        let size = try #require(
            FileManager.default.attributesOfItem(atPath: Fixtures.packageRoot.appendingPathComponent(large).path)[.size] as? Int)
        #expect(size > 2_048)
        let result = try CommandRunner.run([
            "cv", "parse", "Examples/cvs/sofia-holm.txt", large, "--limit", "cv-bytes=2K", "--as-of", "2026-11-01", "--format", "json",
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(large): \(size) bytes is over the cv-bytes limit of 2048 bytes for a CV"))
        #expect(result.stdout.contains("sofia.holm@example.se"))
    }

    @Test func theEnvironmentSetsLimitsAndTheOptionWins() throws {
        let refused = try CommandRunner.run(
            ["postings", "parse", "Postings/regnskapskonsulent-oslo.txt"], environment: ["PASSFORM_LIMITS": "posting-bytes=1K"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("over the posting-bytes limit of 1024 bytes for a job posting"))

        let raised = try CommandRunner.run(
            ["postings", "parse", "Postings/regnskapskonsulent-oslo.txt", "--limit", "posting-bytes=1M"],
            environment: ["PASSFORM_LIMITS": "posting-bytes=1K"])
        #expect(raised.status == 0)
    }

    @Test func aBadSettingIsAUsageError() throws {
        let result = try CommandRunner.run(["plan", "Examples/plans/kommun-ekonomienhet.yaml", "--limit", "yaml-bytes=big"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("limit yaml-bytes needs a positive whole number (K, M or G allowed, as 48M), got 'big'"))

        let environment = try CommandRunner.run(["cv", "parse", "Examples/cvs/sofia-holm.txt"], environment: ["PASSFORM_LIMITS": "nonsense=1"])
        #expect(environment.status == 64)
        #expect(environment.stderr.contains("$PASSFORM_LIMITS: there is no limit called 'nonsense'"))
    }

    @Test func everyFileReadingCommandTakesTheOption() throws {
        for command in [
            ["screen", "--profile", "x", "a"], ["cv", "parse", "a"], ["match", "a"], ["db", "import", "a"],
            ["db", "postings", "add", "a"], ["postings", "parse", "a"], ["postings", "match", "a"], ["bids", "a"], ["plan", "a"],
        ] {
            #expect(throws: Never.self, "\(command)") { try PassformCommand.parseAsRoot(command + ["--limit", "cv-bytes=1M"]) }
        }
    }
}
