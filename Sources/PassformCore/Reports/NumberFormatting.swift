import Foundation

/// Locale-independent number formatting for reports, so output is the same on every machine.
public enum NumberFormatting {
    /// `value` with `decimals` decimals and a point as decimal separator: `28.1`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "inf" : "-inf") }
        return String(format: "%.\(decimals)f", locale: Locale(identifier: "en_US_POSIX"), value)
    }

    /// An integer with a thin space between thousands, as Swedish documents write them: `1 020 000`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(" ") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}
