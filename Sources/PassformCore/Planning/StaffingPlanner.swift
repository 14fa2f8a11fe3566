/// Turns a ``StaffingPlan`` into a ``StaffingReport``: need, staff, backlog and lead time month by month,
/// phone groups with Erlang C, the year's money, and the permanent/temporary mix per role.
///
/// ```swift
/// let report = try StaffingPlanner().plan(plan)
/// report.processes[0].months[0].paidNeed   // 34.0 for 1 020 000 invoices a year at 2 500 per FTE-month
/// ```
///
/// The back office is a backlog model, not a queue: each month, capacity is productive staff × norm;
/// what arrives and is not handled waits. With a lead-time target of `T` working days, up to `T` days of
/// arrivals may wait; the need covers the month's volume plus any backlog beyond that.
public struct StaffingPlanner: Sendable {
    /// A planner.
    public init() {}

    /// Plans the year.
    /// - Throws: ``PlanningError/phoneGroup(id:problem:)`` when a phone group's target cannot be met.
    public func plan(_ plan: StaffingPlan) throws -> StaffingReport {
        let keep = 1 - plan.shrinkage.fraction
        let processes = plan.processes.map { process(of: $0, in: plan, keep: keep) }
        let phones = try plan.phoneGroups.map { try phoneGroup(of: $0, in: plan, keep: keep) }

        var months: [StaffingReport.MonthTotal] = []
        for m in 0..<12 {
            var need = 0.0
            var permanent = plan.otherStaff.permanent[m]
            var temporary = plan.otherStaff.temporary[m]
            for (p, result) in zip(plan.processes, processes) {
                need += result.months[m].paidNeed
                permanent += p.staff.permanent[m]
                temporary += p.staff.temporary[m]
            }
            for (g, result) in zip(plan.phoneGroups, phones) {
                need += result.months[m].paidNeed
                permanent += g.staff.permanent[m]
                temporary += g.staff.temporary[m]
            }
            months.append(.init(month: m + 1, need: need, permanent: permanent, temporary: temporary, other: plan.otherStaff.total(m)))
        }

        let staffCost = processes.reduce(0) { $0 + $1.staffCost } + phones.reduce(0) { $0 + $1.staffCost }
            + cost(of: plan.otherStaff, plan.cost)
        let revenue = processes.reduce(0) { $0 + $1.revenue }
        let transactions = processes.filter { $0.unit == .items }.reduce(0) { $0 + $1.volume }
        let total = staffCost + plan.cost.fixedPerYear
        let year = StaffingReport.YearSummary(
            staffCost: staffCost, fixedCost: plan.cost.fixedPerYear, cost: total, revenue: revenue, margin: revenue - total,
            transactions: transactions, costPerTransaction: transactions > 0 ? total / transactions : nil,
            averageNeed: months.reduce(0) { $0 + $1.need } / 12,
            averageStaff: months.reduce(0) { $0 + $1.permanent + $1.temporary } / 12)

        return StaffingReport(
            name: plan.name, currency: plan.currency, shrinkage: plan.shrinkage, processes: processes, phoneGroups: phones,
            months: months, year: year, roles: roles(plan, processes: processes, phones: phones))
    }

    // MARK: - Back office

    private func process(of process: BackOfficeProcess, in plan: StaffingPlan, keep: Double) -> StaffingReport.ProcessResult {
        let perUnit = process.productiveFTE(for: 1)
        var backlog = process.openingBacklog
        var months: [StaffingReport.ProcessMonth] = []
        var volumeTotal = 0.0
        for m in 0..<12 {
            let volume = process.volume(month: m, default: plan.seasonality)
            volumeTotal += volume
            var excess = 0.0
            if let target = process.leadTimeTargetDays {
                excess = max(0, backlog - target * volume / plan.workingDaysPerMonth)
            }
            let productiveNeed = perUnit * (volume + excess)
            let paidNeed = productiveNeed / keep
            let staff = process.staff.total(m)
            let capacity = perUnit > 0 ? staff * keep / perUnit : .infinity
            let handled = min(backlog + volume, capacity)
            backlog = max(0, backlog + volume - handled)
            let leadTime: Double? =
                backlog <= 0 ? 0 : (capacity > 0 ? backlog / (capacity / plan.workingDaysPerMonth) : nil)
            let meets = process.leadTimeTargetDays.map { target in leadTime.map { $0 <= target + 1e-9 } ?? false } ?? true
            months.append(
                .init(
                    month: m + 1, volume: volume, productiveNeed: productiveNeed, paidNeed: paidNeed,
                    backlogNeed: perUnit * excess / keep, staff: staff,
                    gap: staff - paidNeed, backlog: backlog, leadTimeDays: leadTime, meetsLeadTime: meets))
        }
        return .init(
            id: process.id, name: process.name, role: process.role, unit: process.unit,
            leadTimeTargetDays: process.leadTimeTargetDays, months: months, volume: volumeTotal,
            revenue: process.revenue(for: volumeTotal), staffCost: cost(of: process.staff, plan.cost),
            averageNeed: months.reduce(0) { $0 + $1.paidNeed } / 12, peakNeed: months.map(\.paidNeed).max() ?? 0,
            averageStaff: months.reduce(0) { $0 + $1.staff } / 12)
    }

    // MARK: - Phone groups

    private func phoneGroup(of group: PhoneGroup, in plan: StaffingPlan, keep: Double) throws -> StaffingReport.PhoneGroupResult {
        // One agent on the phones through the open hours takes this many paid FTE.
        let paidPerAgent = group.openHoursPerWeek / plan.weeklyHours / keep
        var months: [StaffingReport.PhoneGroupMonth] = []
        for m in 0..<12 {
            var load = group.load
            load.calls = group.load.calls * (group.seasonality ?? plan.seasonality).factor(m)
            let staffing: ErlangC.Staffing
            do {
                staffing = try ErlangC.agents(for: load, target: group.target, maxOccupancy: group.maxOccupancy)
            } catch let problem as ErlangC.Problem {
                throw PlanningError.phoneGroup(id: group.id, problem: problem)
            }
            let paidNeed = Double(staffing.agents) * paidPerAgent
            let staff = group.staff.total(m)
            let agentsWithStaff = paidPerAgent > 0 ? PlanMath.floor(staff / paidPerAgent) : 0
            months.append(
                .init(
                    month: m + 1, calls: load.calls, needed: staffing.performance, paidNeed: paidNeed, staff: staff,
                    gap: staff - paidNeed,
                    withStaff: ErlangC.performance(agents: agentsWithStaff, load: load, target: group.target)))
        }
        return .init(
            id: group.id, name: group.name, role: group.role, target: group.target, months: months,
            staffCost: cost(of: group.staff, plan.cost), averageNeed: months.reduce(0) { $0 + $1.paidNeed } / 12,
            peakNeed: months.map(\.paidNeed).max() ?? 0, averageStaff: months.reduce(0) { $0 + $1.staff } / 12)
    }

    // MARK: - Roles and money

    private func cost(of staff: StaffLevels, _ cost: StaffCost) -> Double {
        staff.permanent.reduce(0, +) * cost.permanentPerMonth + staff.temporary.reduce(0, +) * cost.temporaryPerMonth
    }

    private func roles(
        _ plan: StaffingPlan, processes: [StaffingReport.ProcessResult], phones: [StaffingReport.PhoneGroupResult]
    ) -> [RoleStaffing] {
        var need: [ProfileID?: [Double]] = [:]
        var permanent: [ProfileID?: Double] = [:]
        var temporary: [ProfileID?: Double] = [:]
        func add(_ role: ProfileID?, _ months: [Double], _ staff: StaffLevels) {
            need[role] = zip(need[role] ?? Array(repeating: 0, count: 12), months).map(+)
            permanent[role, default: 0] += staff.permanent.reduce(0, +) / 12
            temporary[role, default: 0] += staff.temporary.reduce(0, +) / 12
        }
        for (p, result) in zip(plan.processes, processes) { add(p.role, result.months.map { $0.paidNeed - $0.backlogNeed }, p.staff) }
        for (g, result) in zip(plan.phoneGroups, phones) { add(g.role, result.months.map(\.paidNeed), g.staff) }

        let costs = plan.cost
        let breakEven: Double? =
            costs.permanentPerMonth > 0 && costs.temporaryPerMonth > 0 ? 12 * costs.permanentPerMonth / costs.temporaryPerMonth : nil
        // Roles sorted by id, the processes without a role last.
        let keys = need.keys.sorted { a, b in
            switch (a, b) {
            case (nil, _): false
            case (_, nil): true
            case (let a?, let b?): a < b
            }
        }
        return keys.map { role in
            let months = need[role] ?? []
            let descending = months.sorted(by: >)
            let advised: Double
            if let breakEven {
                // A layer needed in k months is cheaper permanent when k ≥ break-even (ties go to permanent).
                let index = max(0, PlanMath.ceiling(breakEven) - 1)
                advised = index < descending.count ? descending[index] : 0
            } else {
                advised = descending.first ?? 0   // without both costs, cover the peak permanently
            }
            let temps = months.map { max(0, $0 - advised) }
            let advisedCost = 12 * advised * costs.permanentPerMonth + temps.reduce(0, +) * costs.temporaryPerMonth
            return RoleStaffing(
                role: role, need: months, permanentNow: permanent[role] ?? 0, temporaryNow: temporary[role] ?? 0,
                breakEvenMonths: breakEven, advisedPermanent: advised, advisedTemporary: temps,
                permanentChange: advised - (permanent[role] ?? 0), advisedCost: advisedCost,
                allPermanentCost: 12 * (descending.first ?? 0) * costs.permanentPerMonth)
        }
    }
}
