import ArgumentParser
import Foundation
import PassformCore
import PassformStorage

extension PassformCommand.DB {
    /// `passform db list`.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", 
            abstract: "List the candidates: number, name, e-mail, when imported, CV files and applications.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let candidates = try database.open().candidates()
            if output.format == .json { return try output.write(try output.json(candidates)) }
            var table = TextTable(
                headers: ["#", "name", "e-mail", "imported", "files", "applications"], alignments: [.right, .left, .left, .left, .right, .left])
            for candidate in candidates {
                table.append([
                    "\(candidate.id)", candidate.name ?? "", candidate.email ?? "", DBText.day(candidate.importedAt),
                    "\(candidate.files)", candidate.applications.map { "\($0.posting) (\($0.status.rawValue))" }.joined(separator: ", "),
                ])
            }
            try output.write(Rendering.table(table, format: output.format, excel: output.excel, title: "Candidates"))
        }
    }

    /// `passform db show <candidate>`.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", 
            abstract: "Show what the register holds on one candidate: CV files, warnings, facts and applications.",
            discussion: "This is also the answer to a subject access request (GDPR art. 15); --format json gives it whole.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The candidate: register number, e-mail address or personnummer.") var candidate: String

        func run() throws {
            let detail = try database.open().candidate(candidate)
            if output.format == .json {
                struct Export: Encodable {
                    var candidate: CandidateSummary
                    var files: [StoredCV]
                    var current: Candidate
                    var applications: [ApplicationEntry]
                }
                return try output.write(
                    try output.json(Export(candidate: detail.summary, files: detail.files, current: detail.candidate, applications: detail.applications)))
            }
            try output.write(DBText.detail(detail))
        }
    }

    /// `passform db stats`.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count candidates, CV files, and applications per posting by status and verdict.")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let stats = try database.open().stats()
            if output.format == .json { return try output.write(try output.json(stats)) }
            let statuses = ApplicationStatus.allCases.map(\.rawValue)
            let verdicts = [Verdict.qualified, .review, .notQualified].map(\.rawValue)
            var table = TextTable(
                headers: ["posting", "applications"] + statuses + verdicts,
                alignments: [.left] + Array(repeating: .right, count: 1 + statuses.count + verdicts.count))
            for posting in stats.postings {
                table.append(
                    [posting.id, "\(posting.applications)"] + statuses.map { "\(posting.byStatus[$0] ?? 0)" }
                        + verdicts.map { "\(posting.byVerdict[$0] ?? 0)" })
            }
            var text = "\(stats.candidates) candidates, \(stats.files) CV files, \(stats.postings.count) postings, "
            text += "\(stats.databaseBytes / 1024) KiB\n"
            if !stats.postings.isEmpty { text += "\n" + Rendering.table(table, format: output.format, excel: output.excel, title: "Register") }
            try output.write(output.format == .table ? text : Rendering.table(table, format: output.format, excel: output.excel, title: "Register"))
        }
    }
}

/// Text renderings of register values.
enum DBText {
    static func day(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    static func minute(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }

    static func detail(_ detail: CandidateDetail) -> String {
        let summary = detail.summary
        let candidate = detail.candidate
        var out = "Candidate \(summary.id): \(summary.name ?? "(no name)")\n"
        if !candidate.contacts.emails.isEmpty { out += "  e-mail:    \(candidate.contacts.emails.joined(separator: ", "))\n" }
        if !candidate.contacts.phones.isEmpty { out += "  phone:     \(candidate.contacts.phones.joined(separator: ", "))\n" }
        if let address = candidate.contacts.address { out += "  address:   \(address)\n" }
        if candidate.contacts.nationalID != nil { out += "  personnummer: stored\n" }
        out += "  in the register since \(day(summary.importedAt))\n\nCV files (the last is current):\n"
        for file in detail.files {
            out += "  \(file.id). \(file.fileName)  \(file.bytes) bytes, imported \(minute(file.importedAt)) by \(file.importedBy)\n"
            out += "     sha256 \(file.sha256)\n"
            for warning in file.warnings { out += "     warning: \(warning)\n" }
        }
        out += "\nCurrent CV:\n"
        for job in candidate.employment {
            let span = "\(job.start?.description ?? "?") – \(job.isCurrent ? "now" : job.end?.description ?? "?")"
            out += "  job        \(span)  \(job.title)\(job.employer.map { ", \($0)" } ?? "")\(job.occupation.map { "  [\($0)]" } ?? "")\n"
        }
        for entry in candidate.education {
            out += "  education  \(entry.level?.rawValue ?? "level not stated")\(entry.field.map { " in \($0)" } ?? "")  \(entry.title)\n"
        }
        for skill in candidate.skills { out += "  system     \(skill.name) (\(skill.category))\(skill.level.map { ", \($0.rawValue)" } ?? "")\n" }
        for language in candidate.languages { out += "  language   \(language.language)\(language.level.map { " \($0.rawValue)" } ?? "")\n" }
        for licence in candidate.licences { out += "  licence    \(licence.licenceClass)\n" }
        out += "\nApplications:\n"
        if detail.applications.isEmpty { out += "  none\n" }
        for application in detail.applications {
            out += "  \(application.posting): \(application.status.rawValue)"
            if let verdict = application.verdict { out += ", screened \(verdict.rawValue)" }
            if let score = application.score { out += " (\(NumberFormatting.fixed(score, decimals: 1)))" }
            if application.anonymityRequested { out += ", anonymity requested" }
            out += "\n"
            for change in application.history { out += "    \(minute(change.at))  \(change.status.rawValue) by \(change.by)\n" }
        }
        return out
    }
}
