import Foundation

/// Reading the quantities a plan is written in: shares (`30%`, `0.3`), durations (`30m`, `180s`, `1h`),
/// service-level targets (`80/20s`) and plain numbers with optional thin-space or space grouping
/// (`1 020 000`).
///
/// Each function returns nil when the text is not of its kind, so callers can say what they expected.
public enum PlanQuantity {
    /// A plain number: `2500`, `1 020 000`, `1_020_000`, `28.1`. A decimal comma is not accepted (it
    /// would be ambiguous with a list in YAML).
    public static func number(_ text: String) -> Double? {
        let cleaned = text.trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "_", with: "")
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "\u{00A0}", with: "")
            .replacingOccurrences(of: "\u{2009}", with: "")
            .replacingOccurrences(of: "\u{202F}", with: "")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// A share between 0 and 1, written `30%`, `30 %` or `0.3`. A bare number above 1 is not a share
    /// (write `30%`, not `30`), so it gives nil.
    public static func share(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            return number(String(trimmed.dropLast())).map { $0 / 100 }
        }
        guard let value = number(trimmed), value <= 1 else { return nil }
        return value
    }

    /// A duration in seconds: `180s`, `180 s`, `30m`, `30min`, `1h`, `1.5h`, or a bare number of seconds.
    public static func seconds(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [
            ("seconds", 1), ("second", 1), ("sec", 1), ("s", 1), ("minutes", 60), ("minute", 60), ("min", 60),
            ("m", 60), ("hours", 3600), ("hour", 3600), ("h", 3600),
        ]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            return number(String(trimmed.dropLast(suffix.count))).map { $0 * factor }
        }
        return number(trimmed)
    }

    /// A service-level target: `80/20s`, `80%/20s`, `0.8/20`, `80/20` (seconds when no unit is given).
    public static func target(_ text: String) -> ErlangC.Target? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let levelText = parts[0].trimmingCharacters(in: .whitespaces)
        let level: Double?
        if levelText.hasSuffix("%") {
            level = share(levelText)
        } else if let value = number(levelText) {
            level = value > 1 ? value / 100 : value
        } else {
            level = nil
        }
        guard let level, let seconds = seconds(String(parts[1])) else { return nil }
        return ErlangC.Target(level: level, seconds: seconds)
    }
}
