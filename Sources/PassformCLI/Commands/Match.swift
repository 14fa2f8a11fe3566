import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform match <cv>`: the reverse of screening.
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "match", 
            abstract: "List the role levels (and ads) a candidate qualifies for, and what is missing for the next level up.")

        @Argument(help: "One CV file.", completion: .file()) var cv: String
        @Option(help: "Also match against the job postings in this folder.", completion: .directory) var postings: String?
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var profiles: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions

        func run() throws {
            let document = try limits.current.cvReader.read(path: cv, asOf: asOf.month)
            var targets = try profiles.store.loadAll().map(ScreeningTarget.init)
            var unreadPostings = 0
            if let postings {
                for file in try InputFiles.expand([postings], extensions: ["txt", "md", "markdown", "html", "htm", "json", "jsonld"]) {
                    do {
                        targets.append(try TargetLoader.load(profile: nil, posting: file, store: profiles.store, limits: limits.current))
                    } catch {
                        Diagnostics.error("\(error)")
                        unreadPostings += 1
                    }
                }
            }
            let ladder = ProfileLadder(candidate: document.candidate, targets: targets, asOf: asOf.month)
            switch output.format {
            case .json:
                struct Row: Encodable {
                    var id: String
                    var title: String
                    var verdict: Verdict
                    var score: Double
                    var missing: [String]
                }
                struct Body: Encodable {
                    var file: String
                    var asOf: String
                    var targets: [Row]
                    var nextSteps: [String]
                }
                let body = Body(
                    file: cv, asOf: asOf.month.description,
                    targets: ladder.rungs.map {
                        Row(id: $0.target.id, title: $0.target.title, verdict: $0.evaluation.verdict, score: $0.evaluation.score, missing: $0.missing)
                    }, nextSteps: ladder.nextSteps.map(\.description))
                try output.write(try output.json(body))
            default:
                var table = TextTable(headers: ["target", "verdict", "score", "missing"], alignments: [.left, .left, .right, .left])
                for rung in ladder.rungs {
                    table.append([
                        rung.target.id, rung.evaluation.verdict.rawValue, NumberFormatting.fixed(rung.evaluation.score, decimals: 1),
                        rung.missing.joined(separator: "; "),
                    ])
                }
                var text = Rendering.table(table, format: output.format, excel: output.excel, title: "Matches for \(cv)")
                if output.format == .table {
                    text = table.rendered(style: Rendering.verdictStyle)
                    if !ladder.nextSteps.isEmpty {
                        text += "\nNext level up:\n" + ladder.nextSteps.map { "  \($0)\n" }.joined()
                    }
                }
                try output.write(text)
            }
            if unreadPostings > 0 { throw ExitCode.failure }
        }
    }
}
