import Foundation
import PassformCore

/// One line of `db list`: a person in the register.
package struct CandidateSummary: Sendable, Hashable, Codable {
    package var id: Int64
    package var name: String?
    package var email: String?
    /// When the person's first CV was imported.
    package var importedAt: Date
    /// How many CV files are stored for the person.
    package var files: Int
    /// The postings applied to, with the application's status, sorted by posting id.
    package var applications: [ApplicationSummary]
}

/// A posting and where the candidate's application to it stands.
package struct ApplicationSummary: Sendable, Hashable, Codable {
    package var posting: String
    package var status: ApplicationStatus
}

/// Everything the register holds on one person, for `db show` (and for answering a subject access request).
package struct CandidateDetail: Sendable {
    package var summary: CandidateSummary
    /// The CV files, oldest first; the last is the current CV.
    package var files: [StoredCV]
    /// The current CV as read.
    package var candidate: Candidate
    package var applications: [ApplicationEntry]
}

/// One stored CV file.
package struct StoredCV: Sendable, Hashable, Codable {
    package var id: Int64
    package var fileName: String
    package var sha256: String
    package var bytes: Int
    package var importedAt: Date
    package var importedBy: String
    package var warnings: [String]
    package var isCurrent: Bool
}
