/// A call-off under the framework: the role level, extra mandatory requirements (ska-krav), merits (bör-krav)
/// with their value, the evaluation model, and the bids received.
public struct CallOff: Sendable, Hashable {
    /// A merit (bör-krav) and what meeting it is worth.
    public struct Merit: Sendable, Hashable {
        /// The merit's name as bids refer to it in `claimedMerits`.
        public var name: String
        public var requirement: Requirement
        /// SEK per hour deducted from the price (deduction model), or quality points (weighted model).
        public var value: Double

        public init(name: String, requirement: Requirement, value: Double) {
            self.name = name
            self.requirement = requirement
            self.value = value
        }
    }

    /// How tied bids are separated, as the call-off document announced.
    public enum TieBreak: Sendable, Hashable {
        /// A lottery with a recorded seed, so that it can be repeated before a court.
        case lottery(seed: UInt64)
        /// The earliest start date wins.
        case earliestStart
        /// The lowest hourly price wins (for models where price is not the whole comparison).
        case lowestPrice
    }

    public var title: String
    public var role: ProfileID
    /// Extra mandatory requirements of the call-off.
    public var requirements: [Requirement]
    public var merits: [Merit]
    public var estimatedHours: Double
    public var model: EvaluationModel
    public var tieBreak: TieBreak
    public var bids: [Bid]

    public init(
        title: String, role: ProfileID, requirements: [Requirement], merits: [Merit], estimatedHours: Double,
        model: EvaluationModel, tieBreak: TieBreak, bids: [Bid]
    ) {
        self.title = title
        self.role = role
        self.requirements = requirements
        self.merits = merits
        self.estimatedHours = estimatedHours
        self.model = model
        self.tieBreak = tieBreak
        self.bids = bids
    }
}

/// One supplier's offer of a named consultant.
public struct Bid: Sendable, Hashable {
    public var supplier: String
    public var consultant: String
    /// The CV file, as named in the call-off file.
    public var cvFile: String
    /// SEK per hour excluding VAT.
    public var price: Double
    public var start: String?
    /// The names of the merits the supplier claims the consultant meets.
    public var claimedMerits: [String]

    public init(supplier: String, consultant: String, cvFile: String, price: Double, start: String?, claimedMerits: [String]) {
        self.supplier = supplier
        self.consultant = consultant
        self.cvFile = cvFile
        self.price = price
        self.start = start
        self.claimedMerits = claimedMerits
    }

    /// "Supplier / Consultant".
    public var label: String { "\(supplier) / \(consultant)" }
}

/// The evaluation model announced in the call-off.
public enum EvaluationModel: Sendable, Hashable {
    /// The lowest hourly price wins.
    case lowestPrice
    /// Jämförelsepris = price − the value of the merits met; the lowest wins. Absolute, so no rank reversal.
    case deduction
    /// Points: price points relative to the lowest price, plus quality points from merits, weighted.
    /// `priceFloor`, if set, gives no more price points below that price.
    case weighted(priceWeight: Double, qualityWeight: Double, priceFloor: Double?)

    /// The model's name in files and reports.
    public var name: String {
        switch self {
        case .lowestPrice: "lowest-price"
        case .deduction: "deduction"
        case .weighted: "weighted"
        }
    }
}
