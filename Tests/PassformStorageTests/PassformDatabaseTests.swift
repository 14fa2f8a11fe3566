import Foundation
import GRDB
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

/// A folder under the system's temporary folder, removed by the caller.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-db-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

struct PassformDatabaseTests {
    @Test func createsThePrivateFileInWALMode() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path

        let register = try PassformDatabase.open(at: path)
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")), by: "hr")

        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let walMode = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.posixPermissions] as? Int
        #expect(walMode == 0o600)
        #expect(try register.journalMode() == "wal")
        #expect(try register.integrityCheck() == ["ok"])
    }

    @Test func refusesASchemaFromANewerVersion() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path
        let fixture = try Fixtures.url("databases/future-schema.sqlite")
        try FileManager.default.copyItem(at: fixture, to: URL(fileURLWithPath: path))

        let error = #expect(throws: StorageError.self) { try PassformDatabase.open(at: path) }
        #expect(
            error?.description
                == "\(path): the register was written by a newer version of Passform (schema v99); upgrade Passform to use it")
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data(String(repeating: "not a database\n", count: 200).utf8).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StorageError.self) { try PassformDatabase.open(at: path) }
        #expect(error == .notADatabase(path: path))
    }

    @Test func namesAMissingFolder() throws {
        let error = #expect(throws: StorageError.self) { try PassformDatabase.open(at: "/nonexistent-folder/x.sqlite") }
        #expect(error?.description == "/nonexistent-folder/x.sqlite: cannot open the register: the folder /nonexistent-folder does not exist")
    }

    @Test func twoConnectionsWriteAtOnce() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path
        _ = try PassformDatabase.open(at: path)

        try await withThrowingTaskGroup(of: Void.self) { group in
            for worker in 0..<2 {
                group.addTask {
                    let register = try PassformDatabase.open(at: path)
                    for i in 0..<25 {
                        let person = RegisterBuilders.person(name: "P \(worker)-\(i)", email: "p\(worker)-\(i)@example.se")
                        try register.importCV(RegisterBuilders.cv(person), by: "worker \(worker)")
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try PassformDatabase.open(at: path).candidates().count == 50)
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func hashesWithSHA256(input: String, expected: String) {
        #expect(ContentHash.sha256(Data(input.utf8)) == expected)
    }

    @Test func hashesAMillionBytes() {
        #expect(
            ContentHash.sha256(Data(repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

struct RegisterCheckTests {
    @Test func findsAFileWhoseBytesChanged() throws {
        let register = try PassformDatabase.inMemory()
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")), by: "hr")
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Bo Ek", email: "bo@example.se")), by: "hr")
        #expect(try register.check().problems == [])
        #expect(try register.check().files == 2)

        try register.write { try $0.execute(sql: "UPDATE cvFile SET content = X'00' WHERE id = 2") }

        #expect(try register.check().problems == ["CV file 2: its bytes do not match the SHA-256 stored at import"])
    }

    @Test func aFullDiskIsItsOwnErrorThatSaysWhatToDo() {
        let full = StorageError(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"), path: "r.sqlite")
        #expect(full == .diskFull(path: "r.sqlite"))
        #expect(!full.description.contains("\n"))
        #expect(full.description.contains("free some space"))
        let other = StorageError(DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "UNIQUE constraint failed"), path: "r.sqlite")
        #expect(other == .database("UNIQUE constraint failed"))
    }

    @Test func aBatchOfCVsIsStoredWholeOrNotAtAll() throws {
        let register = try PassformDatabase.inMemory()
        let anna = try PreparedCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Anna Ek", email: "anna@example.se")))
        let bo = try PreparedCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Bo Ek", email: "bo@example.se")))
        #expect(throws: StorageError.postingNotFound("nope")) { try register.importCVs([anna, bo], posting: "nope", by: "test") }
        #expect(try register.candidates().isEmpty)
        let outcomes = try register.importCVs([anna, bo, anna], by: "test")
        #expect(outcomes.map(\.candidate) == [1, 2, 1])
        #expect(outcomes.last == .duplicate(candidate: 1))
        #expect(try register.areStored([anna.cv.bytes, Data("new".utf8)]) == [true, false])
    }
}
