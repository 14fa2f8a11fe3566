import Foundation
import PassformCore

/// A CV file to store: its original bytes, the candidate the reader made of it and the reader's warnings.
package struct CVImport: Sendable {
    /// The file's name as given (a display path; stored so a person can find the original).
    package var fileName: String
    package var bytes: Data
    package var candidate: Candidate
    /// What the reader could not read or had to guess (the candidate's own warnings are kept too).
    package var warnings: [String]

    package init(fileName: String, bytes: Data, candidate: Candidate, warnings: [String] = []) {
        self.fileName = fileName
        self.bytes = bytes
        self.candidate = candidate
        self.warnings = warnings
    }
}

/// A CV made ready to store off the write lock: its SHA-256, its JSON and its screening form, which
/// ``PassformDatabase/importCVs(_:posting:by:at:)`` then only writes. Prepare on any thread.
package struct PreparedCV: Sendable {
    package var cv: CVImport
    let hash: String
    let candidateJSON: String
    /// The reader's warnings, then the candidate's own that the reader did not give.
    let warnings: [String]
    let warningsJSON: String
    let form: Data
    let texts: Data

    package init(_ cv: CVImport) throws {
        self.cv = cv
        hash = ContentHash.sha256(cv.bytes)
        candidateJSON = try CVFileRecord.json(cv.candidate)
        warnings = cv.warnings + cv.candidate.warnings.filter { !cv.warnings.contains($0) }
        warningsJSON = try CVFileRecord.json(warnings)
        (form, texts) = CandidateScreeningForm.encode(cv.candidate)
    }
}

/// What importing one CV did.
package enum ImportOutcome: Sendable, Equatable {
    /// A new person: a new candidate was created.
    case added(candidate: Int64)
    /// A new CV of a person already in the register, recognised by e-mail or personnummer; it is now their current CV.
    case linked(candidate: Int64, by: String)
    /// The very same file (same SHA-256) is already stored; nothing changed.
    case duplicate(candidate: Int64)

    /// The candidate the file belongs to.
    package var candidate: Int64 {
        switch self {
        case .added(let id), .linked(let id, _), .duplicate(let id): id
        }
    }
}
