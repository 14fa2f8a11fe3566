import ArgumentParser
import Foundation
import PassformCore
import PassformFormats
import PassformStorage

extension Verdict: ExpressibleByArgument {}

extension PassformCommand.DB {
    /// `passform db search`.
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "search", 
            abstract: "Screen the whole register against a role profile or a posting; the output is that of 'screen'.",
            discussion: """
                Candidates whose stored facts (months per occupation, systems, education level) rule out every verdict \
                asked for are skipped before their CV is read. By default qualified and review candidates are listed; \
                --all lists everyone. With --applicants only the posting's applicants are screened, and each verdict \
                and score is recorded on the application (received → screened).
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var profileSource: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var actor: ActorOption

        @Option(help: "The role profile to screen against, such as ekonomiassistent-2.") var profile: String?
        @Option(help: "The posting to screen against: its id in the register (see 'passform db postings list') or a posting file.")
        var posting: String?
        @Option(help: "List only this verdict: qualified or review.") var verdict: Verdict?
        @Flag(help: "List not-qualified candidates too (no candidate is skipped).") var all = false
        @Flag(help: "Screen only the posting's applicants, and record the verdicts on their applications.") var applicants = false
        @Option(help: "List at most this many candidates.") var top: Int?
        @Flag(help: "Show every requirement with its status and the CV line it rests on.") var explain = false

        func validate() throws {
            guard (profile == nil) != (posting == nil) else { throw ValidationError("Give either --profile ID or --posting ID.") }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if applicants, posting == nil { throw ValidationError("--applicants needs --posting ID.") }
            if verdict == .notQualified { throw ValidationError("--verdict takes qualified or review; use --all to list everyone.") }
            if verdict != nil, all { throw ValidationError("--verdict and --all exclude each other.") }
        }

        func run() throws {
            let register = try database.open()
            let target = try profile.map { ScreeningTarget(try profileSource.store.load(id: $0)) } ?? postingTarget(register)
            let verdicts: Set<Verdict> = all ? [.qualified, .review, .notQualified] : verdict.map { [$0] } ?? [.qualified, .review]
            let month = asOf.month
            // Everyone is ranked on verdict and score; only the candidates listed are explained.
            let result = try register.search(
                Screener(target: target), asOf: month, verdicts: verdicts, applicantsOf: applicants ? posting : nil, top: top)
            try register.recordScreening(target: target.id, result: result, applicantsOf: applicants ? posting : nil, by: actor.name)
            var report = ScreeningReport(target: target, asOf: month, entries: result.entries, failures: [], isBlind: false)
            if let top { report.keepTop(top) }
            try output.write(try ScreeningText.render(report, format: output.format, excel: output.excel, explain: explain))
            Diagnostics.note(
                "\(result.considered) candidates, \(result.considered - result.evaluated) ruled out by the index, "
                    + "\(result.evaluated) evaluated, \(result.ranking.count) listed")
        }

        /// The posting in the register, or else the posting file of that name (not stored).
        private func postingTarget(_ register: PassformDatabase) throws -> ScreeningTarget {
            let reference = posting ?? ""
            do {
                return try register.posting(reference).target
            } catch StorageError.postingNotFound(let id) {
                guard !applicants, FileManager.default.fileExists(atPath: reference) else { throw StorageError.postingNotFound(id) }
                return try TargetLoader.load(profile: nil, posting: reference, store: profileSource.store)
            }
        }
    }
}
