/// The reverse direction: which role levels (and ads) a candidate qualifies for, and what is missing for the
/// next level up ("ekonomiassistent-2 needs 17 more months as ekonomiassistent, or a högskola degree in ekonomi").
public struct ProfileLadder: Sendable {
    /// One target evaluated for the candidate.
    public struct Rung: Sendable {
        public var target: ScreeningTarget
        public var evaluation: Evaluation
        /// What is missing, in short; empty when qualified.
        public var missing: [String]
    }

    /// A candidate's next step: a level met and the level above it that is not yet met.
    public struct NextStep: Sendable, CustomStringConvertible {
        public var current: String
        public var next: String
        public var missing: [String]
        public var description: String { "\(current) qualified; \(next) needs " + missing.joined(separator: "; and ") }
    }

    public var rungs: [Rung]
    public var nextSteps: [NextStep]

    /// Evaluates `candidate` against every target; profiles whose ids differ only in a trailing level number
    /// ("-1", "-2") form a ladder.
    public init(candidate: Candidate, targets: [ScreeningTarget], asOf: YearMonth, vocabulary: Vocabulary = .standard) {
        let prepared = PreparedCandidate(candidate, asOf: asOf)
        rungs = targets.map { target in
            let evaluation = Screener(target: target, vocabulary: vocabulary).evaluate(prepared)
            let missing = evaluation.requirements.filter { $0.status != .met }.map { $0.missing ?? $0.text }
            return Rung(target: target, evaluation: evaluation, missing: missing)
        }.sorted { a, b in
            if a.evaluation.verdict != b.evaluation.verdict { return a.evaluation.verdict > b.evaluation.verdict }
            if a.evaluation.score != b.evaluation.score { return a.evaluation.score > b.evaluation.score }
            return a.target.id < b.target.id
        }
        var steps: [NextStep] = []
        let byID = Dictionary(rungs.map { ($0.target.id, $0) }, uniquingKeysWith: { a, _ in a })
        for rung in rungs where rung.evaluation.verdict == .qualified {
            guard let (base, level) = Self.split(rung.target.id), let next = byID["\(base)-\(level + 1)"],
                next.evaluation.verdict != .qualified
            else { continue }
            steps.append(NextStep(current: rung.target.id, next: next.target.id, missing: next.missing))
        }
        nextSteps = steps.sorted { $0.current < $1.current }
    }

    /// "ekonomiassistent-2" → ("ekonomiassistent", 2).
    static func split(_ id: String) -> (String, Int)? {
        guard let dash = id.lastIndex(of: "-"), let level = Int(id[id.index(after: dash)...]) else { return nil }
        return (String(id[..<dash]), level)
    }
}
