/// Whether a candidate meets one requirement.
public enum RequirementStatus: String, Sendable, Codable, Comparable {
    /// The CV shows the requirement is met.
    case met
    /// The CV clearly does not meet it.
    case unmet
    /// Only a person can decide: the CV is close, silent or ambiguous.
    case review

    private var rank: Int {
        switch self {
        case .unmet: 0
        case .review: 1
        case .met: 2
        }
    }

    /// `unmet < review < met`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The verdict for a candidate against a whole profile or posting.
public enum Verdict: String, Sendable, Codable, Comparable {
    /// Every requirement is met.
    case qualified
    /// Nothing is clearly unmet, but something needs a person's review.
    case review
    /// At least one requirement is clearly unmet.
    case notQualified = "not_qualified"

    private var rank: Int {
        switch self {
        case .notQualified: 0
        case .review: 1
        case .qualified: 2
        }
    }

    /// `notQualified < review < qualified`.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// One requirement checked against a CV: its status, the CV lines that show it, and what is missing.
public struct RequirementOutcome: Sendable, Hashable, Codable {
    public var text: String
    public var kind: String
    public var status: RequirementStatus
    /// The CV lines the status rests on.
    public var evidence: [SourceSpan]
    /// What the CV lacks (for `unmet`) or why a person must look (for `review`).
    public var missing: String?
    /// For `anyOf`: each alternative's outcomes.
    public var alternatives: [[RequirementOutcome]]?

    public init(
        text: String, kind: String, status: RequirementStatus, evidence: [SourceSpan] = [], missing: String? = nil,
        alternatives: [[RequirementOutcome]]? = nil
    ) {
        self.text = text
        self.kind = kind
        self.status = status
        if evidence.count < 2 {
            self.evidence = evidence
        } else {
            var unique: [SourceSpan] = []
            unique.reserveCapacity(evidence.count)
            for span in evidence where !unique.contains(where: { $0.line == span.line }) { unique.append(span) }
            self.evidence = unique
        }
        self.missing = missing
        self.alternatives = alternatives
    }
}

/// A candidate checked against a profile or posting.
public struct Evaluation: Sendable, Hashable, Codable {
    public var verdict: Verdict
    /// 0–100: how well the candidate meets and exceeds the requirements; see ``Screener`` for the formula.
    public var score: Double
    public var requirements: [RequirementOutcome]
    /// The posting's merits ("meriterande"); they raise the score but never decide the verdict.
    public var merits: [RequirementOutcome]

    public init(verdict: Verdict, score: Double, requirements: [RequirementOutcome], merits: [RequirementOutcome]) {
        self.verdict = verdict
        self.score = score
        self.requirements = requirements
        self.merits = merits
    }
}
