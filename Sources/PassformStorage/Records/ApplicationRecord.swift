import Foundation
internal import GRDB

/// A row of `application`: a candidate's application to a posting.
struct ApplicationRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "application"

    enum Columns {
        static let candidateId = Column(CodingKeys.candidateId)
        static let postingId = Column(CodingKeys.postingId)
        static let status = Column(CodingKeys.status)
    }

    var id: Int64?
    var candidateId: Int64
    var postingId: Int64
    var status: ApplicationStatus
    var anonymityRequested: Bool
    var verdict: String?
    var score: Double?
    var createdAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `applicationEvent`: one status an application took, by whom and when.
struct ApplicationEventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "applicationEvent"

    var id: Int64?
    var applicationId: Int64
    var status: ApplicationStatus
    var at: Date
    var by: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

