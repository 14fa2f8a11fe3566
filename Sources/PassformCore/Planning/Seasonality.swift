/// How a year's volume spreads over the twelve months.
///
/// Weights are relative (`[9, 9, 10, …]` or percentages); they are normalised so that the factors
/// average 1, and a yearly volume `V` gives `V / 12 × factor` in each month.
public struct Seasonality: Sendable, Hashable, Codable {
    /// The twelve relative weights, January first, as written.
    public private(set) var weights: [Double]

    /// Every month the same.
    public static let flat = Seasonality(uncheckedWeights: Array(repeating: 1, count: 12))

    /// A profile from twelve non-negative weights with a positive sum.
    /// - Throws: ``PlanningError`` when there are not twelve weights, one is negative, or all are 0.
    public init(weights: [Double]) throws {
        guard weights.count == 12 else { throw PlanningError.invalidSeasonality("needs 12 monthly weights, found \(weights.count)") }
        guard weights.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
            throw PlanningError.invalidSeasonality("weights must be 0 or more")
        }
        guard weights.reduce(0, +) > 0 else { throw PlanningError.invalidSeasonality("at least one weight must be more than 0") }
        self.weights = weights
    }

    private init(uncheckedWeights: [Double]) { self.weights = uncheckedWeights }

    /// The factor of `month` (0-based): its weight over the average weight, so the twelve factors average 1.
    public func factor(_ month: Int) -> Double {
        weights[month] * 12 / weights.reduce(0, +)
    }

    /// Whether every month weighs the same.
    public var isFlat: Bool { weights.allSatisfy { $0 == weights[0] } }
}
