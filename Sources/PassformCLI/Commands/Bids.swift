import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform bids`: procurement call-offs under the framework.
    struct Bids: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bids", 
            abstract: "Check offered consultants against the framework and rank the bids by the call-off's model.",
            subcommands: [Evaluate.self], defaultSubcommand: Evaluate.self)
    }
}

extension PassformCommand.Bids {
    /// `passform bids evaluate <file>`.
    struct Evaluate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "evaluate", 
            abstract: "Evaluate a call-off file: rejections with reasons, the ranking, the winner and a decision memo.",
            discussion: """
                The call-off file (YAML, see Examples/bids/) names the role level, extra ska-krav, merits (bör-krav) \
                with their value, the evaluation model (deduction, lowest-price or weighted) and the bids with their CV \
                files (paths relative to the call-off file). --format md or html writes a tilldelningsbeslut draft.
                """)

        @Argument(help: "The call-off file.", completion: .file()) var file: String
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var profiles: ProfileOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var limits: LimitOptions

        func run() throws {
            let settings = limits.current
            var callOffFile = CallOffFile()
            callOffFile.limits = settings.input
            let callOff = try callOffFile.parse(try InputFiles.text(at: file, limit: settings.input.yamlBytes), path: file)
            let profile: RoleProfile
            do {
                profile = try profiles.store.load(id: callOff.role.rawValue)
            } catch let error as ProfileStoreError {
                throw InputError.invalid(path: file, reason: "calloff.role: \(error)")
            }
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
            let reader = settings.cvReader
            let cvs: [Result<Candidate, CVUnavailable>] = callOff.bids.map { bid in
                let path = bid.cvFile.hasPrefix("/") ? bid.cvFile : folder.appendingPathComponent(bid.cvFile).path
                do {
                    return .success(try reader.read(path: path, asOf: asOf.month).candidate)
                } catch {
                    return .failure(CVUnavailable(reason: "\(error)"))
                }
            }
            for (bid, cv) in zip(callOff.bids, cvs) {
                if case .failure(let problem) = cv { Diagnostics.error("\(file): bid \(bid.label): \(problem.reason)") }
            }
            let report = BidReport(BidEvaluator().evaluate(callOff, profile: profile, cvs: cvs, asOf: asOf.month))
            switch output.format {
            case .json: try output.write(String(decoding: try report.jsonData(), as: UTF8.self) + "\n")
            case .md: try output.write(report.markdown())
            case .html: try output.write(report.html())
            case .csv: try output.write(report.rankingTable().csv(excel: output.excel))
            case .table: try output.write(report.text())
            }
        }
    }
}
