import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    // MARK: - Import

    /// Stores a CV in one transaction: the original bytes, the candidate as read and the warnings.
    ///
    /// The same file (SHA-256 of its bytes) is stored once. A new file whose e-mail address or personnummer
    /// belongs to a person already in the register becomes that person's current CV. With `posting`, the
    /// candidate also applies to it (status received), unless they already have.
    ///
    /// - Throws: ``StorageError/postingNotFound(_:)`` and database errors; nothing is written then.
    @discardableResult
    package func importCV(_ cv: CVImport, posting: String? = nil, by actor: String, at now: Date = Date()) throws
        -> ImportOutcome
    {
        try importCVs([try PreparedCV(cv)], posting: posting, by: actor, at: now)[0]
    }

    /// Stores several CVs in one transaction, each as ``importCV(_:posting:by:at:)`` would, in order: all of them,
    /// or none when one fails. Fewer commits write far fewer pages; every file is still whole or absent.
    ///
    /// - Throws: ``StorageError/postingNotFound(_:)`` and database errors; nothing is written then.
    @discardableResult
    package func importCVs(_ cvs: [PreparedCV], posting: String? = nil, by actor: String, at now: Date = Date()) throws
        -> [ImportOutcome]
    {
        try write { db in
            let postingRecord = try posting.map { try Self.postingRecord(db, $0) }
            return try cvs.map { cv in try Self.importOne(db, cv, posting: postingRecord, by: actor, at: now) }
        }
    }

    /// Which of these files (by their bytes) are already stored, in one read.
    package func areStored(_ contents: [Data]) throws -> [Bool] {
        let hashes = contents.map(ContentHash.sha256)
        return try perform { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM cvFile WHERE sha256 = ?")
            return try hashes.map { try Int.fetchOne(statement, arguments: [$0]) != nil }
        }
    }

    private static func importOne(
        _ db: Database, _ cv: PreparedCV, posting postingRecord: PostingRecord?, by actor: String, at now: Date
    ) throws -> ImportOutcome {
        let outcome: ImportOutcome
        if let existing = try Int64.fetchOne(
            try db.cachedStatement(sql: "SELECT candidateId FROM cvFile WHERE sha256 = ?"), arguments: [cv.hash])
        {
            outcome = .duplicate(candidate: existing)
        } else {
            outcome = try Self.store(db, cv, by: actor, at: now)
        }
        if let postingRecord, let postingId = postingRecord.id {
            let exists = try ApplicationRecord
                .filter(ApplicationRecord.Columns.candidateId == outcome.candidate && ApplicationRecord.Columns.postingId == postingId)
                .fetchCount(db) > 0
            if !exists {
                try Self.createApplication(db, candidate: outcome.candidate, posting: postingRecord, anonymous: false, by: actor, at: now)
            }
        }
        return outcome
    }

    /// For a file already stored (same SHA-256): its candidate, after applying them to `posting` if they had not;
    /// nil for a new file. Lets an import skip reading files it already has.
    package func importIfStored(_ bytes: Data, posting: String? = nil, by actor: String, at now: Date = Date()) throws
        -> ImportOutcome?
    {
        let hash = ContentHash.sha256(bytes)
        return try write { db in
            guard let existing = try CVFileRecord.filter(CVFileRecord.Columns.sha256 == hash).fetchOne(db) else { return nil }
            if let posting {
                let record = try Self.postingRecord(db, posting)
                let exists = try ApplicationRecord
                    .filter(ApplicationRecord.Columns.candidateId == existing.candidateId && ApplicationRecord.Columns.postingId == record.id)
                    .fetchCount(db) > 0
                if !exists {
                    try Self.createApplication(db, candidate: existing.candidateId, posting: record, anonymous: false, by: actor, at: now)
                }
            }
            return .duplicate(candidate: existing.candidateId)
        }
    }

    private static func store(_ db: Database, _ prepared: PreparedCV, by actor: String, at now: Date) throws
        -> ImportOutcome
    {
        let cv = prepared.cv
        let candidate = cv.candidate
        let identifiers = Identity.identifiers(of: candidate)

        var linkedBy: String?
        var candidateId: Int64?
        for (kind, value) in identifiers {
            if let id = try Int64.fetchOne(
                try db.cachedStatement(sql: "SELECT candidateId FROM candidateIdentifier WHERE kind = ? AND value = ?"),
                arguments: [kind.rawValue, value])
            {
                if candidateId == nil || id < candidateId ?? id {
                    candidateId = id
                    linkedBy = kind == .email ? "e-mail" : "personnummer"
                }
            }
        }
        let email = candidate.contacts.emails.first.flatMap(Identity.email)
        if let id = candidateId {
            try db.execute(
                sql: "UPDATE candidate SET name = ?, email = ?, lastActivityAt = ? WHERE id = ?",
                arguments: [candidate.name, email, now, id])
            try db.execute(sql: "UPDATE cvFile SET isCurrent = 0 WHERE candidateId = ?", arguments: [id])
        } else {
            var record = CandidateRecord(name: candidate.name, email: email, createdAt: now, lastActivityAt: now)
            try record.insert(db)
            candidateId = record.id
        }
        guard let id = candidateId else { throw StorageError.corrupt("a candidate was stored without a number") }
        for (kind, value) in identifiers {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO candidateIdentifier (candidateId, kind, value) VALUES (?, ?, ?)")
                .execute(arguments: [id, kind.rawValue, value])
        }
        let warnings = prepared.warnings
        var file = CVFileRecord(
            candidateId: id, fileName: cv.fileName, sha256: prepared.hash, content: cv.bytes,
            candidateJSON: prepared.candidateJSON, warningsJSON: prepared.warningsJSON, isCurrent: true,
            importedAt: now, importedBy: actor)
        try file.insert(db)
        try replaceFacts(db, candidate: id, with: candidate)
        try writeScreeningForm(db, candidate: id, fileName: cv.fileName, form: prepared.form, texts: prepared.texts)
        let kind = (cv.fileName as NSString).pathExtension.lowercased()
        var detail = "CV file \(file.id ?? 0) (\(kind.isEmpty ? "file" : kind), \(cv.bytes.count) bytes, \(warnings.count) warnings)"
        if let linkedBy { detail += ", linked by \(linkedBy)" }
        try AuditEventRecord.log(db, .import, by: actor, at: now, candidate: id, detail)
        return linkedBy.map { .linked(candidate: id, by: $0) } ?? .added(candidate: id)
    }

    /// Rewrites the facts search filters on from the person's current CV.
    static func replaceFacts(_ db: Database, candidate id: Int64, with candidate: Candidate) throws {
        for table in ["candidateJob", "candidateSkill", "candidateEducation"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE candidateId = ?").execute(arguments: [id])
        }
        for job in candidate.employment {
            guard let start = job.start else { continue }
            var startMonth = start.ordinal
            if job.isYearOnly, start.month == 12 { startMonth = YearMonth(year: start.year, month: 1).ordinal }
            var endMonth: Int?
            if !job.isCurrent, let end = job.end {
                endMonth = job.isYearOnly && end.month == 1 ? YearMonth(year: end.year, month: 12).ordinal : end.ordinal
            }
            try db.cachedStatement(sql: "INSERT INTO candidateJob (candidateId, occupation, startMonth, endMonth) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, job.occupation?.rawValue, startMonth, endMonth])
        }
        for skill in candidate.skills {
            try db.cachedStatement(sql: "INSERT INTO candidateSkill (candidateId, nameKey, category) VALUES (?, ?, ?)")
                .execute(arguments: [id, Folding.asciiFold(skill.name), skill.category.rawValue])
        }
        for entry in candidate.education {
            try db.cachedStatement(sql: "INSERT INTO candidateEducation (candidateId, levelRank) VALUES (?, ?)")
                .execute(arguments: [id, entry.level.flatMap { EducationLevel.allCases.firstIndex(of: $0) }])
        }
    }

    // MARK: - Reading

    /// The register number of a candidate named by number, e-mail address or personnummer.
    ///
    /// - Throws: ``StorageError/candidateNotFound(_:)``.
    package func candidateID(_ reference: String) throws -> Int64 {
        try perform { try Self.resolve($0, reference) }
    }

    static func resolve(_ db: Database, _ reference: String) throws -> Int64 {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed),
            try CandidateRecord.exists(db, key: number)
        {
            return number
        }
        let key: (Identity.Kind, String)? =
            trimmed.contains("@") ? Identity.email(trimmed).map { (.email, $0) } : Identity.nationalID(trimmed).map { (.nationalID, $0) }
        if let (kind, value) = key,
            let id = try Int64.fetchOne(
                db, sql: "SELECT candidateId FROM candidateIdentifier WHERE kind = ? AND value = ?", arguments: [kind.rawValue, value])
        {
            return id
        }
        throw StorageError.candidateNotFound(reference)
    }

    /// Every candidate, by register number.
    package func candidates() throws -> [CandidateSummary] {
        try perform { db in try Self.summaries(db, where: nil) }
    }

    static func summaries(_ db: Database, where id: Int64?) throws -> [CandidateSummary] {
        let filter = id == nil ? "" : "WHERE c.id = ?"
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT c.id, c.name, c.email, c.createdAt, (SELECT COUNT(*) FROM cvFile f WHERE f.candidateId = c.id) AS files
                FROM candidate c \(filter) ORDER BY c.id
                """, arguments: id.map { [$0] } ?? [])
        var applications: [Int64: [ApplicationSummary]] = [:]
        let applicationFilter = id == nil ? "" : "WHERE a.candidateId = ?"
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT a.candidateId, p.key, a.status FROM application a JOIN posting p ON p.id = a.postingId
                \(applicationFilter) ORDER BY p.key
                """, arguments: id.map { [$0] } ?? [])
        {
            let status = ApplicationStatus(rawValue: row["status"]) ?? .received
            applications[row["candidateId"], default: []].append(ApplicationSummary(posting: row["key"], status: status))
        }
        return rows.map { row in
            let id: Int64 = row["id"]
            return CandidateSummary(
                id: id, name: row["name"], email: row["email"], importedAt: row["createdAt"], files: row["files"],
                applications: applications[id] ?? [])
        }
    }

    /// Everything stored on one candidate.
    ///
    /// - Throws: ``StorageError/candidateNotFound(_:)``.
    package func candidate(_ reference: String) throws -> CandidateDetail {
        try perform { db in
            let id = try Self.resolve(db, reference)
            guard let summary = try Self.summaries(db, where: id).first else { throw StorageError.candidateNotFound(reference) }
            let files = try CVFileRecord.filter(CVFileRecord.Columns.candidateId == id).order(Column("id")).fetchAll(db)
            guard let current = files.last(where: \.isCurrent) ?? files.last else {
                throw StorageError.corrupt("candidate \(id) has no CV file")
            }
            return CandidateDetail(
                summary: summary, files: files.map(\.stored), candidate: try current.decodedCandidate(),
                applications: try Self.applications(db, candidate: id, posting: nil))
        }
    }

    /// The original bytes of a stored CV file.
    package func fileContent(_ fileID: Int64) throws -> Data? {
        try perform { try Data.fetchOne($0, sql: "SELECT content FROM cvFile WHERE id = ?", arguments: [fileID]) }
    }
}
