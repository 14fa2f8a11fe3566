import Foundation
import PassformCore
import PassformFormats

/// One measured figure of `passform bench run`.
struct BenchFigure: Codable, Sendable {
    /// What was measured ("parse text CVs").
    var name: String
    /// How many items were processed.
    var count: Int
    var seconds: Double
    /// Items per second.
    var rate: Double
    /// "CVs", "evaluations", "profiles".
    var unit: String
    /// Peak resident memory of the process so far, in MiB (getrusage maxrss).
    var peakMiB: Double
    /// The target, if the issue sets one (items per second, or seconds for a search).
    var target: String?
    var note: String?
}

/// The measurements behind `passform bench run`: all in this process, one thread, on values already in memory
/// unless the figure says otherwise.
struct BenchMeasurements {
    var items: [CorpusFiles.Item]
    var asOf: YearMonth
    var targets: [ScreeningTarget]
    /// Minimum time per measured loop; loops repeat until they have run this long.
    var minimumSeconds = 1.0

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Peak resident set size so far, in MiB.
    static func peakMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs `body` (which processes `count` items and returns a checksum) until `minimumSeconds` have passed.
    func repeatedly(_ count: Int, _ body: () throws -> Int) rethrows -> (rounds: Int, seconds: Double, checksum: Int) {
        let clock = ContinuousClock()
        var rounds = 0
        var checksum = 0
        let start = clock.now
        repeat {
            checksum &+= try body()
            rounds += 1
        } while Self.seconds(clock.now - start) < minimumSeconds
        return (rounds, Self.seconds(clock.now - start), checksum)
    }

    func figure(_ name: String, count: Int, seconds: Double, unit: String, target: String? = nil, note: String? = nil) -> BenchFigure {
        BenchFigure(
            name: name, count: count, seconds: seconds, rate: seconds > 0 ? Double(count) / seconds : 0, unit: unit,
            peakMiB: Self.peakMiB(), target: target, note: note)
    }

    // MARK: - Parsing

    /// Parses every CV of `format`, repeatedly; also returns the parsed candidates (from the first round) with their truth.
    func parse(_ format: CorpusFormat, reader: CVReader, timed: Bool = true) throws -> (BenchFigure?, [(Candidate, GroundTruth)], CorpusAccuracy) {
        let chosen = items.filter { $0.format == format }
        guard !chosen.isEmpty else { return (nil, [], CorpusAccuracy()) }
        var accuracy = CorpusAccuracy()
        var parsed: [(Candidate, GroundTruth)] = []
        for item in chosen {
            do {
                let candidate = try read(item, reader: reader)
                parsed.append((candidate, item.truth))
                accuracy.add(parsed: candidate, truth: item.truth)
            } catch {
                accuracy.addUnreadable(truth: item.truth)
            }
        }
        guard timed else { return (nil, parsed, accuracy) }
        let texts = chosen.map { String(decoding: $0.data, as: UTF8.self) }
        let bytes = chosen.reduce(0) { $0 + $1.data.count }
        let run: (rounds: Int, seconds: Double, checksum: Int)
        switch format {
        case .txt:
            // The text parser alone, on decoded text (the file read is measured by "files to ranking").
            run = repeatedly(texts.count) {
                var jobs = 0
                for text in texts { jobs += (try? reader.textParser.parse(text, asOf: asOf))?.employment.count ?? 0 }
                return jobs
            }
        case .json:
            run = repeatedly(texts.count) {
                var jobs = 0
                for text in texts { jobs += (try? reader.jsonResumeParser.parse(text, asOf: asOf))?.employment.count ?? 0 }
                return jobs
            }
        case .docx:
            // Unzip, XML, text, parse: the whole of CVReader on the file's bytes.
            run = repeatedly(chosen.count) {
                var jobs = 0
                for item in chosen { jobs += (try? reader.read(item.data, file: item.file, asOf: asOf))?.candidate.employment.count ?? 0 }
                return jobs
            }
        }
        let (name, target): (String, String?) =
            switch format {
            case .txt: ("parse text CVs", "≥ 5,000/s")
            case .json: ("parse JSON Resume CVs", nil)
            case .docx: ("read DOCX CVs", "≥ 500/s")
            }
        let count = run.rounds * chosen.count
        let averageKiB = Double(bytes) / Double(chosen.count) / 1024
        let fig = figure(
            name, count: count, seconds: run.seconds, unit: "CVs", target: target,
            note: String(format: "%.1f KiB per CV, %.0f MB/s", averageKiB, Double(bytes * run.rounds) / run.seconds / 1e6))
        return (fig, parsed, accuracy)
    }

    func read(_ item: CorpusFiles.Item, reader: CVReader) throws -> Candidate {
        try reader.read(item.data, file: item.file, asOf: asOf).candidate
    }

    // MARK: - Engine

    /// Compiling every target into a screener.
    func compile() -> BenchFigure {
        let run = repeatedly(targets.count) {
            var total = 0
            for target in targets { total += Screener(target: target).target.requirements.count }
            return total
        }
        return figure("compile profiles and postings", count: run.rounds * targets.count, seconds: run.seconds, unit: "targets")
    }

    /// Preparing candidates (month intervals, skills by category) for evaluation.
    func prepare(_ candidates: [Candidate]) -> BenchFigure {
        let run = repeatedly(candidates.count) {
            var jobs = 0
            for candidate in candidates { jobs += PreparedCandidate(candidate, asOf: asOf).candidate.employment.count }
            return jobs
        }
        return figure("prepare parsed candidates", count: run.rounds * candidates.count, seconds: run.seconds, unit: "CVs")
    }

    /// Every compiled target against every prepared candidate: one requirement-set evaluation each; `explained`
    /// false measures the ranking fast path (verdict, score and statuses without evidence or messages).
    func evaluate(_ candidates: [Candidate], explained: Bool = true) -> BenchFigure {
        let prepared = candidates.map { PreparedCandidate($0, asOf: asOf) }
        let screeners = targets.map { Screener(target: $0) }
        let requirements = targets.reduce(0) { $0 + $1.requirements.count + $1.merits.count }
        let run = repeatedly(prepared.count * screeners.count) {
            var qualified = 0
            for screener in screeners {
                for candidate in prepared where screener.evaluate(candidate, explained: explained).verdict == .qualified {
                    qualified += 1
                }
            }
            return qualified
        }
        return figure(
            explained ? "evaluate compiled targets, explained" : "evaluate compiled targets, verdict and score only", count: run.rounds * prepared.count * screeners.count, seconds: run.seconds,
            unit: "evaluations", target: "≥ 1,000,000/s",
            note: "\(screeners.count) targets (\(requirements) requirements and merits) × \(prepared.count) CVs")
    }
}
