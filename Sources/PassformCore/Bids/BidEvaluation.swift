/// The outcome of a call-off: each bid assessed, the ranking under the model, the winner, and the checks a
/// procurement officer needs (price-floor flag, ties, rank reversal, sensitivity, contract value).
public struct BidEvaluation: Sendable {
    /// A bid's standing after the mandatory requirements.
    public enum Status: String, Sendable, Codable {
        case qualified
        /// Nothing clearly unmet but something a person must verify before the bid can be ranked.
        case review
        /// A mandatory requirement is unmet, or the CV could not be read.
        case rejected
    }

    /// A merit checked for one bid.
    public struct MeritCredit: Sendable, Hashable, Codable {
        public var name: String
        public var value: Double
        public var claimed: Bool
        public var shown: RequirementStatus
        /// Claimed in the bid and shown in the CV.
        public var credited: Bool
        public var evidence: [SourceSpan]
        public var note: String?
    }

    /// One bid, assessed.
    public struct Assessment: Sendable {
        public var index: Int
        public var bid: Bid
        public var status: Status
        /// The requirements unmet (for rejected bids) or for review.
        public var reasons: [RequirementOutcome]
        /// Set when the CV could not be read.
        public var unreadable: String?
        public var merits: [MeritCredit]
        public var evaluation: Evaluation?
        /// The model's comparison value: jämförelsepris (deduction), price (lowest price) or points (weighted).
        public var comparison: Double?
        /// Price and quality points, for the weighted model.
        public var pricePoints: Double?
        public var qualityPoints: Double?
        /// 1 for the winner; nil for bids not ranked.
        public var rank: Int?

        /// SEK per hour deducted for the merits credited.
        public var deduction: Double { merits.filter(\.credited).map(\.value).reduce(0, +) }
    }

    public var callOff: CallOff
    public var assessments: [Assessment]
    /// Assessment indices in ranked order (qualified bids only).
    public var ranking: [Int]
    public var winner: Int?
    /// Problems with the model itself, shown before any ranking (a price floor).
    public var modelWarnings: [String]
    /// How ties were broken.
    public var tieNotes: [String]
    /// For the weighted model: losing bids whose withdrawal would change the winner.
    public var rankReversals: [String]
    /// How much the winner's price or a merit's value could change before the winner changes.
    public var sensitivity: [String]
    /// The winner's hourly price × the estimated hours.
    public var contractValue: Double?
}
