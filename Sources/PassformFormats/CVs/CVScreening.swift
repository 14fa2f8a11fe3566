import PassformCore

/// Screens CV files against one target on all cores, reading, preparing and ranking each file in one pass, so that a
/// pool of 20,000 CVs never sits in memory as whole documents; with a `top`, only the candidates kept are explained.
public struct CVScreening: Sendable {
    /// How much of each shown candidate's evaluation to build.
    public enum Detail: Sendable {
        /// Every requirement with its evidence (``Screener/evaluate(_:explained:)``): for JSON, HTML and `--explain`.
        case full
        /// Only the requirements not met are explained (``Screener/evaluateOpenPoints(_:)``): enough for a table.
        case openPoints
    }

    /// The ranked report entries, a key from each shown id to its file in reading order, and the unreadable files.
    public struct Result: Sendable {
        /// The best `top` candidates (all when nil), best first.
        public var entries: [ScreeningReport.Entry]
        /// Every readable CV's id and file, in the order the files were given (the key of a blind report).
        public var key: [(id: String, file: String)]
        /// The files that could not be read, in the order given.
        public var failures: [CVBatch.Failure]
    }

    public var reader: CVReader
    public var screener: Screener

    /// Screens with `reader`, which then leaves out the facts the screener's target does not ask about.
    public init(reader: CVReader = CVReader(), screener: Screener) {
        self.reader = reader
        self.reader.facets = reader.facets.intersection(screener.target.facets)
        self.screener = screener
    }

    /// Screens `files` at `asOf`. Ids are the file names, or A, B, C … in reading order when `blind`; ties in verdict
    /// and score are ranked by id.
    public func run(_ files: [String], asOf: YearMonth, top: Int? = nil, blind: Bool = false, detail: Detail = .full) -> Result {
        let screener = screener
        let reader = reader
        // Without a top every candidate is shown: explain each in the pass and keep only its evaluation.
        let explainInPass = top == nil
        let outcomes = Parallel.map(files) { path -> Outcome in
            switch reader.readResult(path: path, asOf: asOf) {
            case .failure(let failure):
                return .failure(failure)
            case .success(let document):
                let prepared = PreparedCandidate(document.candidate, asOf: asOf)
                if explainInPass {
                    let evaluation = Self.evaluate(prepared, screener, detail)
                    return .ranked(Ranked(
                        file: document.file, name: document.candidate.name, verdict: evaluation.verdict,
                        score: evaluation.score, pending: .evaluated(evaluation)))
                }
                let (verdict, score) = screener.verdictAndScore(prepared)
                return .ranked(Ranked(
                    file: document.file, name: document.candidate.name, verdict: verdict, score: score,
                    pending: .prepared(prepared)))
            }
        }

        var readable: [Ranked] = []
        var failures: [CVBatch.Failure] = []
        readable.reserveCapacity(outcomes.count)
        for outcome in outcomes {
            switch outcome {
            case .ranked(let candidate): readable.append(candidate)
            case .failure(let failure): failures.append(failure)
            }
        }
        let ranked = readable
        let ids = ranked.indices.map { n in blind ? ScreeningReport.blindID(n) : PathNames.lastComponent(ranked[n].file) }
        let order = ranked.indices.sorted { a, b in
            ScreeningReport.listsBefore((ranked[a].verdict, ranked[a].score, ids[a]), (ranked[b].verdict, ranked[b].score, ids[b]))
        }
        let kept = top.map { Array(order.prefix($0)) } ?? order
        let entries = Parallel.map(kept, chunk: 64) { i in
            let evaluation: Evaluation
            switch ranked[i].pending {
            case .evaluated(let done): evaluation = done
            case .prepared(let prepared): evaluation = Self.evaluate(prepared, screener, detail)
            }
            return ScreeningReport.Entry(id: ids[i], file: ranked[i].file, name: ranked[i].name, evaluation: evaluation)
        }
        let key = ranked.indices.map { (id: ids[$0], file: ranked[$0].file) }
        return Result(entries: entries, key: key, failures: failures)
    }

    private static func evaluate(_ prepared: PreparedCandidate, _ screener: Screener, _ detail: Detail) -> Evaluation {
        switch detail {
        case .full: screener.evaluate(prepared)
        case .openPoints: screener.evaluateOpenPoints(prepared)
        }
    }

    /// A readable CV after the pass: what ranking needs, and either its evaluation or what to build it from.
    private struct Ranked: Sendable {
        enum Pending: Sendable {
            case evaluated(Evaluation)
            case prepared(PreparedCandidate)
        }

        var file: String
        var name: String?
        var verdict: Verdict
        var score: Double
        var pending: Pending
    }

    private enum Outcome: Sendable {
        case ranked(Ranked)
        case failure(CVBatch.Failure)
    }
}
