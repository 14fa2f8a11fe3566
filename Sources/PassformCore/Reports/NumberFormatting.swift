import Foundation

/// Locale-independent number formatting for reports, so output is the same on every machine.
public enum NumberFormatting {
    /// `value` with `decimals` decimals and a point as decimal separator: `28.1`.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "-" : (value > 0 ? "inf" : "-inf") }
        if let exact = fixedWhenExact(value, decimals: decimals) { return exact }
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

    /// The same text as printf for a value that is a whole number of hundredths, tenths or units (a score, a
    /// percentage): no rounding can differ there, and no C call is needed. Nil for anything else.
    private static func fixedWhenExact(_ value: Double, decimals: Int) -> String? {
        guard (0...3).contains(decimals), value.sign == .plus || value != 0 else { return nil }
        let scale = [1.0, 10.0, 100.0, 1000.0][decimals]
        let scaled = value * scale
        guard abs(scaled) < 1e15, scaled == scaled.rounded(.towardZero) else { return nil }
        let units = Int(scaled.magnitude)
        var digits = String(units)
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return value < 0 ? "-" + digits : digits
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
