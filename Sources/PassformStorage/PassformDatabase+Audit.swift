import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    /// The audit trail, oldest first; for one candidate when `candidate` is given (a register number works
    /// for an erased person too).
    package func audit(candidate reference: String? = nil) throws -> [AuditEntry] {
        try perform { db in
            var request = AuditEventRecord.order(AuditEventRecord.Columns.id)
            if let reference {
                let trimmed = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
                let id = try Int64(trimmed) ?? Self.resolve(db, reference)
                request = request.filter(AuditEventRecord.Columns.candidateId == id)
            }
            return try request.fetchAll(db).map(\.entry)
        }
    }

    /// Counts of candidates and files, and per posting of applications by status and verdict.
    package func stats() throws -> RegisterStats {
        let postings = try postings()
        let counts = try perform { db -> (Int, Int, [String: [String: Int]], [String: [String: Int]]) in
            let candidates = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidate") ?? 0
            let files = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cvFile") ?? 0
            var byStatus: [String: [String: Int]] = [:]
            var byVerdict: [String: [String: Int]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT p.key, a.status, a.verdict, COUNT(*) AS n FROM application a JOIN posting p ON p.id = a.postingId
                    GROUP BY p.key, a.status, a.verdict
                    """)
            {
                let key: String = row["key"]
                let n: Int = row["n"]
                byStatus[key, default: [:]][row["status"], default: 0] += n
                if let verdict: String = row["verdict"] { byVerdict[key, default: [:]][verdict, default: 0] += n }
            }
            return (candidates, files, byStatus, byVerdict)
        }
        let stats = postings.map { posting in
            var statuses = Dictionary(uniqueKeysWithValues: ApplicationStatus.allCases.map { ($0.rawValue, 0) })
            statuses.merge(counts.2[posting.id] ?? [:]) { $1 }
            return RegisterStats.Posting(
                id: posting.id, title: posting.target.title, applications: statuses.values.reduce(0, +), byStatus: statuses,
                byVerdict: counts.3[posting.id] ?? [:])
        }
        return RegisterStats(candidates: counts.0, files: counts.1, postings: stats, databaseBytes: try sizeInBytes())
    }

    /// The public applicant list of a posting (offentleglova § 25): every applicant's name, age, current title and
    /// municipality, by name; those who asked for anonymity are flagged, not left out, since the employer decides.
    package func publicList(posting: String, asOf: YearMonth) throws -> [PublicListEntry] {
        try perform { db in
            let record = try Self.postingRecord(db, posting)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.name, a.anonymityRequested, f.candidateJSON FROM application a
                    JOIN candidate c ON c.id = a.candidateId
                    JOIN cvFile f ON f.candidateId = c.id AND f.isCurrent
                    WHERE a.postingId = ? AND a.status != 'withdrawn' ORDER BY c.name, c.id
                    """, arguments: [record.id])
            let decoder = JSONDecoder()
            return try rows.map { row in
                let json: String = row["candidateJSON"]
                guard let candidate = try? decoder.decode(Candidate.self, from: Data(json.utf8)) else {
                    throw StorageError.corrupt("a stored CV of posting '\(posting)' cannot be read back")
                }
                return PublicListEntry(candidate, name: row["name"], anonymityRequested: row["anonymityRequested"], asOf: asOf)
            }
        }
    }
}

extension PassformDatabase {
    /// Checks the file: SQLite's integrity check, and every stored CV file against its SHA-256.
    ///
    /// - Returns: one line per problem, empty when the register is sound, and the number of files verified.
    package func check() throws -> (problems: [String], files: Int) {
        try perform { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            problems += try String.fetchAll(db, sql: "PRAGMA foreign_key_check").map { "foreign key broken in \($0)" }
            var files = 0
            let cursor = try Row.fetchCursor(db, sql: "SELECT id, sha256, content FROM cvFile ORDER BY id")
            while let row = try cursor.next() {
                files += 1
                let content: Data = row["content"]
                if ContentHash.sha256(content) != row["sha256"] {
                    problems.append("CV file \(row["id"] as Int64): its bytes do not match the SHA-256 stored at import")
                }
            }
            let orphans = try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM candidate c WHERE NOT EXISTS (SELECT 1 FROM cvFile f WHERE f.candidateId = c.id AND f.isCurrent)") ?? 0
            if orphans > 0 { problems.append("\(orphans) candidates have no current CV file") }
            return (problems, files)
        }
    }
}
