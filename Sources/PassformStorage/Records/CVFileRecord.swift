import Foundation
internal import GRDB
import PassformCore

/// A row of `cvFile`: one original CV file, the candidate read from it and the reader's warnings.
struct CVFileRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "cvFile"

    enum Columns {
        static let candidateId = Column(CodingKeys.candidateId)
        static let sha256 = Column(CodingKeys.sha256)
        static let isCurrent = Column(CodingKeys.isCurrent)
    }

    var id: Int64?
    var candidateId: Int64
    var fileName: String
    var sha256: String
    var content: Data
    var candidateJSON: String
    var warningsJSON: String
    var isCurrent: Bool
    var importedAt: Date
    var importedBy: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func decodedCandidate() throws -> Candidate {
        do {
            return try JSONDecoder().decode(Candidate.self, from: Data(candidateJSON.utf8))
        } catch {
            throw StorageError.corrupt("the stored CV \(id ?? 0) cannot be read back")
        }
    }

    var warnings: [String] { (try? JSONDecoder().decode([String].self, from: Data(warningsJSON.utf8))) ?? [] }

    var stored: StoredCV {
        StoredCV(
            id: id ?? 0, fileName: fileName, sha256: sha256, bytes: content.count, importedAt: importedAt,
            importedBy: importedBy, warnings: warnings, isCurrent: isCurrent)
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
