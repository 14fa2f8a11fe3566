import Foundation
internal import GRDB
import PassformCore

/// A stored original CV file, to be read again by a newer reader.
package struct StoredFile: Sendable {
    package var id: Int64
    package var candidate: Int64
    package var fileName: String
    package var bytes: Data
}

/// What reading stored files again changed.
package struct RereadOutcome: Sendable, Equatable {
    /// Files whose reading (facts, warnings) differs from the stored one.
    package var changedFiles = 0
    /// Candidates whose current CV's facts changed: their search filters and screening form were rewritten.
    package var changedCandidates: [Int64] = []
    /// Candidates whose CV files no longer share an e-mail address or personnummer, one with another: they were
    /// linked by an identifier an older reader misread, and may be two people.
    package var unlinked: [Int64] = []

    package init() {}
}

extension PassformDatabase {
    /// Up to `limit` stored CV files numbered above `after`, in number order.
    package func storedFiles(after: Int64, limit: Int) throws -> [StoredFile] {
        try perform { db in
            try Row.fetchAll(
                db, sql: "SELECT id, candidateId, fileName, content FROM cvFile WHERE id > ? ORDER BY id LIMIT ?",
                arguments: [after, limit]
            ).map { StoredFile(id: $0[0], candidate: $0[1], fileName: $0[2], bytes: $0[3]) }
        }
    }

    /// Replaces the stored readings of files with new ones, in one transaction: each file's candidate and warnings;
    /// for a current file also the facts search filters on and the screening form; and the identifiers of each
    /// candidate whose files changed, from all their files. Files read the same as before are left untouched.
    ///
    /// - Parameter readings: stored file number → the file as the current reader prepared it.
    package func replaceReadings(_ readings: [(file: Int64, cv: PreparedCV)], by actor: String, at now: Date = Date()) throws
        -> RereadOutcome
    {
        try write { db in
            var outcome = RereadOutcome()
            var touched: [Int64] = []
            for (fileID, prepared) in readings {
                guard var file = try CVFileRecord.fetchOne(db, key: fileID) else { continue }
                guard file.candidateJSON != prepared.candidateJSON || file.warningsJSON != prepared.warningsJSON else { continue }
                file.candidateJSON = prepared.candidateJSON
                file.warningsJSON = prepared.warningsJSON
                try file.update(db)
                outcome.changedFiles += 1
                if !touched.contains(file.candidateId) { touched.append(file.candidateId) }
                try AuditEventRecord.log(
                    db, .reread, by: actor, at: now, candidate: file.candidateId,
                    "CV file \(fileID) read again: \(file.isCurrent ? "facts changed" : "an earlier CV, read differently")")
                guard file.isCurrent else { continue }
                try Self.replaceFacts(db, candidate: file.candidateId, with: prepared.cv.candidate)
                try Self.writeScreeningForm(
                    db, candidate: file.candidateId, fileName: file.fileName, form: prepared.form, texts: prepared.texts)
                outcome.changedCandidates.append(file.candidateId)
            }
            for candidate in touched where try Self.refreshIdentifiers(db, candidate: candidate) {
                outcome.unlinked.append(candidate)
            }
            return outcome
        }
    }

    /// Rewrites a candidate's identifiers from the readings of all their files.
    ///
    /// - Returns: true when the files no longer all connect through shared identifiers.
    private static func refreshIdentifiers(_ db: Database, candidate: Int64) throws -> Bool {
        let files = try CVFileRecord.filter(CVFileRecord.Columns.candidateId == candidate).fetchAll(db)
        let keys = try files.map { file in Set(Identity.identifiers(of: try file.decodedCandidate()).map { "\($0.0.rawValue):\($0.1)" }) }
        try db.execute(sql: "DELETE FROM candidateIdentifier WHERE candidateId = ?", arguments: [candidate])
        for key in keys.reduce(into: Set<String>(), { $0.formUnion($1) }) {
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO candidateIdentifier (candidateId, kind, value) VALUES (?, ?, ?)")
                .execute(arguments: [candidate, parts[0], parts[1]])
        }
        // The files linked to the first one through shared identifiers, grown until nothing is added.
        var linked: Set<Int> = [0]
        var reach = keys.first ?? []
        var grew = true
        while grew {
            grew = false
            for index in keys.indices where !linked.contains(index) && !keys[index].isDisjoint(with: reach) {
                linked.insert(index)
                reach.formUnion(keys[index])
                grew = true
            }
        }
        return linked.count < keys.count
    }
}
