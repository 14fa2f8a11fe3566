import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform screen`: every CV against a role profile or a job posting, every verdict explained.
    struct Screen: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "screen", 
            abstract: "Screen CVs against a role profile or a job posting and rank them, with the evidence for every verdict.",
            discussion: """
                Each requirement is met, unmet or for review; the verdict is qualified (all met), not_qualified \
                (something clearly unmet) or review (nothing unmet, something undecided). Files that cannot be read \
                are listed at the end with the reason; the others are still screened.
                """)

        @Option(help: "The role profile to screen against, such as ekonomiassistent-2.") var profile: String?
        @Option(help: "A job posting file to screen against (text, Markdown, HTML or JSON-LD).", completion: .file())
        var posting: String?
        @Argument(help: "CV files or folders of CVs.", completion: .file()) var cvs: [String]

        @OptionGroup var asOf: AsOfOption
        @OptionGroup var profiles: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions
        @Flag(help: "Hide names, contacts, personnummer, age and gender cues; show candidates as A, B, C …") var blind = false
        @Option(help: "With --blind: write the key from letters to files here (CSV), to keep apart from the report.")
        var blindKey: String?
        @Flag(help: "Show every requirement with its status and the CV line it rests on.") var explain = false
        @Option(help: "Show only the best N candidates.") var top: Int?

        func validate() throws {
            guard (profile == nil) != (posting == nil) else {
                throw ValidationError("Give exactly one of --profile ID or --posting FILE.")
            }
            if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
            if blindKey != nil, !blind { throw ValidationError("--blind-key goes with --blind.") }
        }

        func run() throws {
            let (profile, posting, store, cvs, limits) = (profile, posting, profiles.store, cvs, limits.current)
            // Listing 20,000 files takes as long as loading the target and building the CV reader's vocabularies.
            let ((target, reader), files) = try Parallel.both(
                { (try TargetLoader.load(profile: profile, posting: posting, store: store, limits: limits), limits.cvReader) },
                { try CVFiles.expand(cvs) })
            guard !files.isEmpty else { throw ValidationError("No CV files found in \(cvs.joined(separator: ", ")).") }
            // A table lists only what is open; JSON, HTML and --explain show every requirement with its evidence.
            let tableOnly = [.csv, .md].contains(output.format) || output.format == .table && !explain
            let screening = CVScreening(reader: reader, screener: Screener(target: target))
            let result = screening.run(files, asOf: asOf.month, top: top, blind: blind, detail: tableOnly ? .openPoints : .full)
            if let blindKey {
                var key = TextTable(headers: ["candidate", "file"])
                for (id, file) in result.key { key.append([id, file]) }
                try Data(key.csv().utf8).write(to: URL(fileURLWithPath: blindKey))
            }
            let report = ScreeningReport(
                target: target, asOf: asOf.month, entries: result.entries,
                failures: result.failures.map(ScreeningReport.Failure.init), isBlind: blind)
            try output.write(ScreeningText.render(report, format: output.format, excel: output.excel, explain: explain))
            ProcessLifetime.keep((report, result))
            for failure in report.failures {
                Diagnostics.error("\(blind ? "(a file)" : failure.file): \(failure.reason)")
            }
            // The report holds every readable CV; the exit code still tells a script that some file was not read.
            if !report.failures.isEmpty { throw ExitCode.failure }
        }
    }
}

extension ScreeningReport.Failure {
    /// A CV that could not be read, its reason without the file name the message starts with.
    init(_ failure: CVBatch.Failure) {
        let prefix = failure.file + ": "
        let reason = failure.message.hasPrefix(prefix) ? String(failure.message.dropFirst(prefix.count)) : failure.message
        self.init(file: failure.file, reason: reason)
    }
}

/// Finds what to screen against: a profile from the store, or a posting file.
enum TargetLoader {
    static func load(
        profile: String?, posting: String?, store: ProfileStore, limits: InputLimitSettings = InputLimitSettings()
    ) throws -> ScreeningTarget {
        if let profile { return ScreeningTarget(try store.load(id: profile)) }
        guard let posting else { throw ValidationError("Give --profile ID or --posting FILE.") }
        let ad = try limits.postingReader.read(path: posting)
        return ScreeningTarget(
            id: (posting as NSString).lastPathComponent, title: ad.title, requirements: ad.requirements, merits: ad.merits)
    }
}

/// The screening report in the format asked for.
enum ScreeningText {
    static func render(_ report: ScreeningReport, format: OutputFormat, excel: Bool, explain: Bool) throws -> String {
        switch format {
        case .json:
            return String(decoding: try report.jsonData(), as: UTF8.self) + "\n"
        case .csv:
            return report.table().csv(excel: excel)
        case .html:
            return report.html()
        case .md:
            return Rendering.markdown(report.table())
        case .table:
            var out = "\(report.target.title) (\(report.target.id)), as of \(report.asOf): \(report.entries.count) candidate(s)\n\n"
            out += report.table().rendered(style: Rendering.verdictStyle)
            if explain { out += "\n" + report.explanation() }
            if !report.failures.isEmpty {
                out += "\n\(report.failures.count) file(s) could not be screened; see the errors on standard error.\n"
            }
            return out
        }
    }
}
