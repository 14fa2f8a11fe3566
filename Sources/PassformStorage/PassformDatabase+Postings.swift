import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    /// Adds a posting, with its original file when it was read from one.
    ///
    /// - Throws: ``StorageError/duplicatePosting(_:)``.
    package func addPosting(_ posting: StoredPosting, content: Data? = nil) throws {
        try write { db in
            if try PostingRecord.filter(PostingRecord.Columns.key == posting.id).fetchCount(db) > 0 {
                throw StorageError.duplicatePosting(posting.id)
            }
            var record = try PostingRecord(posting, content: content)
            try record.insert(db)
            let source = posting.fileName.map { "from file \($0)" } ?? posting.profile.map { "from profile \($0)" } ?? ""
            try AuditEventRecord.log(
                db, .posting, by: posting.addedBy, at: posting.addedAt, posting: posting.id,
                "added '\(posting.target.title)' \(source), \(posting.target.requirements.count) requirements")
        }
    }

    /// The posting with this id.
    ///
    /// - Throws: ``StorageError/postingNotFound(_:)``.
    package func posting(_ id: String) throws -> StoredPosting {
        try perform { try Self.postingRecord($0, id).posting() }
    }

    /// Every posting, by id.
    package func postings() throws -> [StoredPosting] {
        try perform { db in try PostingRecord.order(PostingRecord.Columns.key).fetchAll(db).map { try $0.posting() } }
    }

    static func postingRecord(_ db: Database, _ id: String) throws -> PostingRecord {
        guard let record = try PostingRecord.filter(PostingRecord.Columns.key == id).fetchOne(db) else {
            throw StorageError.postingNotFound(id)
        }
        return record
    }
}
