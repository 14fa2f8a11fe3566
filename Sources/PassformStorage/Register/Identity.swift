import Foundation
import PassformCore

/// Normalised personal identifiers, the keys by which a new CV is linked to a person already in the register.
package enum Identity {
    /// The kinds of identifier kept for linking.
    package enum Kind: String, Sendable {
        case email
        case nationalID
    }

    /// An e-mail address trimmed and lowercased; nil when it does not look like one.
    package static func email(_ text: String) -> String? {
        let value = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let at = value.firstIndex(of: "@"), at != value.startIndex, value[at...].contains(".") else { return nil }
        return value
    }

    /// What links a CV to a person already in the register: its e-mail addresses and personnummer.
    package static func identifiers(of candidate: Candidate) -> [(Kind, String)] {
        var result: [(Kind, String)] = candidate.contacts.emails.compactMap(email).map { (.email, $0) }
        if let id = candidate.contacts.nationalID.flatMap(nationalID) { result.append((.nationalID, id)) }
        return result
    }

    /// A Swedish personnummer or Norwegian fødselsnummer as digits only, without the century of a 12-digit
    /// personnummer, so that "19850312-1234" and "850312-1234" are the same; nil unless 10 or 11 digits remain.
    package static func nationalID(_ text: String) -> String? {
        var digits = text.filter(\.isASCII).filter(\.isNumber)
        if digits.count == 12, digits.hasPrefix("19") || digits.hasPrefix("20") { digits.removeFirst(2) }
        return digits.count == 10 || digits.count == 11 ? String(digits) : nil
    }
}

