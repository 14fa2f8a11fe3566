import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

struct PlanFileTests {
    func parse(_ fixture: String) throws -> PlanFile.Document {
        try PlanFile.parse(try Fixtures.text("plans/\(fixture)"), file: "plans/\(fixture)")
    }

    func error(_ fixture: String) -> String? {
        #expect(throws: PlanFileError.self) { try parse(fixture) }?.description
    }

    @Test func readsAMinimalPlan() throws {
        let plan = try parse("minimal.yaml").plan
        #expect(plan.name == "Minimal")
        let process = try #require(plan.processes.first)
        #expect(process.volume == .yearly(1_450_000))
        #expect(process.channels == [.init(id: "all", share: 1, productivity: 4300)])
        #expect(plan.shrinkage.fraction == 0)
        #expect(plan.seasonality.isFlat)
    }

    @Test func readsTheWorkedExampleWithTheSeedsFigures() throws {
        let path = "Examples/plans/stad-ekonomiservice-2010.yaml"
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let document = try PlanFile.parse(text, file: path)
        let report = try StaffingPlanner().plan(document.plan)
        let need = Dictionary(uniqueKeysWithValues: report.processes.map { ($0.id.rawValue, $0.averageNeed) })
        #expect(NumberFormatting.fixed(need["leverantorsreskontra"] ?? 0, decimals: 1) == "34.0")
        #expect(NumberFormatting.fixed(need["kundreskontra"] ?? 0, decimals: 1) == "28.1")
        #expect(NumberFormatting.fixed(report.year.averageStaff, decimals: 1) == "91.6")
        #expect(document.roleReferences.map(\.role) == ["ekonomiassistent-1", "ekonomiassistent-1"])
    }

    @Test func readsTheSmallerExampleWithAbsencePhonesAndHours() throws {
        let path = "Examples/plans/kommun-ekonomienhet.yaml"
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent(path), encoding: .utf8)
        let plan = try PlanFile.parse(text, file: path).plan
        #expect(plan.shrinkage.parts.count == 6)
        #expect(!plan.seasonality.isFlat)
        #expect(plan.phoneGroups.first?.target == ErlangC.Target(level: 0.8, seconds: 20))
        #expect(plan.phoneGroups.first?.load.intervalSeconds == 1800)
        let hours = try #require(plan.processes.first { $0.unit == .hours })
        #expect(abs(hours.channels[0].productivity - 40 * 52 / 12) < 1e-9)
        #expect(plan.processes[0].staff.temporary[0] == 2)
    }

    // MARK: - Errors name the file, line and field

    @Test func typoInAKey() {
        #expect(error("typo-in-key.yaml")
            == "plans/typo-in-key.yaml:5:5: processes.kundreskontra.productivty: unknown field 'productivty'; did you mean 'productivity'?")
    }

    @Test func negativeVolume() {
        #expect(error("negative-volume.yaml") == "plans/negative-volume.yaml:7:13: processes.kundreskontra.volume: must be 0 or more, found -5")
    }

    @Test func unknownChannelInThePriceList() {
        #expect(error("unknown-channel.yaml")
            == "plans/unknown-channel.yaml:9:7: processes.kundreskontra.price.manuel: no channel 'manuel' in this process; did you mean 'manual'? (channels: electronic, manual)")
    }

    @Test func sharesThatDoNotAddUp() {
        #expect(error("shares-not-100.yaml")
            == "plans/shares-not-100.yaml:6:7: processes.kundreskontra.channels: the shares add up to 95.00 %, expected 100 %")
    }

    @Test func invalidYAML() {
        #expect(error("bad-yaml.yaml")?.hasPrefix("plans/bad-yaml.yaml:5:1: not valid YAML: ") == true)
    }

    @Test func unreadableTarget() {
        #expect(error("phone-bad-target.yaml")
            == "plans/phone-bad-target.yaml:7:13: phoneGroups.vaxel.target: expected a target such as 80/20s (80 % within 20 seconds), found '80 percent'")
    }

    @Test func unknownRoleIsReportedWhereItIsWritten() throws {
        let document = try parse("unknown-role.yaml")
        let error = #expect(throws: PlanFileError.self) {
            try document.checkRoles(known: ["ekonomiassistent-1", "ekonomiassistent-2", "vaxeltelefonist"])
        }
        #expect(error?.description
            == "plans/unknown-role.yaml:4:11: processes.kundreskontra.role: no role profile 'ekonomiasistent-1'; did you mean 'ekonomiassistent-1'?")
    }

    @Test func emptyFileAndMissingName() {
        #expect(#expect(throws: PlanFileError.self) { try PlanFile.parse("", file: "p.yaml") }?.description
            == "p.yaml: the file is empty; see Examples/plans/")
        #expect(#expect(throws: PlanFileError.self) { try PlanFile.parse("processes: {}\n", file: "p.yaml") }?.description
            == "p.yaml:1:1: name: missing; give the plan a name, such as 'name: Ekonomiservice 2026'")
    }
}
