import ArgumentParser
import Foundation
import PassformCore
import PassformStorage

extension ApplicationStatus: ExpressibleByArgument {}

extension PassformCommand.DB {
    /// `passform db apply`.
    struct Apply: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "apply", abstract: "Record that a candidate applied to a posting (status received).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var actor: ActorOption
        @Argument(help: "The candidate: register number, e-mail address or personnummer.") var candidate: String
        @Option(help: "The posting applied to.") var posting: String
        @Flag(help: "The candidate asked not to be named on the public applicant list.") var anonymous = false

        func run() throws {
            try database.open().apply(candidate, to: posting, anonymous: anonymous, by: actor.name)
            Diagnostics.note("candidate \(candidate) applied to \(posting): received")
        }
    }

    /// `passform db status`.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "status", 
            abstract: "Move an application: received → screened → interview → offer → hired, or rejected | withdrawn.",
            discussion: "Steps may be skipped forward; a hired, rejected or withdrawn application does not move again.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var actor: ActorOption
        @Argument(help: "The candidate: register number, e-mail address or personnummer.") var candidate: String
        @Argument(help: "The new status: screened, interview, offer, hired, rejected or withdrawn.") var status: ApplicationStatus
        @Option(help: "The posting applied to.") var posting: String

        func run() throws {
            try database.open().move(candidate, on: posting, to: status, by: actor.name)
            Diagnostics.note("candidate \(candidate), posting \(posting): \(status.rawValue)")
        }
    }

    /// `passform db anonymity`.
    struct Anonymity: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "anonymity", 
            abstract: "Record that an applicant asked not to be named on the public applicant list (offentleglova § 25).")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var actor: ActorOption
        @Argument(help: "The candidate: register number, e-mail address or personnummer.") var candidate: String
        @Option(help: "The posting applied to.") var posting: String
        @Flag(help: "The request was withdrawn.") var withdrawn = false

        func run() throws {
            try database.open().setAnonymityRequested(!withdrawn, candidate: candidate, posting: posting, by: actor.name)
        }
    }

    /// `passform db applications`.
    struct Applications: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "applications", abstract: "List applications with their status history.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "Only the applications to this posting.") var posting: String?

        func run() throws {
            let applications = try database.open().applications(posting: posting)
            if output.format == .json { return try output.write(try output.json(applications)) }
            var table = TextTable(
                headers: ["posting", "#", "name", "status", "verdict", "score", "since", "by"],
                alignments: [.left, .right, .left, .left, .left, .right, .left, .left])
            for application in applications {
                let last = application.history.last
                table.append([
                    application.posting, "\(application.candidate)", application.name ?? "", application.status.rawValue,
                    application.verdict?.rawValue ?? "", application.score.map { NumberFormatting.fixed($0, decimals: 1) } ?? "",
                    last.map { DBText.minute($0.at) } ?? "", last?.by ?? "",
                ])
            }
            try output.write(Rendering.table(table, format: output.format, excel: output.excel, title: "Applications"))
        }
    }
}
