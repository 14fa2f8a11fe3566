import Foundation
internal import GRDB

/// A row of `auditEvent`.
struct AuditEventRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "auditEvent"

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let candidateId = Column(CodingKeys.candidateId)
    }

    var id: Int64?
    var at: Date
    var actor: String
    var action: AuditEntry.Action
    var candidateId: Int64?
    var posting: String?
    var detail: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var entry: AuditEntry {
        AuditEntry(
            id: id ?? 0, at: at, actor: actor, action: action, candidate: candidateId, posting: posting, detail: detail)
    }

    /// Appends an event to the trail, inside the caller's transaction.
    @discardableResult
    static func log(
        _ db: Database, _ action: AuditEntry.Action, by actor: String, at: Date, candidate: Int64? = nil,
        posting: String? = nil, _ detail: String
    ) throws -> AuditEventRecord {
        var record = AuditEventRecord(
            at: at, actor: actor, action: action, candidateId: candidate, posting: posting, detail: detail)
        try record.insert(db)
        return record
    }
}

