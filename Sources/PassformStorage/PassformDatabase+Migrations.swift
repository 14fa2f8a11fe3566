internal import GRDB

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
        return migrator
    }
}
