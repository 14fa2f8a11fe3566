import Foundation
import PassformCore

/// An application of a candidate to a posting, with its history.
package struct ApplicationEntry: Sendable, Hashable, Codable {
    package var candidate: Int64
    package var name: String?
    package var posting: String
    package var status: ApplicationStatus
    /// The candidate asked not to be named on the public applicant list (offentleglova § 25).
    package var anonymityRequested: Bool
    /// The verdict and score of the last screening of the application, if it has been screened.
    package var verdict: Verdict?
    package var score: Double?
    /// Every status the application has had, oldest first, with who set it and when.
    package var history: [StatusChange]
}

/// One step of an application's history.
package struct StatusChange: Sendable, Hashable, Codable {
    package var status: ApplicationStatus
    package var at: Date
    package var by: String
}
