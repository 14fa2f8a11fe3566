import Foundation
import PassformCore

/// One line of the audit trail: who did what, when. Holds register numbers and posting ids, never personal data
/// of a candidate (no names, e-mail addresses or file names), so that it may outlive an erasure.
package struct AuditEntry: Sendable, Hashable, Codable {
    /// What was done.
    package enum Action: String, Sendable, Codable, CaseIterable {
        case `import`, apply, screen, status, anonymity, posting, erase, purge, reread
    }

    package var id: Int64
    package var at: Date
    package var actor: String
    package var action: Action
    package var candidate: Int64?
    package var posting: String?
    package var detail: String
}

/// Counts for `db stats`.
package struct RegisterStats: Sendable, Hashable, Codable {
    /// Counts for one posting.
    package struct Posting: Sendable, Hashable, Codable {
        package var id: String
        package var title: String
        package var applications: Int
        /// Applications by status (every status, zero included), in flow order.
        package var byStatus: [String: Int]
        /// Screened applications by verdict.
        package var byVerdict: [String: Int]
    }

    package var candidates: Int
    package var files: Int
    package var postings: [Posting]
    package var databaseBytes: Int
}

/// A line of the public applicant list (offentleglova § 25): name, age, current title, municipality.
package struct PublicListEntry: Sendable, Hashable, Codable {
    package var name: String
    package var age: Int?
    package var title: String?
    package var municipality: String?
    /// The applicant asked not to be named; the employer must decide and notify them before publishing.
    package var anonymityRequested: Bool
}

extension PublicListEntry {
    /// The public facts of a candidate as the current CV states them.
    init(_ candidate: Candidate, name: String?, anonymityRequested: Bool, asOf: YearMonth) {
        self.name = name ?? candidate.name ?? "(no name in the CV)"
        self.anonymityRequested = anonymityRequested
        age = Self.age(candidate.contacts, asOf: asOf)
        let current = candidate.employment.filter { $0.isCurrent }
        let latest = current.max { ($0.start ?? YearMonth(year: 0, month: 1)) < ($1.start ?? YearMonth(year: 0, month: 1)) }
        title = latest?.title
        municipality = candidate.contacts.address.flatMap(Self.municipality)
    }

    /// The age at `asOf`: from the birth date, else the personnummer or fødselsnummer, else the age the CV states.
    static func age(_ contacts: Contacts, asOf: YearMonth) -> Int? {
        var birth: YearMonth?
        if let date = contacts.birthDate, let parsed = YearMonth(String(date.prefix(7))) { birth = parsed }
        if birth == nil, let id = contacts.nationalID { birth = birthMonth(nationalID: id, asOf: asOf) }
        guard let birth, birth <= asOf else { return contacts.age }
        return asOf.year - birth.year - (asOf.month < birth.month ? 1 : 0)
    }

    /// The birth month in a Swedish personnummer (YYYYMMDD-NNNN, or YYMMDD-NNNN with `+` from 100 years of age) or
    /// a Norwegian fødselsnummer (DDMMYY and a three-digit individual number that gives the century).
    static func birthMonth(nationalID text: String, asOf: YearMonth) -> YearMonth? {
        let digits = text.filter(\.isASCII).filter(\.isNumber).compactMap { $0.wholeNumberValue }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }
        switch digits.count {
        case 12:
            let month = number(4..<6)
            return (1...12).contains(month) ? YearMonth(year: number(0..<4), month: month) : nil
        case 10:
            let (yy, month) = (number(0..<2), number(2..<4))
            guard (1...12).contains(month) else { return nil }
            var year = asOf.year / 100 * 100 + yy
            if year > asOf.year { year -= 100 }
            if text.contains("+") { year -= 100 }
            return YearMonth(year: year, month: month)
        case 11:
            let (month, yy, individual) = (number(2..<4), number(4..<6), number(6..<9))
            guard (1...12).contains(month) else { return nil }
            let century = individual < 500 || (individual >= 900 && yy >= 40) ? 1900 : yy <= 39 ? 2000 : 1800
            return YearMonth(year: century + yy, month: month)
        default:
            return nil
        }
    }

    /// The place of a postal address: the words after a Swedish ("123 45") or Norwegian ("0150") postal code, or the
    /// last comma-separated part without digits.
    static func municipality(_ address: String) -> String? {
        let countries: Set<String> = ["se", "no", "dk", "fi", "sverige", "norge", "danmark", "sweden", "norway", "denmark"]
        let parts = address.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !countries.contains($0.lowercased()) }
        for part in parts.reversed() {
            let words = part.split(separator: " ")
            if let last = words.lastIndex(where: { $0.allSatisfy(\.isNumber) }), last + 1 < words.count,
                words[...last].joined().filter(\.isNumber).count >= 4
            {
                return words[(last + 1)...].joined(separator: " ")
            }
        }
        return parts.last(where: { !$0.isEmpty && !$0.contains(where: \.isNumber) })
    }
}
