/// Two plans side by side: a base and a scenario (another plan file, or the base with `--set` changes).
public struct PlanComparison: Sendable, Hashable, Codable {
    /// The base plan's report.
    public var base: StaffingReport
    /// The scenario's report.
    public var scenario: StaffingReport
    /// The changes applied to get the scenario, as written (empty for `--compare`).
    public var settings: [String]

    /// A comparison.
    public init(base: StaffingReport, scenario: StaffingReport, settings: [String] = []) {
        self.base = base
        self.scenario = scenario
        self.settings = settings
    }

    /// One row a figure: base, scenario and the change.
    public struct Row: Sendable, Hashable, Codable {
        /// What is compared.
        public var item: String
        /// The base value; nil when the base has no such process.
        public var base: Double?
        /// The scenario value; nil when the scenario has no such process.
        public var scenario: Double?
        /// scenario − base, or nil when one is missing.
        public var change: Double? { base.flatMap { b in scenario.map { $0 - b } } }
        /// Whether the value is money (formatted without decimals) or FTE.
        public var isMoney: Bool
    }

    /// Need per process and phone group, then the year's totals and money.
    public var rows: [Row] {
        var rows: [Row] = []
        var ids: [ProcessID] = base.processes.map(\.id)
        for p in scenario.processes where !ids.contains(p.id) { ids.append(p.id) }
        for id in ids {
            let b = base.processes.first { $0.id == id }
            let s = scenario.processes.first { $0.id == id }
            let name = (b ?? s)?.name ?? id.rawValue
            rows.append(Row(item: "\(name): paid FTE needed", base: b?.averageNeed, scenario: s?.averageNeed, isMoney: false))
            rows.append(Row(item: "\(name): revenue", base: b?.revenue, scenario: s?.revenue, isMoney: true))
        }
        var groups: [ProcessID] = base.phoneGroups.map(\.id)
        for g in scenario.phoneGroups where !groups.contains(g.id) { groups.append(g.id) }
        for id in groups {
            let b = base.phoneGroups.first { $0.id == id }
            let s = scenario.phoneGroups.first { $0.id == id }
            let name = (b ?? s)?.name ?? id.rawValue
            rows.append(Row(item: "\(name): paid FTE needed", base: b?.averageNeed, scenario: s?.averageNeed, isMoney: false))
        }
        rows.append(Row(item: "paid FTE needed (average)", base: base.year.averageNeed, scenario: scenario.year.averageNeed, isMoney: false))
        rows.append(Row(item: "paid FTE planned (average)", base: base.year.averageStaff, scenario: scenario.year.averageStaff, isMoney: false))
        rows.append(Row(item: "cost", base: base.year.cost, scenario: scenario.year.cost, isMoney: true))
        rows.append(Row(item: "revenue", base: base.year.revenue, scenario: scenario.year.revenue, isMoney: true))
        rows.append(Row(item: "margin", base: base.year.margin, scenario: scenario.year.margin, isMoney: true))
        rows.append(Row(item: "advised cost of staff", base: base.roles.reduce(0) { $0 + $1.advisedCost },
                        scenario: scenario.roles.reduce(0) { $0 + $1.advisedCost }, isMoney: true))
        return rows
    }

    /// The rows as a table: item, base, scenario, change.
    public func table() -> TextTable {
        var table = TextTable(headers: ["item", "base", "scenario", "change"], alignments: [.left, .right, .right, .right])
        for row in rows {
            func show(_ value: Double?) -> String {
                guard let value else { return "-" }
                return row.isMoney ? StaffingReport.money(value) : StaffingReport.fte(value)
            }
            var change = "-"
            if let delta = row.change {
                change = row.isMoney
                    ? (delta > 0.5 ? "+" : "") + StaffingReport.money(delta) : StaffingReport.signedFTE(delta)
            }
            table.append([row.item, show(row.base), show(row.scenario), change])
        }
        return table
    }
}
