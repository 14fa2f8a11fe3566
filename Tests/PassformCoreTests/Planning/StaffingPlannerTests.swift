import Foundation
import PassformCore
import PassformTestSupport
import Testing

struct StaffingPlannerTests {
    /// A one-channel process with a yearly volume, productivity and staff.
    static func process(
        _ id: ProcessID, yearly: Double, productivity: Double, price: Double = 0, staff: StaffLevels = .none,
        role: ProfileID? = nil, leadTime: Double? = nil, backlog: Double = 0
    ) -> BackOfficeProcess {
        BackOfficeProcess(
            id: id, role: role, volume: .yearly(yearly),
            channels: [.init(id: "all", share: 1, productivity: productivity, price: price)], leadTimeTargetDays: leadTime,
            openingBacklog: backlog, staff: staff)
    }

    // MARK: - The seed's figures

    /// The city's finance service: 1 020 000 supplier invoices at 2 500 per FTE-month is 34.0 FTE, and
    /// 1 450 000 customer invoices at 4 300 is 28.1 FTE, with a flat profile and no shrinkage.
    @Test func reproducesTheSeedsNorms() throws {
        let plan = StaffingPlan(
            name: "Ekonomiservice 2010",
            processes: [
                Self.process("leverantorsreskontra", yearly: 1_020_000, productivity: 2500),
                Self.process("kundreskontra", yearly: 1_450_000, productivity: 4300),
            ])
        let report = try StaffingPlanner().plan(plan)
        let supplier = try #require(report.processes.first)
        let customer = try #require(report.processes.last)
        for month in supplier.months {
            #expect(NumberFormatting.fixed(month.paidNeed, decimals: 1) == "34.0")
            #expect(month.productiveNeed == month.paidNeed)
        }
        for month in customer.months { #expect(NumberFormatting.fixed(month.paidNeed, decimals: 1) == "28.1") }
        #expect(abs(customer.averageNeed - 1_450_000 / 12 / 4300) < 1e-9)
        #expect(NumberFormatting.fixed(report.year.averageNeed, decimals: 1) == "62.1")
    }

    @Test(.enabled(if: Fixtures.seeds != nil, "needs ../shared/seeds/"))
    func seedFiguresMatchTheSharedDocumentWhenPresent() throws {
        let seeds = try #require(Fixtures.seeds)
        let text = try String(contentsOf: seeds.appendingPathComponent("002_2a928202bb4c5959.txt"), encoding: .utf8)
        // The figures the examples and the test above rely on are in the document as written.
        for figure in ["1 020 000", "1 450 000", "2 500", "4 300", "91,6"] { #expect(text.contains(figure), "\(figure)") }
    }

    // MARK: - Shrinkage, backlog and lead time

    @Test func shrinkageTurnsProductiveIntoPaidFTE() throws {
        var plan = StaffingPlan(name: "t", processes: [Self.process("p", yearly: 12_000, productivity: 100)])
        plan.shrinkage = try Shrinkage(fraction: 0.2)
        let month = try #require(try StaffingPlanner().plan(plan).processes.first?.months.first)
        #expect(month.productiveNeed == 10)
        #expect(abs(month.paidNeed - 12.5) < 1e-12)
    }

    @Test func absenceAddsUpToShrinkage() throws {
        // 40 h × 52 = 2080 paid hours; 5 weeks vacation = 200 h; present 1880 h; sick 5 % of that = 94 h;
        // 2 training days = 16 h; 1 health hour a week over 1880 / 40 = 47 weeks = 47 h. Lost 357 h.
        let absence = Absence(vacationWeeks: 5, sickLeave: 0.05, trainingDays: 2, healthHoursPerWeek: 1)
        let shrinkage = try Shrinkage(absence: absence, weeklyHours: 40)
        #expect(abs(shrinkage.fraction - 357.0 / 2080) < 1e-12)
        #expect(shrinkage.parts.map(\.label) == [
            "vacation (5 weeks)", "sick leave (5 %)", "training (2 days)", "health activity (1 h/week)",
        ])
    }

    @Test func underStaffingBuildsBacklogAndLeadTime() throws {
        // 2 100 a month at 100 per FTE-month with 20 FTE: 100 left over each month; 21 working days.
        let plan = StaffingPlan(
            name: "t", processes: [Self.process("p", yearly: 25_200, productivity: 100, staff: .init(permanent: 20), leadTime: 0.5)])
        let months = try #require(try StaffingPlanner().plan(plan).processes.first?.months)
        #expect(months[0].backlog == 100)
        #expect(abs((months[0].leadTimeDays ?? 0) - 100.0 / (2000.0 / 21)) < 1e-12)  // 1.05 days
        #expect(!months[0].meetsLeadTime)
        #expect(months[11].backlog == 1200)
        #expect(abs(months[0].gap - (20 - 21)) < 1e-12)
    }

    @Test func backlogBeyondTheTargetIsPlannedAway() throws {
        // 100 a day arrive (2 100 a month); a 5-day target allows 500 waiting; 1 050 wait at the start.
        let plan = StaffingPlan(
            name: "t",
            processes: [Self.process("p", yearly: 25_200, productivity: 100, staff: .init(permanent: 26.5), leadTime: 5, backlog: 1050)])
        let months = try #require(try StaffingPlanner().plan(plan).processes.first?.months)
        #expect(abs(months[0].paidNeed - 26.5) < 1e-12)  // (2 100 + 550) / 100
        #expect(abs(months[0].backlogNeed - 5.5) < 1e-12)
        #expect(abs(months[0].backlog - 500) < 1e-9)
        #expect(abs((months[0].leadTimeDays ?? 0) - 500 / (2650.0 / 21)) < 1e-9)
        #expect(months[0].meetsLeadTime)
        #expect(abs(months[1].paidNeed - 21) < 1e-9)
    }

    @Test func noStaffMeansTheBacklogIsNeverHandled() throws {
        let plan = StaffingPlan(name: "t", processes: [Self.process("p", yearly: 1200, productivity: 100, leadTime: 5)])
        let month = try #require(try StaffingPlanner().plan(plan).processes.first?.months.first)
        #expect(month.leadTimeDays == nil)
        #expect(!month.meetsLeadTime)
    }

    // MARK: - Money and roles

    @Test func costRevenueAndCostPerTransaction() throws {
        let plan = StaffingPlan(
            name: "t", cost: .init(permanentPerMonth: 40_000, temporaryPerMonth: 50_000, fixedPerYear: 120_000),
            processes: [
                BackOfficeProcess(
                    id: "p", volume: .yearly(120_000),
                    channels: [
                        .init(id: "electronic", share: 0.75, productivity: 2000, price: 10),
                        .init(id: "manual", share: 0.25, productivity: 500, price: 40),
                    ], staff: .init(permanent: 10, temporary: 1))
            ])
        let report = try StaffingPlanner().plan(plan)
        #expect(report.year.revenue == 120_000 * (0.75 * 10 + 0.25 * 40))
        #expect(report.year.staffCost == 12 * (10 * 40_000 + 1 * 50_000))
        #expect(report.year.cost == report.year.staffCost + 120_000)
        #expect(report.year.margin == report.year.revenue - report.year.cost)
        #expect(report.year.costPerTransaction == report.year.cost / 120_000)
        // 10 000 a month: 7 500 / 2 000 + 2 500 / 500 = 3.75 + 5 = 8.75 FTE.
        #expect(abs(report.processes[0].months[0].paidNeed - 8.75) < 1e-12)
    }

    @Test func temporariesCoverPeaksWhenCheaper() throws {
        // Break-even: 12 × 40 000 / 60 000 = 8 months. The need is 10 FTE in 8 months and 14 in 4.
        let volumes: [Double] = [14, 14, 10, 10, 10, 10, 14, 14, 10, 10, 10, 10].map { $0 * 100 }
        let plan = StaffingPlan(
            name: "t", cost: .init(permanentPerMonth: 40_000, temporaryPerMonth: 60_000),
            processes: [
                BackOfficeProcess(
                    id: "p", role: "ekonomiassistent-1", volume: .monthly(volumes),
                    channels: [.init(id: "all", share: 1, productivity: 100)], staff: .init(permanent: 12))
            ])
        let role = try #require(try StaffingPlanner().plan(plan).roles.first)
        #expect(role.role == "ekonomiassistent-1")
        #expect(role.breakEvenMonths == 8)
        #expect(role.advisedPermanent == 10)
        #expect(role.temporaryFTEMonths == 16)
        #expect(role.advisedCost == 12 * 10 * 40_000 + 16 * 60_000)
        #expect(role.allPermanentCost == 12 * 14 * 40_000)
        #expect(role.permanentPeopleChange == -2)
    }

    @Test func phoneGroupsUseErlangCForEachMonth() throws {
        var plan = StaffingPlan(name: "t")
        plan.shrinkage = try Shrinkage(fraction: 0.3)
        plan.phoneGroups = [
            PhoneGroup(
                id: "vaxel", role: "vaxeltelefonist", load: .init(calls: 100, intervalSeconds: 1800, handlingSeconds: 180),
                target: .init(level: 0.8, seconds: 20), openHoursPerWeek: 40, staff: .init(permanent: 20))
        ]
        let month = try #require(try StaffingPlanner().plan(plan).phoneGroups.first?.months.first)
        #expect(month.needed.agents == 14)  // 10 Erlang, 80/20
        #expect(abs(month.paidNeed - 20) < 1e-9)  // 14 / 0.7
        #expect(month.withStaff.agents == 14)  // ⌊20 × 0.7⌋, not 13
    }
}
