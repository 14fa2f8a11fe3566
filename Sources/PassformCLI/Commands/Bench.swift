import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand {
    /// `passform bench`: a synthetic CV corpus with ground truth, and measurements of speed and accuracy on it.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "bench", 
            abstract: "Generate a synthetic CV corpus with ground truth, and measure speed and accuracy on it.",
            discussion: """
                Build with 'swift build -c release' before measuring: debug builds are many times slower.
                """,
            subcommands: [Generate.self, Run.self, Truth.self])
    }
}

/// `--seed` and `--as-of` for a generated corpus.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The seed: the same seed, count and formats give the same corpus, byte for byte.") var seed: UInt64 = 1
    @Option(name: .customLong("as-of"), help: "The month 'present' means in the corpus (YYYY-MM or YYYY-MM-DD).")
    var asOf: String = "2026-11"

    func validate() throws {
        guard AsOfOption.parse(asOf) != nil else { throw ValidationError("--as-of must be a month such as 2026-11, got '\(asOf)'.") }
    }

    var month: YearMonth { AsOfOption.parse(asOf) ?? YearMonth(year: 2026, month: 11) }

    var generator: CorpusGenerator { CorpusGenerator(seed: seed, asOf: month) }

    /// `txt,json,docx` as formats.
    static func formats(_ list: String) throws -> [CorpusFormat] {
        let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let formats = names.compactMap(CorpusFormat.init(rawValue:))
        guard formats.count == names.count, !formats.isEmpty else {
            throw ValidationError("--formats takes txt, json and docx, separated by commas; got '\(list)'.")
        }
        return formats
    }
}

extension PassformCommand.Bench {
    /// `passform bench generate`: writes a corpus folder.
    struct Generate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "generate", 
            abstract: "Write a deterministic corpus of synthetic CVs (Swedish, Norwegian, Danish, English) and its ground truth.",
            discussion: """
                Writes cv-000000.txt … (or .json, .docx), truth.jsonl (one line per person: true months per occupation \
                at the as-of date, education, systems, languages, licences) and README.md (the command that made it).
                """)

        @Option(help: "How many CVs to write.") var count: Int
        @OptionGroup var corpus: CorpusOptions
        @Option(help: "The folder to write to (created if needed).", completion: .directory) var out: String
        @Option(help: "File formats, taken in turn: txt, json, docx (comma-separated).") var formats = "txt"

        func validate() throws {
            guard count >= 1 else { throw ValidationError("--count must be at least 1.") }
            _ = try CorpusOptions.formats(formats)
        }

        func run() throws {
            let files = CorpusFiles(generator: corpus.generator, formats: try CorpusOptions.formats(formats))
            let bytes = try files.write(count: count, to: out)
            Diagnostics.note("wrote \(count) CVs (\(bytes / 1024) KiB) and truth.jsonl to \(out)")
        }
    }

    /// `passform bench truth`: who in a corpus is truly qualified for a profile or posting.
    struct Truth: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "truth", 
            abstract: "List the CVs of a corpus whose true facts meet a profile or posting (the ground truth for ranking).",
            discussion: """
                Each person's true facts (truth.jsonl) are screened by the engine; the output is one line per CV file, \
                'file<TAB>verdict', in file order.
                """)

        @Option(help: "The corpus folder (with truth.jsonl).", completion: .directory) var corpus: String
        @Option(help: "The role profile to screen against, such as ekonomiassistent-2.") var profile: String?
        @Option(help: "A job posting file to screen against.", completion: .file()) var posting: String?
        @OptionGroup var profiles: ProfileOptions

        func validate() throws {
            guard (profile == nil) != (posting == nil) else {
                throw ValidationError("Give exactly one of --profile ID or --posting FILE.")
            }
        }

        func run() throws {
            let target = try TargetLoader.load(profile: profile, posting: posting, store: profiles.store)
            let screener = Screener(target: target)
            var out = ""
            for record in try BenchCorpus.truth(in: corpus) {
                let verdict = screener.evaluate(PreparedCandidate(record.candidate, asOf: record.asOf)).verdict
                out += "\(record.file)\t\(verdict.rawValue)\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

/// Reading a corpus folder back.
enum BenchCorpus {
    static func truth(in folder: String) throws -> [GroundTruth] {
        let path = (folder as NSString).appendingPathComponent("truth.jsonl")
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError.notFound(path: path) }
        do {
            return try GroundTruth.records(inJSONLines: String(decoding: data, as: UTF8.self))
        } catch {
            throw InputError.invalid(path: path, reason: "not a corpus truth file (one JSON record per line)")
        }
    }
}
