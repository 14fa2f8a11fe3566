import Foundation
internal import GRDB

extension PassformDatabase {
    /// Erases a person: their CV files, the candidate read from them, identifiers, facts, applications and their
    /// histories; then compacts the file so no free page or WAL frame keeps the data. The audit trail keeps only
    /// that register number N was erased, by whom and when.
    ///
    /// - Returns: the register number erased.
    /// - Throws: ``StorageError/candidateNotFound(_:)``.
    @discardableResult
    package func erase(_ reference: String, by actor: String, at now: Date = Date()) throws -> Int64 {
        let id = try write { db -> Int64 in
            let id = try Self.resolve(db, reference)
            let detail = try Self.erasureDetail(db, id)
            try Self.delete(db, id)
            try AuditEventRecord.log(db, .erase, by: actor, at: now, candidate: id, "erased on request: \(detail)")
            return id
        }
        try compact()
        return id
    }

    /// Candidates with no activity (import or application change) for `months` months and no open application.
    package func purgeable(olderThan months: Int, at now: Date = Date()) throws -> [CandidateSummary] {
        let cutoff = Self.cutoff(months: months, before: now)
        return try perform { db in
            let ids = try Self.purgeableIDs(db, cutoff: cutoff)
            return try Self.summaries(db, where: nil).filter { ids.contains($0.id) }
        }
    }

    /// Erases every candidate ``purgeable(olderThan:at:)`` finds, then compacts the file.
    ///
    /// - Returns: the register numbers erased.
    @discardableResult
    package func purge(olderThan months: Int, by actor: String, at now: Date = Date()) throws -> [Int64] {
        let cutoff = Self.cutoff(months: months, before: now)
        let ids = try write { db -> [Int64] in
            let ids = try Self.purgeableIDs(db, cutoff: cutoff).sorted()
            for id in ids {
                let detail = try Self.erasureDetail(db, id)
                try Self.delete(db, id)
                try AuditEventRecord.log(
                    db, .purge, by: actor, at: now, candidate: id, "retention of \(months) months ended: \(detail)")
            }
            return ids
        }
        if !ids.isEmpty { try compact() }
        return ids
    }

    static func cutoff(months: Int, before now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar.date(byAdding: .month, value: -months, to: now) ?? now
    }

    private static func purgeableIDs(_ db: Database, cutoff: Date) throws -> Set<Int64> {
        let closed = ApplicationStatus.allCases.filter(\.isClosed).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        return Set(
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT c.id FROM candidate c WHERE c.lastActivityAt < ?
                    AND NOT EXISTS (SELECT 1 FROM application a WHERE a.candidateId = c.id AND a.status NOT IN (\(closed)))
                    """, arguments: [cutoff]))
    }

    private static func erasureDetail(_ db: Database, _ id: Int64) throws -> String {
        let files = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cvFile WHERE candidateId = ?", arguments: [id]) ?? 0
        let applications = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application WHERE candidateId = ?", arguments: [id]) ?? 0
        return "\(files) CV file\(files == 1 ? "" : "s"), \(applications) application\(applications == 1 ? "" : "s")"
    }

    /// Deletes the candidate; foreign keys cascade to every derived row.
    private static func delete(_ db: Database, _ id: Int64) throws {
        _ = try CandidateRecord.deleteOne(db, key: id)
    }
}
