import ArgumentParser
import Foundation
import PassformCore
import PassformFormats

extension PassformCommand.Bench {
    /// `passform bench run`: throughput, peak memory and parser accuracy, measured in this process.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", 
            abstract: "Measure parsing, compiling, evaluation and screening speed, peak memory and parser accuracy.",
            discussion: """
                Uses the corpus in --corpus (written by 'bench generate'), or generates --count CVs in memory \
                (txt, json and docx in turn). Every loop repeats for at least --seconds, on one thread except files to ranking (as `screen` runs it, on every core). \
                Accuracy is how often the parsed months per occupation equal the ground truth. The register figures \
                run this binary end to end: 'db import' of the corpus's text CVs, and 'db search' over registers of \
                --register-sizes candidates (copies of the text CVs, each its own person), with each process's peak \
                memory. Build with 'swift build -c release' first: debug builds are many times slower.
                """)

        @Option(help: "A corpus folder written by 'bench generate'.", completion: .directory) var corpus: String?
        @Option(help: "Without --corpus: how many CVs to generate in memory.") var count = 3_000
        @OptionGroup var corpusOptions: CorpusOptions
        @Option(help: "The least time each measured loop runs, in seconds.") var seconds = 1.0
        @Option(help: "The profile to screen against in the files-to-ranking figure.") var profile = "ekonomiassistent-2"
        @Option(help: "A folder of job postings to compile and evaluate too (skipped when absent).", completion: .directory)
        var postings = "Postings"
        @OptionGroup var profiles: ProfileOptions
        @Option(help: "Output format: table or json.") var format: OutputFormat = .table
        @Option(help: "Measure only these (comma-separated): txt, json, docx, compile, prepare, evaluate, files, import, search.")
        var only: String?
        @Option(help: "Register sizes for 'db search' (comma-separated); 1000000 takes some minutes to fill and ~5 GB of disk.")
        var registerSizes = "10000,100000"
        @Option(help: "Build the 'db search' register in this file and keep it; a later run grows it to larger sizes.")
        var register: String?

        static let measures = ["txt", "json", "docx", "compile", "prepare", "evaluate", "files", "import", "search"]

        /// `--register-sizes` as numbers.
        var sizes: [Int] { registerSizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

        private func measures(_ key: String) -> Bool {
            guard let only else { return true }
            return only.split(separator: ",").contains { $0.trimmingCharacters(in: .whitespaces) == key }
        }

        func validate() throws {
            guard count >= 1 else { throw ValidationError("--count must be at least 1.") }
            guard seconds > 0 else { throw ValidationError("--seconds must be more than 0.") }
            guard format == .table || format == .json else { throw ValidationError("--format must be table or json.") }
            if let only, let unknown = only.split(separator: ",").first(where: { !Self.measures.contains($0.trimmingCharacters(in: .whitespaces)) }) {
                throw ValidationError("--only takes \(Self.measures.joined(separator: ", ")); got '\(unknown)'.")
            }
            let sizes = registerSizes.split(separator: ",")
            guard !sizes.isEmpty, sizes.allSatisfy({ (Int($0.trimmingCharacters(in: .whitespaces)) ?? 0) > 0 }) else {
                throw ValidationError("--register-sizes takes counts of candidates such as 10000,100000; got '\(registerSizes)'.")
            }
        }

        func run() throws {
            let (items, asOf) = try loadItems()
            let targets = try loadTargets()
            var bench = BenchMeasurements(items: items, asOf: asOf, targets: targets)
            bench.minimumSeconds = seconds
            let reader = CVReader()
            var figures: [BenchFigure] = []
            var accuracy: [(CorpusFormat, CorpusAccuracy)] = []
            var candidates: [Candidate] = []
            for format in CorpusFormat.allCases {
                let (figure, parsed, tally) = try bench.parse(format, reader: reader, timed: measures(format.rawValue))
                if let figure { figures.append(figure) }
                if tally.cvs > 0 { accuracy.append((format, tally)) }
                candidates += parsed.map(\.0)
            }
            if measures("compile") { figures.append(bench.compile()) }
            if !candidates.isEmpty, measures("prepare") { figures.append(bench.prepare(candidates)) }
            if !candidates.isEmpty, measures("evaluate") {
                figures.append(bench.evaluate(candidates))
                figures.append(bench.evaluate(candidates, explained: false))
            }
            if let corpus, measures("files") {
                figures.append(try filesToRanking(corpus, asOf: asOf, bench: bench))
            }
            if measures("import") || measures("search") {
                let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("passform-bench-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: scratch) }
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                let register = BenchRegister(items: items, asOf: asOf, profile: profile, profiles: profiles.profiles)
                if measures("import"), let figure = try register.importFigure(scratch: scratch) { figures.append(figure) }
                if measures("search") { figures += try register.searchFigures(sizes: sizes, scratch: scratch, keep: self.register) }
            }
            let report = BenchReport(
                machine: BenchReport.Machine.current, cvs: items.count, asOf: asOf, figures: figures,
                accuracy: accuracy.map { BenchReport.Accuracy($0.0, $0.1) })
            FileHandle.standardOutput.write(Data((format == .json ? try JSONOutput.encode(report) : report.table()).utf8))
        }

        private func loadItems() throws -> ([CorpusFiles.Item], YearMonth) {
            guard let corpus else {
                let files = CorpusFiles(generator: corpusOptions.generator, formats: [.txt, .json, .docx])
                return (try (0..<count).map { try files.item(at: $0) }, corpusOptions.month)
            }
            let records = try BenchCorpus.truth(in: corpus)
            guard let first = records.first else { throw InputError.invalid(path: corpus, reason: "the corpus is empty") }
            let items = try records.map { record in
                let path = (corpus as NSString).appendingPathComponent(record.file)
                guard let data = FileManager.default.contents(atPath: path) else { throw InputError.notFound(path: path) }
                return CorpusFiles.Item(
                    file: record.file, format: CorpusFormat(rawValue: record.format) ?? .txt, data: data, truth: record)
            }
            return (items, first.asOf)
        }

        private func loadTargets() throws -> [ScreeningTarget] {
            var targets = try profiles.store.loadAll().map(ScreeningTarget.init)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: postings, isDirectory: &isDirectory), isDirectory.boolValue {
                let reader = PostingReader()
                let files = (try? FileManager.default.contentsOfDirectory(atPath: postings))?.sorted() ?? []
                for file in files where !file.hasPrefix(".") && !file.lowercased().hasPrefix("readme") {
                    let path = (postings as NSString).appendingPathComponent(file)
                    guard let ad = try? reader.read(path: path) else { continue }
                    targets.append(ScreeningTarget(id: file, title: ad.title, requirements: ad.requirements, merits: ad.merits))
                }
            }
            return targets
        }

        /// What `passform screen --profile P DIR --format csv` does, timed once: list, read and parse the files,
        /// evaluate and rank them on every core, and explain what each candidate lacks.
        private func filesToRanking(_ corpus: String, asOf: YearMonth, bench: BenchMeasurements) throws -> BenchFigure {
            let clock = ContinuousClock()
            let start = clock.now
            let target = ScreeningTarget(try profiles.store.load(id: profile))
            let files = try InputFiles.expand([corpus], extensions: CVReader.fileExtensions)
            let result = CVScreening(screener: Screener(target: target)).run(files, asOf: asOf, detail: .openPoints)
            let seconds = BenchMeasurements.seconds(clock.now - start)
            return bench.figure(
                "files to ranking (\(profile))", count: files.count, seconds: seconds, unit: "CVs",
                note: "\(result.entries.filter { $0.evaluation.verdict == .qualified }.count) qualified, \(result.failures.count) unreadable")
        }
    }
}
