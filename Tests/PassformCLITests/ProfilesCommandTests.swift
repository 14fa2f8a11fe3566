import Foundation
import PassformTestSupport
import Testing

struct ProfilesCommandTests {
    @Test func listAsJSONGivesTheTwentyFiveIDsWithTasksAndRequirements() throws {
        let result = try CommandRunner.run(["profiles", "list", "--format", "json"])
        #expect(result.status == 0)
        let profiles = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(profiles.count == 25)
        #expect(profiles.compactMap { $0["id"] as? String }.contains("ekonomiassistent-2"))
        for profile in profiles {
            #expect(!((profile["tasks"] as? [String]) ?? []).isEmpty)
            #expect(!((profile["requirements"] as? [Any]) ?? []).isEmpty)
        }
    }

    @Test func showPrintsTheRepairedTextAndWhatItMeans() throws {
        let result = try CommandRunner.run(["profiles", "show", "loneadministrator-1"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Löneadministratör 1  [loneadministrator-1]"))
        #expect(result.stdout.contains("minst ett (1) års arbetslivserfarenhet som löneadministratör"))
        #expect(result.stdout.contains("→ experience: ≥ 12 months as loneadministrator"))
    }

    @Test func anUnknownProfileIsOneLineAndAFailure() throws {
        let result = try CommandRunner.run(["profiles", "show", "astronaut"])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: no role profile 'astronaut'; known ids:"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func importWarnsAboutTheLostHeadingsAndWritesTheFiles() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("passform-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try CommandRunner.run([
            "profiles", "import", "Profiles/source/konsultkompetenser-kontorstjanster.txt", "--out", out.path,
        ])
        #expect(result.status == 0)
        #expect(result.stderr.contains("named 'Controller' from its own 'som …' requirement"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).count == 25)
    }

    @Test func importOfAMissingFileNamesIt() throws {
        let result = try CommandRunner.run(["profiles", "import", "no-such-file.txt"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no-such-file.txt: no such file\n")
    }
}
