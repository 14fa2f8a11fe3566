import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform plan`: staffing against volumes, and Erlang C for phone groups.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "plan", 
            abstract: "Plan staffing against volumes: FTE, backlog, cost, revenue, phone groups and the people to hire.",
            discussion: """
                'passform plan <file>' reads a YAML plan (see Examples/plans/) and shows, month by month and \
                process by process, the productive and paid FTE the volumes need, the staff planned, the gap, \
                and the backlog and lead time when under-staffed; then the year's cost, revenue, margin and \
                cost per transaction, and per role how many to hire or call off and where temporaries for the \
                peaks cost less than permanent hires. 'passform plan erlang' sizes one phone group.
                """,
            subcommands: [Report.self, Erlang.self],
            defaultSubcommand: Report.self)
    }
}

extension PassformCommand.Plan {
    /// `passform plan [report] <file>`.
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "report", 
            abstract: "Plan a year from a plan file (the default subcommand: 'passform plan <file>').",
            discussion: """
                Scenarios: --compare other.yaml shows both plans side by side; --set path=value changes the plan \
                (or, with --compare, the other plan) and shows the change. Values: 3000 or 75% (set), +500 (add), \
                +10% (relative), +10pp (percentage points of a share; the process's other channels give way in \
                proportion). Paths: processes.<id>.volume, .channels.<channel>, .productivity[.<channel>], \
                .price[.<channel>], .leadTime, .openingBacklog, .staff.permanent, .staff.temporary; \
                phoneGroups.<id>.calls, .aht, .maxOccupancy, .openHoursPerWeek, .staff.permanent; shrinkage; \
                cost.permanent, cost.temporary, cost.fixed; otherStaff.permanent, otherStaff.temporary.
                """)

        @Argument(help: "The YAML plan file (see Examples/plans/).", completion: .file(extensions: ["yaml", "yml"]))
        var file: String

        @Option(help: "Another plan file to compare with, side by side.", completion: .file(extensions: ["yaml", "yml"]))
        var compare: String?

        @Option(
            name: .customLong("set"), parsing: .singleValue,
            help: "A scenario change, path=value, such as processes.kundreskontra.channels.electronic=+10pp (repeatable).")
        var settings: [String] = []

        @OptionGroup var profiles: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @Option(
            name: .customLong("db"),
            help: "Also count, per role, the candidates in this register who qualify or need review (see 'passform db').",
            completion: .file(extensions: ["sqlite"]))
        var database: String?
        @OptionGroup var asOf: AsOfOption

        func validate() throws {
            if output.format == .md { throw ValidationError("plan writes table, json, csv or html; md is not supported.") }
            if output.excel, output.format != .csv { throw ValidationError("--excel applies to --format csv only.") }
        }

        func run() throws {
            let changes = try settings.map { try PlanSetting(parsing: $0) }
            let base = try load(file)
            guard compare != nil || !changes.isEmpty else {
                let report = try StaffingPlanner().plan(base)
                var text = try PlanOutput.render(report, format: output.format, excel: output.excel)
                if let database, output.format == .table {
                    text += "\n" + (try RegisterSupply.table(for: report.roles.compactMap(\.role), database: database,
                        store: profiles.store, asOf: asOf.month).rendered())
                }
                try output.write(text)
                return
            }
            let other = try compare.map { try load($0) } ?? base
            let scenario = try other.applying(changes)
            let comparison = PlanComparison(
                base: try StaffingPlanner().plan(base), scenario: try StaffingPlanner().plan(scenario),
                settings: settings)
            try output.write(PlanOutput.render(comparison, format: output.format, excel: output.excel))
        }

        /// Reads a plan file and checks its roles against the role profiles.
        private func load(_ path: String) throws -> StaffingPlan {
            let bounds = limits.current.input
            let document = try PlanFile.parse(try InputFiles.text(at: path, limit: bounds.yamlBytes), file: path, limits: bounds)
            if let known = try knownProfiles() { try document.checkRoles(known: known) }
            return document.plan
        }

        /// The ids of the role profiles, or nil (with a warning) when the default folder is absent.
        private func knownProfiles() throws -> [ProfileID]? {
            let explicit = profiles.profiles != nil || ProcessInfo.processInfo.environment["PASSFORM_PROFILES"] != nil
            let store = profiles.store
            if !explicit, !FileManager.default.fileExists(atPath: store.folder.path) {
                Diagnostics.warn("no Profiles/ folder here, so role ids are not checked; pass --profiles DIR to check them")
                return nil
            }
            return try store.loadAll().map(\.id)
        }
    }
}
