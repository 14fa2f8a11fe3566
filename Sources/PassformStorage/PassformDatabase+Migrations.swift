import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    /// The schema, one append-only migration per version. Never edit a shipped migration: add `v2`, `v3`, …
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // A person in the register. `name` and `email` are those of the current CV.
            try db.create(table: "candidate") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text)
                t.column("email", .text)
                t.column("createdAt", .datetime).notNull()
                // The last import or application change: the start of the retention period.
                t.column("lastActivityAt", .datetime).notNull().indexed()
            }
            // The original files, as imported. The newest of a person is current and is what search screens.
            try db.create(table: "cvFile") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                t.column("fileName", .text).notNull()
                t.column("sha256", .text).notNull().unique()
                t.column("content", .blob).notNull()
                t.column("candidateJSON", .text).notNull()
                t.column("warningsJSON", .text).notNull()
                t.column("isCurrent", .boolean).notNull()
                t.column("importedAt", .datetime).notNull()
                t.column("importedBy", .text).notNull()
            }
            try db.create(index: "cvFile_current", on: "cvFile", columns: ["candidateId"], condition: Column("isCurrent"))
            // E-mail addresses and personnummer (normalised), by which a new CV is linked to its person.
            try db.create(table: "candidateIdentifier") { t in
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["kind", "value"])
            }
            // Facts of the current CV that search filters on before decoding any CV.
            try db.create(table: "candidateJob") { t in
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                t.column("occupation", .text)
                // Month ordinals (year × 12 + month − 1), year-only dates read widely; no end: ongoing.
                t.column("startMonth", .integer).notNull()
                t.column("endMonth", .integer)
            }
            try db.create(table: "candidateSkill") { t in
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                t.column("nameKey", .text).notNull()
                t.column("category", .text).notNull()
            }
            try db.create(index: "candidateSkill_category", on: "candidateSkill", columns: ["category", "candidateId"])
            try db.create(index: "candidateSkill_name", on: "candidateSkill", columns: ["nameKey", "candidateId"])
            try db.create(table: "candidateEducation") { t in
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                // The rank of the level on the ladder (grundskola 0 … master 4); NULL when not stated.
                t.column("levelRank", .integer)
            }
            try db.create(table: "posting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("key", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("fileName", .text)
                t.column("content", .blob)
                t.column("profileId", .text)
                t.column("targetJSON", .text).notNull()
                t.column("addedAt", .datetime).notNull()
                t.column("addedBy", .text).notNull()
            }
            try db.create(table: "application") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("candidate", onDelete: .cascade).notNull()
                t.belongsTo("posting", onDelete: .cascade).notNull()
                t.column("status", .text).notNull()
                t.column("anonymityRequested", .boolean).notNull().defaults(to: false)
                t.column("verdict", .text)
                t.column("score", .double)
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["candidateId", "postingId"])
            }
            try db.create(table: "applicationEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("application", onDelete: .cascade).notNull()
                t.column("status", .text).notNull()
                t.column("at", .datetime).notNull()
                t.column("by", .text).notNull()
            }
            // No foreign key: the trail outlives the candidates it names, and holds no personal data of them.
            try db.create(table: "auditEvent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("candidateId", .integer).indexed()
                t.column("posting", .text)
                t.column("detail", .text).notNull()
            }
        }
        migrator.registerMigration("v2") { db in
            // What the engine reads of each person's current CV, compact (see CandidateScreeningForm): search ranks
            // every candidate on `form`, and reads `texts` (the CV lines quoted as evidence) and the file's name only
            // for those it shows.
            try db.create(table: "candidateForm") { t in
                t.primaryKey("candidateId", .integer).references("candidate", onDelete: .cascade)
                t.column("form", .blob).notNull()
            }
            try db.create(table: "candidateFormText") { t in
                t.primaryKey("candidateId", .integer).references("candidate", onDelete: .cascade)
                t.column("fileName", .text).notNull()
                t.column("texts", .blob).notNull()
            }
            // The prefilter sums months per candidate over every job: from this index alone, not the table.
            try db.create(
                index: "candidateJob_months", on: "candidateJob", columns: ["candidateId", "occupation", "startMonth", "endMonth"])
            try db.drop(index: "candidateJob_on_candidateId")
            // Registers written before: the forms of their current CVs, from the stored JSON.
            try backfillScreeningForms(db)
        }
        return migrator
    }

    /// Writes the screening form of every current CV that has none, from its stored JSON; a CV whose JSON cannot
    /// be read is left without (search then reports it as damaged, as before).
    static func backfillScreeningForms(_ db: Database) throws {
        let decoder = JSONDecoder()
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT f.candidateId, f.candidateJSON, f.fileName FROM cvFile f
                WHERE f.isCurrent AND NOT EXISTS (SELECT 1 FROM candidateForm s WHERE s.candidateId = f.candidateId)
                ORDER BY f.candidateId
                """)
        var forms: [(Int64, String, Data, Data)] = []
        while let row = try rows.next() {
            let json: String = row[1]
            guard let candidate = try? decoder.decode(Candidate.self, from: Data(json.utf8)) else { continue }
            let (form, texts) = CandidateScreeningForm.encode(candidate)
            forms.append((row[0], row[2], form, texts))
        }
        for (id, fileName, form, texts) in forms {
            try writeScreeningForm(db, candidate: id, fileName: fileName, form: form, texts: texts)
        }
    }

    /// Stores the screening form of a person's current CV, replacing the one before.
    static func writeScreeningForm(_ db: Database, candidate id: Int64, fileName: String, form: Data, texts: Data) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO candidateForm (candidateId, form) VALUES (?, ?)").execute(arguments: [id, form])
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO candidateFormText (candidateId, fileName, texts) VALUES (?, ?, ?)")
            .execute(arguments: [id, fileName, texts])
    }
}
