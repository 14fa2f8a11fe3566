import Foundation
internal import GRDB
import PassformCore

/// A row of `posting`: a job posting and its requirements as JSON.
struct PostingRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "posting"

    enum Columns {
        static let key = Column(CodingKeys.key)
    }

    var id: Int64?
    var key: String
    var title: String
    var fileName: String?
    var content: Data?
    var profileId: String?
    var targetJSON: String
    var addedAt: Date
    var addedBy: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The requirements and merits, as stored.
    struct Target: Codable {
        var title: String
        var requirements: [Requirement]
        var merits: [Requirement]
    }

    init(_ posting: StoredPosting, content: Data?) throws {
        key = posting.id
        title = posting.target.title
        fileName = posting.fileName
        self.content = content
        profileId = posting.profile?.rawValue
        targetJSON = try CVFileRecord.json(
            Target(title: posting.target.title, requirements: posting.target.requirements, merits: posting.target.merits))
        addedAt = posting.addedAt
        addedBy = posting.addedBy
    }

    func posting() throws -> StoredPosting {
        guard let target = try? JSONDecoder().decode(Target.self, from: Data(targetJSON.utf8)) else {
            throw StorageError.corrupt("the requirements of posting '\(key)' cannot be read back")
        }
        return StoredPosting(
            id: key, target: ScreeningTarget(id: key, title: target.title, requirements: target.requirements, merits: target.merits),
            fileName: fileName, profile: profileId.map(ProfileID.init), addedAt: addedAt, addedBy: addedBy)
    }
}
