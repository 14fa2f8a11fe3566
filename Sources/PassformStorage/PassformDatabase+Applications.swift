import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    /// Records that a candidate applied to a posting (status received).
    ///
    /// - Parameter anonymous: the candidate asked not to be named on the public applicant list.
    /// - Throws: ``StorageError/candidateNotFound(_:)``, ``StorageError/postingNotFound(_:)``,
    ///   ``StorageError/duplicateApplication(candidate:posting:)``.
    package func apply(_ candidate: String, to posting: String, anonymous: Bool = false, by actor: String, at now: Date = Date())
        throws
    {
        try write { db in
            let id = try Self.resolve(db, candidate)
            let record = try Self.postingRecord(db, posting)
            let exists = try ApplicationRecord
                .filter(ApplicationRecord.Columns.candidateId == id && ApplicationRecord.Columns.postingId == record.id)
                .fetchCount(db) > 0
            if exists { throw StorageError.duplicateApplication(candidate: id, posting: posting) }
            try Self.createApplication(db, candidate: id, posting: record, anonymous: anonymous, by: actor, at: now)
        }
    }

    static func createApplication(
        _ db: Database, candidate: Int64, posting: PostingRecord, anonymous: Bool, by actor: String, at now: Date
    ) throws {
        guard let postingId = posting.id else { throw StorageError.postingNotFound(posting.key) }
        var application = ApplicationRecord(
            candidateId: candidate, postingId: postingId, status: .received, anonymityRequested: anonymous, createdAt: now)
        try application.insert(db)
        var event = ApplicationEventRecord(applicationId: application.id ?? 0, status: .received, at: now, by: actor)
        try event.insert(db)
        try db.execute(sql: "UPDATE candidate SET lastActivityAt = ? WHERE id = ?", arguments: [now, candidate])
        try AuditEventRecord.log(
            db, .apply, by: actor, at: now, candidate: candidate, posting: posting.key,
            "application received" + (anonymous ? ", anonymity requested" : ""))
    }

    /// Moves an application along received → screened → interview → offer → hired, or closes it as rejected or
    /// withdrawn, recording who and when.
    ///
    /// - Throws: ``StorageError/applicationNotFound(candidate:posting:)``,
    ///   ``StorageError/invalidTransition(from:to:)``.
    package func move(_ candidate: String, on posting: String, to status: ApplicationStatus, by actor: String, at now: Date = Date())
        throws
    {
        try write { db in
            let id = try Self.resolve(db, candidate)
            var application = try Self.application(db, candidate: id, posting: posting)
            guard application.status.canMove(to: status) else {
                throw StorageError.invalidTransition(from: application.status, to: status)
            }
            let previous = application.status
            application.status = status
            try application.update(db)
            var event = ApplicationEventRecord(applicationId: application.id ?? 0, status: status, at: now, by: actor)
            try event.insert(db)
            try db.execute(sql: "UPDATE candidate SET lastActivityAt = ? WHERE id = ?", arguments: [now, id])
            try AuditEventRecord.log(
                db, .status, by: actor, at: now, candidate: id, posting: posting, "\(previous.rawValue) → \(status.rawValue)")
        }
    }

    /// Records whether a candidate asked not to be named on the posting's public applicant list.
    package func setAnonymityRequested(
        _ requested: Bool, candidate: String, posting: String, by actor: String, at now: Date = Date()
    ) throws {
        try write { db in
            let id = try Self.resolve(db, candidate)
            var application = try Self.application(db, candidate: id, posting: posting)
            application.anonymityRequested = requested
            try application.update(db)
            try AuditEventRecord.log(
                db, .anonymity, by: actor, at: now, candidate: id, posting: posting,
                requested ? "anonymity requested" : "anonymity request withdrawn")
        }
    }

    static func application(_ db: Database, candidate: Int64, posting: String) throws -> ApplicationRecord {
        let record = try postingRecord(db, posting)
        guard
            let application = try ApplicationRecord
                .filter(ApplicationRecord.Columns.candidateId == candidate && ApplicationRecord.Columns.postingId == record.id)
                .fetchOne(db)
        else { throw StorageError.applicationNotFound(candidate: candidate, posting: posting) }
        return application
    }

    /// The applications to a posting, or of a candidate, with their histories.
    package func applications(posting: String? = nil) throws -> [ApplicationEntry] {
        try perform { db in
            if let posting { _ = try Self.postingRecord(db, posting) }
            return try Self.applications(db, candidate: nil, posting: posting)
        }
    }

    static func applications(_ db: Database, candidate: Int64?, posting: String?) throws -> [ApplicationEntry] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let candidate {
            conditions.append("a.candidateId = ?")
            arguments.append(candidate)
        }
        if let posting {
            conditions.append("p.key = ?")
            arguments.append(posting)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.candidateId, c.name, p.key, a.status, a.anonymityRequested, a.verdict, a.score
                FROM application a JOIN posting p ON p.id = a.postingId JOIN candidate c ON c.id = a.candidateId
                \(filter) ORDER BY p.key, a.candidateId
                """, arguments: StatementArguments(arguments))
        var history: [Int64: [StatusChange]] = [:]
        let ids = rows.map { $0["id"] as Int64 }
        for event in try ApplicationEventRecord.filter(ids.contains(Column("applicationId"))).order(Column("id")).fetchAll(db) {
            history[event.applicationId, default: []].append(StatusChange(status: event.status, at: event.at, by: event.by))
        }
        return rows.map { row in
            ApplicationEntry(
                candidate: row["candidateId"], name: row["name"], posting: row["key"],
                status: ApplicationStatus(rawValue: row["status"]) ?? .received, anonymityRequested: row["anonymityRequested"],
                verdict: (row["verdict"] as String?).flatMap(Verdict.init), score: row["score"], history: history[row["id"]] ?? [])
        }
    }
}
