import Foundation

/// A scenario change given on the command line: `--set processes.kundreskontra.channels.electronic=+10pp`.
///
/// A value is absolute (`3000`, `75%`), added (`+500`, `-2`), a relative change (`+10%`, `-5%`), or a
/// change in percentage points (`+10pp`, `-5pp`, for shares only). When a channel's share changes, the
/// other channels of the process give or take the difference in proportion to their shares, so the
/// shares still add up to 100 %.
public struct PlanSetting: Sendable, Hashable {
    /// How the value changes.
    public enum Change: Sendable, Hashable {
        /// Set to this value (a share as a fraction).
        case set(Double)
        /// Add this amount.
        case add(Double)
        /// Multiply by this factor (`+10%` is 1.1).
        case scale(Double)
        /// Add this many percentage points to a share (`+10pp` is 0.1).
        case points(Double)
    }

    /// The setting as written, `path=value`.
    public var text: String
    /// The dotted path, split: `["processes", "kundreskontra", "channels", "electronic"]`.
    public var path: [String]
    /// The change.
    public var change: Change

    /// Reads `path=value`.
    /// - Throws: ``PlanningError/invalidChange(setting:problem:)`` when there is no `=`, no path, or the value
    ///   cannot be read.
    public init(parsing text: String) throws {
        guard let equals = text.firstIndex(of: "=") else {
            throw PlanningError.invalidChange(setting: text, problem: "expected path=value, such as processes.kundreskontra.volume=+5%")
        }
        let path = text[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !path.isEmpty, path.allSatisfy({ !$0.isEmpty }) else {
            throw PlanningError.invalidChange(setting: text, problem: "the path before '=' is empty or has an empty part")
        }
        let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        self.text = text
        self.path = path
        self.change = try Self.change(value, setting: text)
    }

    private static func change(_ value: String, setting: String) throws -> Change {
        let signed = value.hasPrefix("+") || value.hasPrefix("-")
        let problem = PlanningError.invalidChange(
            setting: setting, problem: "cannot read the value '\(value)'; expected 3000, 75%, +500, +10%, or +10pp")
        if value.hasSuffix("pp") {
            guard signed, let points = PlanQuantity.number(String(value.dropLast(2))) else { throw problem }
            return .points(points / 100)
        }
        if value.hasSuffix("%") {
            guard let percent = PlanQuantity.number(String(value.dropLast())) else { throw problem }
            return signed ? .scale(1 + percent / 100) : .set(percent / 100)
        }
        guard let number = PlanQuantity.number(value) else { throw problem }
        return signed ? .add(number) : .set(number)
    }

    /// The new value of a plain quantity (not a share).
    func apply(to value: Double) throws -> Double {
        let result: Double
        switch change {
        case .set(let new): result = new
        case .add(let amount): result = value + amount
        case .scale(let factor): result = value * factor
        case .points:
            throw PlanningError.invalidChange(setting: text, problem: "percentage points (pp) apply to shares only")
        }
        guard result.isFinite, result >= 0 else {
            throw PlanningError.invalidChange(setting: text, problem: "the result would be \(NumberFormatting.fixed(result, decimals: 4).trimmedDecimals), below 0")
        }
        return result
    }

    /// The new value of a share (0...1): `75%`, `+10pp`, `+10%` (relative) or `0.75`.
    func applyToShare(_ value: Double) throws -> Double {
        let result: Double
        switch change {
        case .set(let new): result = new
        case .points(let points): result = value + points
        case .scale(let factor): result = value * factor
        case .add:
            throw PlanningError.invalidChange(setting: text, problem: "a share changes by percentage points (+10pp) or to a share (75%)")
        }
        guard result >= -1e-12, result <= 1 + 1e-12 else {
            throw PlanningError.invalidChange(
                setting: text,
                problem: "the share would be \(NumberFormatting.fixed(result * 100, decimals: 2).trimmedDecimals) %, outside 0 %–100 %")
        }
        return min(1, max(0, result))
    }
}
