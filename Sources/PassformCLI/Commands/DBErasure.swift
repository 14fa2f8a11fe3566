import ArgumentParser
import Foundation
import PassformCore
import PassformStorage

extension PassformCommand.DB {
    /// `passform db erase`.
    struct Erase: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "erase", 
            abstract: "Erase a person: CV files, every derived row and applications; then compact the file.",
            discussion: "The audit trail keeps only that register number N was erased, by whom and when (GDPR art. 17).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var actor: ActorOption
        @Argument(help: "The candidate: register number, e-mail address or personnummer.") var candidate: String

        func run() throws {
            let id = try database.open().erase(candidate, by: actor.name)
            Diagnostics.note("erased candidate \(id)")
        }
    }

    /// `passform db purge`.
    struct Purge: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "purge", 
            abstract: "Erase the candidates with no open application and no activity for the retention period.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var actor: ActorOption
        @Option(name: .customLong("older-than"), help: "The retention period in months, such as 24m.") var olderThan: String
        @Flag(help: "List who would be erased, erase nobody.") var dryRun = false

        var months: Int? {
            let digits = olderThan.hasSuffix("m") ? String(olderThan.dropLast()) : olderThan
            return Int(digits).flatMap { $0 > 0 ? $0 : nil }
        }

        func validate() throws {
            if months == nil { throw ValidationError("--older-than takes a number of months such as 24m, got '\(olderThan)'.") }
        }

        func run() throws {
            let register = try database.open()
            let months = months ?? 24
            if dryRun {
                let candidates = try register.purgeable(olderThan: months)
                for candidate in candidates { print("\(candidate.id)\t\(candidate.name ?? "")") }
                Diagnostics.note("\(candidates.count) candidates would be erased (no activity for \(months) months, no open application)")
                return
            }
            let ids = try register.purge(olderThan: months, by: actor.name)
            Diagnostics.note("erased \(ids.count) candidates (no activity for \(months) months, no open application)")
        }
    }

    /// `passform db audit`.
    struct Audit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "audit", 
            abstract: "Show who did what and when: imports, screenings, status changes, erasures.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only the events of this candidate (a register number also works after erasure).") var candidate: String?

        func run() throws {
            let entries = try database.open().audit(candidate: candidate)
            if output.format == .json { return try output.write(try output.json(entries)) }
            var table = TextTable(headers: ["when", "who", "action", "candidate", "posting", "detail"])
            for entry in entries {
                table.append([
                    DBText.minute(entry.at), entry.actor, entry.action.rawValue, entry.candidate.map { "\($0)" } ?? "",
                    entry.posting ?? "", entry.detail,
                ])
            }
            try output.write(Rendering.table(table, format: output.format, excel: output.excel, title: "Audit trail"))
        }
    }

    /// `passform db public-list`.
    struct PublicList: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "public-list",
            abstract: "The public applicant list of a posting (offentleglova § 25): name, age, current title, municipality.",
            discussion: """
                Applicants who asked not to be named are listed with that flag, not left out: the employer must decide \
                whether the request outweighs the public interest, and tell the applicant before publishing.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var asOf: AsOfOption
        @Option(help: "The posting.") var posting: String

        func run() throws {
            let register = try database.open()
            let title = try register.posting(posting).target.title
            let entries = try register.publicList(posting: posting, asOf: asOf.month)
            if output.format == .json { return try output.write(try output.json(entries)) }
            var table = TextTable(headers: ["name", "age", "current title", "municipality", "anonymity requested"])
            for entry in entries {
                table.append([
                    entry.name, entry.age.map { "\($0)" } ?? "", entry.title ?? "", entry.municipality ?? "",
                    entry.anonymityRequested ? "yes — decide and notify before publishing" : "",
                ])
            }
            try output.write(
                Rendering.table(table, format: output.format, excel: output.excel, title: "Søkerliste / sökandelista: \(title) (\(posting))"))
        }
    }
}

extension PassformCommand.DB {
    /// `passform db check`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "check", 
            abstract: "Check the register: SQLite's integrity check, and every stored CV file against its SHA-256.")

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let (problems, files) = try database.open().check()
            for problem in problems { Diagnostics.error("\(database.resolvedPath): \(problem)") }
            if !problems.isEmpty { throw ExitCode.failure }
            Diagnostics.note("\(database.resolvedPath): ok (integrity check passed, \(files) CV files match their SHA-256)")
        }
    }
}
