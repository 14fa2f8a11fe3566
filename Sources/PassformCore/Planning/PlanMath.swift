import Foundation

/// Rounding for staffing figures, careful about floating point.
///
/// `21 / (1 − 0.3)` is `30.000000000000004` in binary floating point; a plain `ceil` would staff 31
/// people where 30 are right. Values within a relative `1e-9` of a whole number count as that number.
public enum PlanMath {
    /// The relative tolerance under which a value counts as the whole number next to it.
    public static let tolerance = 1e-9

    /// The smallest whole number at least `value`, ignoring floating-point noise: `ceiling(21 / 0.7) == 30`.
    public static func ceiling(_ value: Double) -> Int {
        guard value.isFinite else { return value > 0 ? Int.max : 0 }
        let nearest = value.rounded()
        if abs(value - nearest) <= tolerance * max(1, abs(value)) { return Int(nearest) }
        return Int(value.rounded(.up))
    }

    /// The largest whole number at most `value`, ignoring floating-point noise: `floor(2.9999999999999996) == 3`.
    public static func floor(_ value: Double) -> Int {
        guard value.isFinite else { return value > 0 ? Int.max : 0 }
        let nearest = value.rounded()
        if abs(value - nearest) <= tolerance * max(1, abs(value)) { return Int(nearest) }
        return Int(value.rounded(.down))
    }

    /// Whether `value ≥ threshold`, counting values within the tolerance as equal.
    public static func atLeast(_ value: Double, _ threshold: Double) -> Bool {
        value >= threshold - tolerance * max(1, abs(threshold))
    }
}
