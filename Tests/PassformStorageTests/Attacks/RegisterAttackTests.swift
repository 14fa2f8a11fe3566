import Foundation
import PassformCore
import GRDB
@testable import PassformStorage
import PassformTestSupport
import Testing

/// The register under stress: two imports at once, an import killed with SIGKILL at random moments, a full disk
/// and a file from a newer Passform. Finished work is never lost, `PRAGMA integrity_check` stays `ok`, and
/// where Passform must stop it says why in one line. The process tests run the built `passform` binary.
@Suite(.serialized, .timeLimit(.minutes(2)))
final class RegisterAttackTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-register-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// `count` synthetic text CVs, each a different person (name and e-mail), in a new folder `name`.
    func cvFolder(_ name: String, count: Int, from first: Int = 1) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for n in first..<(first + count) {
            let text = """
                Person \(n) Testsson
                person\(n)@example.se

                ARBETSLIVSERFARENHET
                2015–2020  Ekonomiassistent, Kommun \(n)
                Kundreskontra.

                UTBILDNING
                2011–2014  Ekonomiprogrammet, Gymnasiet
                """
            try Data(text.utf8).write(to: url.appendingPathComponent("cv-\(n).txt"))
        }
        return url
    }

    func launch(_ arguments: [String]) throws -> Process {
        let binary = CommandRunner.binary
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build passform first: \(binary.path)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The e-mail addresses in the register, after checking the file is sound.
    func emails(in path: String) throws -> Set<String> {
        let register = try PassformDatabase.open(at: path)
        #expect(try register.integrityCheck() == ["ok"])
        return Set(try register.candidates().compactMap(\.email))
    }

    // MARK: - Two at once

    @Test func twoImportsAtOnceBothFinish() throws {
        let db = folder.appendingPathComponent("register.sqlite").path
        let first = try cvFolder("first", count: 150)
        let second = try cvFolder("second", count: 150, from: 151)
        let shared = try cvFolder("shared", count: 50, from: 301)
        let a = try launch(["db", "import", "--db", db, first.path, shared.path])
        let b = try launch(["db", "import", "--db", db, second.path, shared.path])
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0)
        #expect(b.terminationStatus == 0)
        let found = try emails(in: db)
        #expect(found == Set((1...350).map { "person\($0)@example.se" }))
        #expect(try PassformDatabase.open(at: db).candidates().count == 350)
    }

    // MARK: - Killed

    /// SIGKILL at random moments, again and again: every file an import finished stays, the file is sound,
    /// and a last import completes the register with each person once.
    @Test func importKilledAtRandomMomentsLosesNothingFinished() throws {
        let db = folder.appendingPathComponent("register.sqlite").path
        let cvs = try cvFolder("cvs", count: 400)
        var random = SeededRandom(seed: 42)
        var kept: Set<String> = []
        var killedMidway = 0
        for _ in 0..<15 {
            let process = try launch(["db", "import", "--db", db, cvs.path])
            usleep(UInt32.random(in: 20_000...400_000, using: &random))
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            process.waitUntilExit()
            let now = try emails(in: db)
            #expect(now.isSuperset(of: kept), "an import that was killed lost finished work")
            kept = now
        }
        #expect(killedMidway > 0, "no import was stopped midway; the kill test proved nothing")
        let last = try launch(["db", "import", "--db", db, cvs.path])
        last.waitUntilExit()
        #expect(last.terminationStatus == 0)
        #expect(try emails(in: db) == Set((1...400).map { "person\($0)@example.se" }))
        #expect(try PassformDatabase.open(at: db).candidates().count == 400)
    }

    // MARK: - Full disk

    /// A register that cannot grow (SQLite's `max_page_count`, as a full disk looks to SQLite): the import that
    /// does not fit fails with ``StorageError/diskFull(path:)``, which says what to do; nothing stored before is lost, and with room
    /// again the import goes on.
    @Test func fullDiskStopsCleanlyAndKeepsWhatWasStored() throws {
        let path = folder.appendingPathComponent("register.sqlite").path
        let register = try PassformDatabase.open(at: path)
        let pages = try register.perform { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        try register.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 12)") }
        var stored = 0
        var failure: (any Error)?
        for n in 1...2_000 {
            do {
                _ = try register.importCV(Self.cvImport(n), by: "test")
                stored += 1
            } catch {
                failure = error
                break
            }
        }
        let error = try #require(failure as? StorageError, "the register never filled up")
        #expect(error == .diskFull(path: path))
        #expect(
            error.description
                == "\(path): the disk is full; free some space (or move the register to a roomier disk) and run the command again "
                + "(everything stored before is kept)")
        #expect(stored > 0)
        #expect(try register.integrityCheck() == ["ok"])
        #expect(try register.candidates().count == stored)
        // Room again: a new connection has no page limit.
        let reopened = try PassformDatabase.open(at: path)
        _ = try reopened.importCV(Self.cvImport(9_999), by: "test")
        #expect(try reopened.candidates().count == stored + 1)
        #expect(try reopened.integrityCheck() == ["ok"])
    }

    /// A real full disk: a 512 KiB tmpfs (needs root, as on the CI image; skipped otherwise). The import stops
    /// with one line and exit code 1, the register is sound and keeps every CV it finished, and with room again
    /// (the same file copied to a roomy folder) the import completes.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount"), "mounting a tmpfs needs root"))
    func fullDiskThroughTheCommand() throws {
        let mountPoint = folder.appendingPathComponent("full")
        try FileManager.default.createDirectory(at: mountPoint, withIntermediateDirectories: true)
        let mount = try Process.run(URL(fileURLWithPath: "/bin/mount"), arguments: ["-t", "tmpfs", "-o", "size=512k", "tmpfs", mountPoint.path])
        mount.waitUntilExit()
        try #require(mount.terminationStatus == 0, "mount failed")
        defer { try? Process.run(URL(fileURLWithPath: "/bin/umount"), arguments: [mountPoint.path]).waitUntilExit() }
        let db = mountPoint.appendingPathComponent("register.sqlite").path
        let cvs = try cvFolder("cvs", count: 400)
        let result = try CommandRunner.run(["db", "import", "--db", db, cvs.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("Error: \(StorageError.diskFull(path: db).description)\n"))
        var configuration = Configuration()
        configuration.readonly = true
        let (check, count) = try DatabaseQueue(path: db, configuration: configuration).read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check"), try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM candidate") ?? 0)
        }
        #expect(check == ["ok"])
        #expect(count > 0 && count < 400)
        let roomy = folder.appendingPathComponent("roomy.sqlite").path
        let copy = try DatabaseQueue(path: roomy)
        try DatabaseQueue(path: db, configuration: configuration).backup(to: copy)
        let finish = try CommandRunner.run(["db", "import", "--db", roomy, cvs.path])
        #expect(finish.status == 0)
        #expect(try emails(in: roomy) == Set((1...400).map { "person\($0)@example.se" }))
    }

    static func cvImport(_ n: Int) -> CVImport {
        var candidate = Candidate()
        candidate.name = "Person \(n)"
        candidate.contacts.emails = ["person\(n)@example.se"]
        let text = String(repeating: "Kundreskontra och bokslut, person \(n). ", count: 40)
        return CVImport(fileName: "cv-\(n).txt", bytes: Data(text.utf8), candidate: candidate)
    }

    // MARK: - From the future

    /// A register migrated by a newer Passform is refused by name, and left exactly as it was.
    @Test func registerFromANewerVersionIsRefusedAndUntouched() throws {
        let db = folder.appendingPathComponent("register.sqlite").path
        do {
            let register = try PassformDatabase.open(at: db)
            _ = try register.importCV(Self.cvImport(1), by: "test")
            try register.writer.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')") }
            try register.compact()
        }
        let before = try Self.contents(of: db)
        let error = #expect(throws: StorageError.self) { try PassformDatabase.open(at: db) }
        #expect(error == .schemaTooNew(path: db, unknownMigrations: ["v99-future"]))
        let cvs = try cvFolder("cvs", count: 3)
        let result = try CommandRunner.run(["db", "import", "--db", db, cvs.path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "\(db): the register was written by a newer version of Passform (schema v99-future); upgrade Passform to use it"))
        // Opening in WAL mode touches the header (GRDB creates and drops a table to make the WAL file exist),
        // so the rows are compared, not the bytes.
        #expect(try Self.contents(of: db) == before)
        #expect(before.contains { $0.hasPrefix("grdb_migrations: ") && $0.contains("v99-future") })
    }

    /// Every row of every table, as text, read without Passform's migrator.
    static func contents(of path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            var rows: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\"").map { "\(table): \($0)" }
            }
            return rows
        }
    }

    /// Not a register at all: a CV, random bytes, or a truncated register.
    @Test func notARegisterIsRefused() throws {
        let cv = folder.appendingPathComponent("cv.sqlite").path
        try Data("ARBETSLIVSERFARENHET\n2015–2020  Ekonomiassistent, Kommunen\n".utf8).write(to: URL(fileURLWithPath: cv))
        #expect(throws: StorageError.notADatabase(path: cv)) { try PassformDatabase.open(at: cv) }
        let truncated = folder.appendingPathComponent("truncated.sqlite").path
        do {
            let register = try PassformDatabase.open(at: truncated)
            for n in 1...50 { _ = try register.importCV(Self.cvImport(n), by: "test") }
            try register.compact()
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: truncated))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: truncated))
        do {
            let register = try PassformDatabase.open(at: truncated)
            let check = try register.integrityCheck()
            #expect(check != ["ok"])
        } catch let error as StorageError {
            #expect(!error.description.contains("\n"))
        }
    }
}
