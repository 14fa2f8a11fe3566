import ArgumentParser
import Foundation
import PassformCore

/// `--as-of YYYY-MM-DD`: the date that fixes "present" and the months of experience (default: today).
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The date that 'present'/'nu' means and months are counted to (YYYY-MM-DD; default: today).")
    var asOf: String?

    func validate() throws {
        if let asOf, Self.parse(asOf) == nil {
            throw ValidationError("--as-of must be a date such as 2026-11-01, got '\(asOf)'.")
        }
    }

    /// The as-of month.
    var month: YearMonth {
        if let asOf, let parsed = Self.parse(asOf) { return parsed }
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
        return YearMonth(year: parts.year ?? 2026, month: parts.month ?? 1)
    }

    static func parse(_ text: String) -> YearMonth? {
        let parts = text.split(separator: "-")
        guard parts.count == 2 || parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
            (1900...2200).contains(year), (1...12).contains(month)
        else { return nil }
        if parts.count == 3 {
            guard let day = Int(parts[2]), (1...31).contains(day) else { return nil }
        }
        return YearMonth(year: year, month: month)
    }
}
