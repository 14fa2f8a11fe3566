import Foundation

/// Locale-independent number formatting for reports, so output is the same on every machine.
public enum NumberFormatting {
    /// `value` with `decimals` decimals and a point as decimal separator: `28.1`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "inf" : "-inf") }
        // C's printf in the C locale is what `String(format:locale: en_US_POSIX)` gives, at a fraction of the cost.
        if (0...20).contains(decimals), abs(value) < 1e30 {
            var buffer = [CChar](repeating: 0, count: 64)
            let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
            let text = written > 0 && Int(written) < buffer.count
                ? String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
            if !text.isEmpty, !text.contains(",") { return text }
        }
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
