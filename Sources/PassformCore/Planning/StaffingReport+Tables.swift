// MARK: - Tables for the terminal, CSV and HTML

extension StaffingReport {
    static func fte(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 1) }
    static func signedFTE(_ value: Double) -> String {
        let text = fte(value)
        return value > 0.05 ? "+" + text : (text == "-0.0" ? "0.0" : text)
    }
    static func count(_ value: Double) -> String { NumberFormatting.grouped(Int(value.rounded())) }
    static func money(_ value: Double) -> String { NumberFormatting.grouped(Int(value.rounded())) }
    static func percent(_ value: Double) -> String { NumberFormatting.fixed(value * 100, decimals: 1) + " %" }
    static func fraction(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 4) }
    static func month(_ number: Int) -> String { monthNames[number - 1] }

    /// Back-office processes month by month: volume, productive and paid need, staff, gap, backlog, lead time.
    public func processMonthTable() -> TextTable {
        var table = TextTable(
            headers: ["process", "month", "volume", "productive FTE", "paid FTE", "staff", "gap", "backlog", "lead time (d)", "target (d)"],
            alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
        for process in processes {
            for row in process.months {
                var lead = row.leadTimeDays.map { NumberFormatting.fixed($0, decimals: 1) } ?? "never"
                if !row.meetsLeadTime { lead += " !" }
                table.append([
                    process.id.rawValue, Self.month(row.month), Self.count(row.volume), Self.fte(row.productiveNeed),
                    Self.fte(row.paidNeed), Self.fte(row.staff), Self.signedFTE(row.gap), Self.count(row.backlog), lead,
                    process.leadTimeTargetDays.map { NumberFormatting.fixed($0, decimals: 1) } ?? "-",
                ])
            }
        }
        return table
    }

    /// Phone groups month by month: calls, Erlang, agents needed and their performance, paid need, staff.
    public func phoneMonthTable() -> TextTable {
        var table = TextTable(
            headers: [
                "group", "month", "calls", "erlang", "agents", "service level", "waiting", "ASA (s)", "occupancy", "paid FTE",
                "staff", "gap", "SL with staff",
            ],
            alignments: [.left, .left] + Array(repeating: .right, count: 11))
        for group in phoneGroups {
            for row in group.months {
                let p = row.needed
                table.append([
                    group.id.rawValue, Self.month(row.month), NumberFormatting.fixed(row.calls, decimals: 1),
                    NumberFormatting.fixed(p.erlangs, decimals: 2), "\(p.agents)", Self.fraction(p.serviceLevel),
                    Self.fraction(p.waitingProbability), NumberFormatting.fixed(p.averageSpeedOfAnswer, decimals: 1),
                    Self.fraction(p.occupancy), Self.fte(row.paidNeed), Self.fte(row.staff), Self.signedFTE(row.gap),
                    Self.fraction(row.withStaff.serviceLevel),
                ])
            }
        }
        return table
    }

    /// One row a process and phone group for the year.
    public func yearTable() -> TextTable {
        var table = TextTable(
            headers: ["process", "role", "volume", "need avg", "need peak", "staff avg", "revenue", "staff cost"],
            alignments: [.left, .left, .right, .right, .right, .right, .right, .right])
        for p in processes {
            table.append([
                p.name, p.role?.rawValue ?? "-", Self.count(p.volume) + (p.unit == .hours ? " h" : ""), Self.fte(p.averageNeed),
                Self.fte(p.peakNeed), Self.fte(p.averageStaff), Self.money(p.revenue), Self.money(p.staffCost),
            ])
        }
        for g in phoneGroups {
            table.append([
                g.name, g.role?.rawValue ?? "-", "phones", Self.fte(g.averageNeed), Self.fte(g.peakNeed), Self.fte(g.averageStaff),
                "0", Self.money(g.staffCost),
            ])
        }
        return table
    }

    /// The year's money and totals, as item/value rows.
    public func summaryTable() -> TextTable {
        var table = TextTable(headers: ["item", "value"], alignments: [.left, .right])
        let y = year
        table.append(["paid FTE needed (average)", Self.fte(y.averageNeed)])
        table.append(["paid FTE planned (average)", Self.fte(y.averageStaff)])
        table.append(["shrinkage", Self.percent(shrinkage.fraction)])
        for part in shrinkage.parts { table.append(["  " + part.label, Self.percent(part.fraction)]) }
        table.append(["staff cost (\(currency))", Self.money(y.staffCost)])
        table.append(["fixed cost (\(currency))", Self.money(y.fixedCost)])
        table.append(["cost (\(currency))", Self.money(y.cost)])
        table.append(["revenue (\(currency))", Self.money(y.revenue)])
        table.append(["margin (\(currency))", Self.money(y.margin)])
        table.append(["transactions", Self.count(y.transactions)])
        table.append([
            "cost per transaction (\(currency))", y.costPerTransaction.map { NumberFormatting.fixed($0, decimals: 2) } ?? "-",
        ])
        return table
    }

    /// Need against staff per role, with the advised permanent staff and temporaries for peaks.
    public func rolesTable() -> TextTable {
        var table = TextTable(
            headers: [
                "role", "need avg", "need peak", "permanent now", "temporary now", "advised permanent", "change", "hire / call off",
                "temporary FTE-months", "peak months", "advised cost", "all-permanent cost",
            ],
            alignments: [.left] + Array(repeating: .right, count: 8) + [.left, .right, .right])
        for role in roles {
            let change = role.permanentPeopleChange
            let action = change > 0 ? "hire \(change)" : (change < 0 ? "call off \(-change)" : "keep")
            let peaks = role.advisedTemporary.enumerated().filter { $0.element > 0.05 }.map { Self.monthNames[$0.offset] }
            table.append([
                role.role?.rawValue ?? "(no role)", Self.fte(role.averageNeed), Self.fte(role.peakNeed), Self.fte(role.permanentNow),
                Self.fte(role.temporaryNow), Self.fte(role.advisedPermanent), Self.signedFTE(role.permanentChange), action, Self.fte(role.temporaryFTEMonths),
                peaks.isEmpty ? "-" : peaks.joined(separator: " "), Self.money(role.advisedCost), Self.money(role.allPermanentCost),
            ])
        }
        return table
    }

    /// Every monthly row of processes and phone groups in one flat table, for CSV.
    public func flatTable() -> TextTable {
        var table = TextTable(
            headers: [
                "kind", "id", "role", "month", "volume", "productive_fte", "paid_fte", "staff", "gap", "backlog", "lead_time_days",
                "agents", "service_level", "asa_seconds", "occupancy",
            ])
        func n(_ value: Double, _ decimals: Int) -> String { NumberFormatting.fixed(value, decimals: decimals) }
        for p in processes {
            for row in p.months {
                table.append([
                    "process", p.id.rawValue, p.role?.rawValue ?? "", "\(row.month)", n(row.volume, 2), n(row.productiveNeed, 4),
                    n(row.paidNeed, 4), n(row.staff, 4), n(row.gap, 4), n(row.backlog, 2),
                    row.leadTimeDays.map { n($0, 2) } ?? "", "", "", "", "",
                ])
            }
        }
        for g in phoneGroups {
            for row in g.months {
                let p = row.needed
                table.append([
                    "phone", g.id.rawValue, g.role?.rawValue ?? "", "\(row.month)", n(row.calls, 2), "", n(row.paidNeed, 4),
                    n(row.staff, 4), n(row.gap, 4), "", "", "\(p.agents)", n(p.serviceLevel, 4), n(p.averageSpeedOfAnswer, 4),
                    n(p.occupancy, 4),
                ])
            }
        }
        return table
    }

    /// The whole report for a terminal: sections with headings.
    public func rendered() -> String {
        var out = "\(name)\n\n"
        out += "Year\n" + summaryTable().rendered() + "\n"
        out += "Processes and phone groups, the year\n" + yearTable().rendered() + "\n"
        if !processes.isEmpty { out += "Back office, month by month (paid FTE; '!' = over the lead-time target)\n" + processMonthTable().rendered() + "\n" }
        if !phoneGroups.isEmpty { out += "Phone groups, an average interval of each month (Erlang C)\n" + phoneMonthTable().rendered() + "\n" }
        out += "Roles: permanent staff and temporaries for the peaks\n" + rolesTable().rendered()
        if let breakEven = roles.first?.breakEvenMonths {
            out += "A permanent hire costs no more than temporaries for staff needed in "
                + NumberFormatting.fixed(breakEven, decimals: 1) + " months of the year.\n"
        }
        return out
    }
}
