import Foundation
import PassformTestSupport
import Testing

struct ScreenCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func screensTheExampleCVsAgainstAProfileWithEvidence() throws {
        let result = try CommandRunner.run([
            "screen", "--profile", "ekonomiassistent-2", "Examples/cvs", "--as-of", "2026-11-01", "--format", "json",
        ])
        #expect(result.status == 0)
        let report = try json(result.stdout)
        let candidates = try #require(report["candidates"] as? [[String: Any]])
        #expect(candidates.count >= 20)
        #expect((report["failures"] as? [Any])?.isEmpty == true)
        let verdicts = Dictionary(uniqueKeysWithValues: candidates.compactMap { c -> (String, String)? in
            guard let file = (c["candidate"] as? [String: Any])?["file"] as? String, let verdict = c["verdict"] as? String else { return nil }
            return ((file as NSString).lastPathComponent, verdict)
        })
        // 36 months and gymnasium: alternative B needs 60, A needs a degree.
        #expect(verdicts["mikael-strom.txt"] == "not_qualified")
        #expect(verdicts["kari-nordmann.txt"] == "qualified")
        let first = try #require(candidates.first)
        let requirements = try #require(first["requirements"] as? [[String: Any]])
        #expect(requirements.allSatisfy { ["met", "unmet", "review"].contains($0["status"] as? String ?? "") })
        #expect(requirements.contains { !(($0["evidence"] as? [Any]) ?? []).isEmpty })
    }

    @Test func blindModeHidesNamesFilesAndIdentifiers() throws {
        let result = try CommandRunner.run([
            "screen", "--profile", "ekonomiassistent-1", "Examples/cvs/johanna-ek.txt", "Examples/cvs/anna-lindqvist.txt",
            "--as-of", "2026-11-01", "--blind", "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("Johanna"))
        #expect(!result.stdout.contains("johanna-ek"))
        #expect(!result.stdout.contains("Lindqvist"))
        #expect(!result.stdout.contains("@example"))
        let ids = try #require(try json(result.stdout)["candidates"] as? [[String: Any]]).compactMap {
            ($0["candidate"] as? [String: Any])?["id"] as? String
        }
        #expect(Set(ids) == ["A", "B"])
    }

    @Test func aBrokenFileIsListedAndTheRestAreScreened() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("PK\u{3}\u{4}broken".utf8).write(to: folder.appendingPathComponent("truncated.docx"))
        let source = Fixtures.packageRoot.appendingPathComponent("Examples/cvs/anna-lindqvist.txt")
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("anna.txt"))
        let result = try CommandRunner.run(["screen", "--profile", "ekonomiassistent-1", folder.path, "--as-of", "2026-11-01"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Anna Lindqvist"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.hasPrefix("error: \(folder.path)/") })
    }

    @Test func theNorwegianSeedAdScreensSwedishAndEnglishCVs() throws {
        let result = try CommandRunner.run([
            "screen", "--posting", "Postings/regnskapskonsulent-oslo.txt", "Examples/cvs/kari-nordmann.txt",
            "Examples/cvs/anna-lindqvist.txt", "Examples/cvs/james-taylor.txt", "--as-of", "2026-11-01", "--format", "json",
        ])
        #expect(result.status == 0)
        let candidates = try #require(try json(result.stdout)["candidates"] as? [[String: Any]])
        func verdict(_ file: String) -> String? {
            candidates.first { (($0["candidate"] as? [String: Any])?["file"] as? String)?.hasSuffix(file) == true }?["verdict"] as? String
        }
        #expect(verdict("kari-nordmann.txt") == "qualified")
        // Swedish ekonomiassistent with Agresso: only Norwegian is left for a person to check.
        #expect(verdict("anna-lindqvist.txt") == "review")
        // English clerk with SAP: the ad names Agresso.
        #expect(verdict("james-taylor.txt") == "not_qualified")
    }

    @Test func csvForExcelHasBOMAndSemicolons() throws {
        let result = try CommandRunner.run([
            "screen", "--profile", "registrator", "Examples/cvs/johan-berg.odt", "--as-of", "2026-11-01", "--format", "csv", "--excel",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("\u{FEFF}#;candidate;verdict;score;"))
    }

    @Test func htmlIsSelfContained() throws {
        let result = try CommandRunner.run([
            "screen", "--profile", "registrator", "Examples/cvs", "--as-of", "2026-11-01", "--format", "html",
        ])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("http"))
    }

    @Test func needsExactlyOneTarget() throws {
        let result = try CommandRunner.run(["screen", "Examples/cvs"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Give exactly one of --profile ID or --posting FILE."))
    }

    @Test func matchListsLevelsAndTheNextStep() throws {
        let result = try CommandRunner.run(["match", "Examples/cvs/mikael-strom.txt", "--as-of", "2026-11-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("ekonomiassistent-1"))
        #expect(result.stdout.contains("ekonomiassistent-1 qualified; ekonomiassistent-2 needs"))
    }

    @Test func matchWithAnUnreadablePostingStillListsTheRestAndExitsWithFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-match-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let ad = Fixtures.packageRoot.appendingPathComponent("Postings/regnskapskonsulent-oslo.txt")
        try FileManager.default.copyItem(at: ad, to: folder.appendingPathComponent("oslo.txt"))
        let result = try CommandRunner.run([
            "match", "Examples/cvs/kari-nordmann.txt", "--postings", folder.path, "--as-of", "2026-11-01",
        ])
        #expect(result.status == 1)
        #expect(result.stdout.contains("ekonomiassistent-1"))
        #expect(result.stdout.contains("oslo.txt"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("empty.txt"))
    }
}
