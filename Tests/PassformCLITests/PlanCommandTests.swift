import ArgumentParser
import Foundation
import PassformTestSupport
import Testing

@testable import PassformCLI

struct PlanCommandTests {
    static let city = "Examples/plans/stad-ekonomiservice-2010.yaml"
    static let small = "Examples/plans/kommun-ekonomienhet.yaml"

    // MARK: - Parsing

    @Test func planFileIsTheDefaultSubcommand() throws {
        let command = try PassformCommand.parseAsRoot(["plan", "p.yaml", "--set", "shrinkage=+5pp", "--set", "cost.fixed=0"])
        let report = try #require(command as? PassformCommand.Plan.Report)
        #expect(report.file == "p.yaml")
        #expect(report.settings == ["shrinkage=+5pp", "cost.fixed=0"])
    }

    @Test func erlangOptionsAreValidated() {
        #expect(throws: (any Error).self) {
            try PassformCommand.parseAsRoot(["plan", "erlang", "--calls", "10", "--aht", "3 minutes later"])
        }
        #expect(throws: (any Error).self) {
            try PassformCommand.parseAsRoot(["plan", "erlang", "--calls", "10", "--aht", "180s", "--target", "100/20s"])
        }
    }

    // MARK: - End to end

    @Test func theWorkedExampleShowsTheSeedsFigures() throws {
        let result = try CommandRunner.run(["plan", Self.city, "--format", "csv"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = result.stdout.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let january = rows.filter { $0.count > 6 && $0[3] == "1" }
        #expect(january.map { String($0[1]) } == ["leverantorsreskontra", "kundreskontra"])
        #expect(january.map { String($0[6]) } == ["34.0000", "28.1008"])
    }

    @Test func tableReportHasTheSections() throws {
        let result = try CommandRunner.run(["plan", Self.small])
        #expect(result.status == 0, "\(result.stderr)")
        for heading in ["Year", "Back office, month by month", "Phone groups", "Roles: permanent staff and temporaries"] {
            #expect(result.stdout.contains(heading), "\(heading)")
        }
        #expect(result.stdout.contains("vacation (6 weeks)"))
    }

    @Test func htmlIsSelfContainedWithAChart() throws {
        let result = try CommandRunner.run(["plan", Self.small, "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(result.stdout.contains("<polyline"))
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("src="))
        #expect(!result.stdout.contains("href="))
    }

    @Test func jsonReportDecodes() throws {
        let result = try CommandRunner.run(["plan", Self.city, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let year = try #require(object["year"] as? [String: Any])
        #expect(year["transactions"] as? Double == 2_470_000)
    }

    @Test func setShowsTheScenarioSideBySide() throws {
        let result = try CommandRunner.run(["plan", Self.city, "--set", "processes.kundreskontra.channels.electronic=+10pp"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("with processes.kundreskontra.channels.electronic=+10pp"))
        let revenue = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Kundreskontra: revenue") })
        // 1 450 000 × (0.8·9 + 0.15·30 + 0.05·45) = 20 227 500; at 90 / 7.5 / 2.5 %: 16 638 750.
        #expect(revenue.contains("20 227 500"))
        #expect(revenue.contains("16 638 750"))
        #expect(revenue.contains("-3 588 750"))
    }

    @Test func compareWithAnotherFile() throws {
        let other = try Fixtures.url("plans/scenario-electronic.yaml").path
        let result = try CommandRunner.run(["plan", try Fixtures.url("plans/minimal.yaml").path, "--compare", other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Scenario: More electronic"))
        #expect(result.stdout.contains("kundreskontra: paid FTE needed"))
    }

    @Test func erlangStandalone() throws {
        let result = try CommandRunner.run([
            "plan", "erlang", "--calls", "100", "--interval", "30m", "--aht", "180s", "--target", "80/20s",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Agents needed: 14 (service level alone: 14); scheduled after shrinkage: 14."))
        #expect(result.stdout.contains("Service level 0.8884, waiting probability 0.1741, ASA 7.8359 s, occupancy 0.7143."))
    }

    @Test func erlangSchedulesThirtyNotThirtyOne() throws {
        let result = try CommandRunner.run([
            "plan", "erlang", "--calls", "340", "--interval", "1h", "--aht", "180s", "--target", "80/20s", "--shrinkage", "0.3",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["agents"] as? Int == 21)
        #expect(object["scheduled"] as? Int == 30)
    }

    // MARK: - Errors

    @Test func badPlanFileFailsWithFileLineAndField() throws {
        let path = try Fixtures.url("plans/negative-volume.yaml").path
        let result = try CommandRunner.run(["plan", path])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: \(path):7:13: processes.kundreskontra.volume: must be 0 or more, found -5\n")
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownRoleIsCheckedAgainstTheProfiles() throws {
        let path = try Fixtures.url("plans/unknown-role.yaml").path
        let result = try CommandRunner.run(["plan", path])
        #expect(result.status != 0)
        #expect(result.stderr
            == "Error: \(path):4:11: processes.kundreskontra.role: no role profile 'ekonomiasistent-1'; did you mean 'ekonomiassistent-1'?\n")
    }

    @Test func unknownProcessInSet() throws {
        let result = try CommandRunner.run(["plan", Self.city, "--set", "processes.kundresk.volume=+5%"])
        #expect(result.status != 0)
        #expect(result.stderr
            == "Error: --set processes.kundresk.volume=+5%: no process 'kundresk' in the plan; known: leverantorsreskontra, kundreskontra\n")
    }

    @Test func missingFile() throws {
        let result = try CommandRunner.run(["plan", "no-such-plan.yaml"])
        #expect(result.status != 0)
        #expect(result.stderr == "Error: no-such-plan.yaml: no such file\n")
    }

    @Test func helpExplainsTheCommand() throws {
        let result = try CommandRunner.run(["plan", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("erlang"))
        let erlang = try CommandRunner.run(["plan", "erlang", "--help"])
        #expect(erlang.stdout.contains("--max-occupancy"))
        #expect(erlang.stdout.contains("80/20s is 80 % of calls"))
    }
}

struct PlanRegisterTests {
    @Test func withARegisterThePlanCountsTheQualifiedCandidatesPerRole() throws {
        let register = FileManager.default.temporaryDirectory.appendingPathComponent("passform-plan-\(UUID().uuidString).sqlite")
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: register.path + suffix) }
        }
        let imported = try CommandRunner.run(["db", "import", "Examples/cvs", "--db", register.path])
        #expect(imported.status == 0)
        let result = try CommandRunner.run([
            "plan", "Examples/plans/kommun-ekonomienhet.yaml", "--db", register.path, "--as-of", "2026-11-01",
        ])
        #expect(result.status == 0)
        let line = result.stdout.split(separator: "\n").last { $0.hasPrefix("ekonomiassistent-1 ") }
        #expect(line.map { $0.split(separator: " ").dropFirst().first } == "5")
    }
}
