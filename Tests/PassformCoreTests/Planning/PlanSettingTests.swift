import PassformCore
import Testing

struct PlanSettingTests {
    static let plan = StaffingPlan(
        name: "t",
        processes: [
            BackOfficeProcess(
                id: "kundreskontra", volume: .yearly(1_200_000),
                channels: [
                    .init(id: "electronic", share: 0.8, productivity: 6000, price: 9),
                    .init(id: "manual", share: 0.15, productivity: 2000, price: 30),
                    .init(id: "manualWithAttachment", share: 0.05, productivity: 1200, price: 45),
                ])
        ])

    @Test func percentagePointsMoveShareFromTheOtherChannelsInProportion() throws {
        let changed = try Self.plan.applying([try PlanSetting(parsing: "processes.kundreskontra.channels.electronic=+10pp")])
        let shares = changed.processes[0].channels.map(\.share)
        #expect(abs(shares[0] - 0.9) < 1e-12)
        #expect(abs(shares[1] - 0.075) < 1e-12)
        #expect(abs(shares[2] - 0.025) < 1e-12)
        // The seed's point: more electronic invoices need fewer FTE and bring less revenue per invoice.
        let before = try StaffingPlanner().plan(Self.plan)
        let after = try StaffingPlanner().plan(changed)
        #expect(after.year.averageNeed < before.year.averageNeed)
        #expect(after.year.revenue < before.year.revenue)
    }

    @Test(arguments: [
        ("processes.kundreskontra.volume=+10%", 1_320_000.0),
        ("processes.kundreskontra.volume=-100000", 1_100_000.0),
        ("processes.kundreskontra.volume=1 000 000", 1_000_000.0),
    ])
    func volumeChanges(setting: String, expected: Double) throws {
        let changed = try Self.plan.applying([try PlanSetting(parsing: setting)])
        #expect(abs(changed.processes[0].volume.total - expected) < 1e-6)
    }

    @Test func unknownProcessIsNamedWithTheKnownOnes() throws {
        let setting = try PlanSetting(parsing: "processes.kundreskontr.channels.electronic=+10pp")
        let error = #expect(throws: PlanningError.self) { try Self.plan.applying([setting]) }
        #expect(error?.description
            == "--set processes.kundreskontr.channels.electronic=+10pp: no process 'kundreskontr' in the plan; known: kundreskontra")
    }

    @Test func unknownChannelIsNamed() throws {
        let setting = try PlanSetting(parsing: "processes.kundreskontra.channels.email=+10pp")
        let error = #expect(throws: PlanningError.self) { try Self.plan.applying([setting]) }
        #expect(error?.description
            == "--set processes.kundreskontra.channels.email=+10pp: no channel 'email' in process 'kundreskontra'; known: electronic, manual, manualWithAttachment")
    }

    @Test func shareCannotGoAboveAHundredPercent() throws {
        let setting = try PlanSetting(parsing: "processes.kundreskontra.channels.electronic=+30pp")
        let error = #expect(throws: PlanningError.self) { try Self.plan.applying([setting]) }
        #expect(error?.description == "--set processes.kundreskontra.channels.electronic=+30pp: the share would be 110 %, outside 0 %–100 %")
    }

    @Test func unreadableValueIsAnError() {
        let error = #expect(throws: PlanningError.self) { try PlanSetting(parsing: "shrinkage=lots") }
        #expect(error?.description == "--set shrinkage=lots: cannot read the value 'lots'; expected 3000, 75%, +500, +10%, or +10pp")
    }

    @Test func pointsApplyToSharesOnly() throws {
        let setting = try PlanSetting(parsing: "processes.kundreskontra.volume=+10pp")
        let error = #expect(throws: PlanningError.self) { try Self.plan.applying([setting]) }
        #expect(error?.description == "--set processes.kundreskontra.volume=+10pp: percentage points (pp) apply to shares only")
    }
}
