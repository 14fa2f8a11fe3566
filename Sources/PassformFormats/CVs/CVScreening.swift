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
        /// Every file's result from the pass, kept with the entries that share its values: a caller that keeps the
        /// result until it exits (as the `screen` command does) never pays for releasing them one by one.
        let screened: [Screened]
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
        let screened = Parallel.map(files) { path -> Screened in
            switch reader.readResult(path: path, asOf: asOf) {
            case .failure(let failure):
                return Screened(failure: failure)
            case .success(let document):
                let id = blind ? "" : PathNames.lastComponent(document.file)
                let prepared = PreparedCandidate(document.candidate, asOf: asOf)
                if explainInPass {
                    let evaluation = Self.evaluate(prepared, screener, detail)
                    return Screened(
                        file: document.file, id: id, name: document.candidate.name, verdict: evaluation.verdict,
                        score: evaluation.score, pending: .evaluated(evaluation))
                }
                let (verdict, score) = screener.verdictAndScore(prepared)
                return Screened(
                    file: document.file, id: id, name: document.candidate.name, verdict: verdict, score: score,
                    pending: .prepared(prepared))
            }
        }

        // From here on one thread reads the results in place, by position: copying 20,000 of them would take longer
        // than ranking them.
        var positions: [Int] = []
        var failures: [CVBatch.Failure] = []
        positions.reserveCapacity(screened.count)
        for i in screened.indices {
            if let failure = screened[i].failure { failures.append(failure) } else { positions.append(i) }
        }
        let readable = positions
        let ids = blind ? readable.indices.map(ScreeningReport.blindID) : readable.map { screened[$0].id }
        let order = readable.indices.sorted { a, b in
            let (x, y) = (readable[a], readable[b])
            return ScreeningReport.listsBefore(
                (screened[x].verdict, screened[x].score, ids[a]), (screened[y].verdict, screened[y].score, ids[b]))
        }
        let kept = top.map { Array(order.prefix($0)) } ?? order
        let entries = Parallel.map(kept, chunk: 64) { n in
            let i = readable[n]
            let evaluation: Evaluation
            switch screened[i].pending {
            case .evaluated(let done): evaluation = done
            case .prepared(let prepared): evaluation = Self.evaluate(prepared, screener, detail)
            case nil: preconditionFailure("a file that was read has an evaluation or a prepared candidate")
            }
            return ScreeningReport.Entry(id: ids[n], file: screened[i].file, name: screened[i].name, evaluation: evaluation)
        }
        let key = readable.indices.map { (id: ids[$0], file: screened[readable[$0]].file) }
        return Result(entries: entries, key: key, failures: failures, screened: screened)
    }

    private static func evaluate(_ prepared: PreparedCandidate, _ screener: Screener, _ detail: Detail) -> Evaluation {
        switch detail {
        case .full: screener.evaluate(prepared)
        case .openPoints: screener.evaluateOpenPoints(prepared)
        }
    }

    /// One file after the pass: a readable CV with what ranking needs and either its evaluation or what to build it
    /// from, or the reason the file could not be read.
    struct Screened: Sendable {
        enum Pending: Sendable {
            case evaluated(Evaluation)
            case prepared(PreparedCandidate)
        }

        var file = ""
        /// The file name, or empty in a blind screening (its ids are given in reading order afterwards).
        var id = ""
        var name: String?
        var verdict = Verdict.notQualified
        var score = 0.0
        var pending: Pending?
        var failure: CVBatch.Failure?
    }
}
