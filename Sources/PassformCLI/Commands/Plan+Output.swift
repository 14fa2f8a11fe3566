import PassformCore

/// Plan reports in the format asked for.
enum PlanOutput {
    static func render(_ report: StaffingReport, format: OutputFormat, excel: Bool) throws -> String {
        switch format {
        case .json: try JSONOutput.encode(report)
        case .csv: report.flatTable().csv(excel: excel)
        case .html: report.html()
        case .table, .md: report.rendered()
        }
    }

    static func render(_ comparison: PlanComparison, format: OutputFormat, excel: Bool) throws -> String {
        switch format {
        case .json: try JSONOutput.encode(comparison)
        case .csv: comparison.table().csv(excel: excel)
        case .html: comparison.html()
        case .table, .md:
            "Base: \(comparison.base.name)\nScenario: \(comparison.scenario.name)"
                + (comparison.settings.isEmpty ? "" : " with " + comparison.settings.joined(separator: ", "))
                + "\n\n" + comparison.table().rendered()
        }
    }
}
