extension StaffingReport {
    /// A self-contained HTML page: the chart of need against staff, then the tables. No scripts, nothing
    /// from the network.
    public func html() -> String {
        var body = "<h2>Need against staff, month by month</h2>\n" + PlanChart.svg(months)
        body += "<h2>The year</h2>\n" + summaryTable().html()
        body += "<h2>Processes and phone groups</h2>\n" + yearTable().html()
        body += "<h2>Roles: permanent staff and temporaries for the peaks</h2>\n" + rolesTable().html()
        if let breakEven = roles.first?.breakEvenMonths {
            body += "<p>A permanent hire costs no more than temporaries for staff needed in "
                + NumberFormatting.fixed(breakEven, decimals: 1) + " months of the year.</p>\n"
        }
        if !processes.isEmpty {
            body += "<h2>Back office, month by month</h2>\n<p>Paid FTE; “!” marks a lead time over the target.</p>\n"
                + processMonthTable().html()
        }
        if !phoneGroups.isEmpty {
            body += "<h2>Phone groups (Erlang C, an average interval of each month)</h2>\n" + phoneMonthTable().html()
        }
        return HTML.page(title: name, body: body)
    }
}

extension PlanComparison {
    /// A self-contained HTML page with both charts and the comparison table.
    public func html() -> String {
        var body = ""
        if !settings.isEmpty {
            body += "<p>Scenario: " + settings.map { "<code>\(HTML.escape($0))</code>" }.joined(separator: ", ") + "</p>\n"
        }
        body += table().html()
        body += "<h2>Base: \(HTML.escape(base.name))</h2>\n" + PlanChart.svg(base.months)
        body += "<h2>Scenario: \(HTML.escape(scenario.name))</h2>\n" + PlanChart.svg(scenario.months)
        return HTML.page(title: "\(base.name) — scenario", body: body)
    }
}
