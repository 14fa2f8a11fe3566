import Foundation
internal import GRDB

/// A row of `candidate`: a person in the register.
struct CandidateRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "candidate"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let lastActivityAt = Column(CodingKeys.lastActivityAt)
    }

    var id: Int64?
    var name: String?
    var email: String?
    var createdAt: Date
    var lastActivityAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
