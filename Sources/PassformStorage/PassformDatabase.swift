import Foundation
internal import GRDB

/// The candidate register: one SQLite file holding CVs, postings, applications and the audit trail.
///
/// ```swift
/// let register = try PassformDatabase.open(at: "passform.sqlite")
/// let outcome = try register.importCV(CVImport(fileName: "anna.pdf", bytes: data, candidate: candidate), by: "hr")
/// ```
///
/// The file is created with mode 0600, runs in WAL mode with a busy timeout (so two commands at once both
/// succeed), deletes securely (freed pages are zeroed) and refuses a schema written by a newer Passform.
/// Every method is one transaction.
package struct PassformDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The file's path, or ":memory:".
    package let path: String

    /// How long a command waits for another one holding the write lock.
    static let busyTimeout: TimeInterval = 30

    init(_ writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        let migrator = Self.migrator
        do {
            // Another process may be creating the schema at this moment: until it is done, its half-made
            // tables make our migration fail, so wait and look again.
            try Self.retryingWhileBusy(orMigrating: true) {
                if try writer.read({ try migrator.hasBeenSuperseded($0) }) {
                    let known = Set(migrator.migrations)
                    let applied = try writer.read { try migrator.appliedIdentifiers($0) }
                    throw StorageError.schemaTooNew(path: path, unknownMigrations: applied.subtracting(known).sorted())
                }
                try migrator.migrate(writer)
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StorageError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StorageError(error, path: path)
        }
    }

    /// Runs `body` again while SQLite reports another connection holding the file, for at most
    /// ``busyTimeout``: SQLite does not wait on its busy handler when a new file is switched to WAL mode, and
    /// two processes creating the schema at once see each other's half-made tables (plain SQLITE_ERROR, or
    /// SQLITE_SCHEMA when a prepared statement meets the other's new schema).
    private static func retryingWhileBusy<T>(orMigrating migrating: Bool = false, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(busyTimeout)
        var pause: useconds_t = 5_000
        while true {
            do {
                return try body()
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(error.resultCode)
                || (migrating && [.SQLITE_ERROR, .SQLITE_SCHEMA].contains(error.resultCode))
            {
                guard Date() < deadline else { throw error }
            }
            usleep(pause)
            pause = min(pause * 2, 200_000)
        }
    }

    /// Opens the register at `path`, creating the file (mode 0600) and its schema when it does not exist.
    ///
    /// - Throws: ``StorageError/cannotOpen(path:reason:)``, ``StorageError/notADatabase(path:)``,
    ///   ``StorageError/schemaTooNew(path:unknownMigrations:)``.
    package static func open(at path: String) throws -> PassformDatabase {
        try createPrivately(path)
        var config = Configuration()
        config.journalMode = .wal
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            // Deleted rows are overwritten with zeros, so erased personal data leaves no trace in free pages.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        let queue: DatabaseQueue
        do {
            queue = try retryingWhileBusy { try DatabaseQueue(path: path, configuration: config) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw StorageError.notADatabase(path: path)
        } catch let error as DatabaseError {
            throw StorageError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        return try PassformDatabase(queue, path: path)
    }

    /// An empty register in memory, for tests.
    package static func inMemory() throws -> PassformDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try PassformDatabase(try DatabaseQueue(configuration: config), path: ":memory:")
    }

    /// Creates an empty file readable and writable by its owner only, unless it exists; SQLite gives the
    /// `-wal` and `-shm` files the same mode.
    private static func createPrivately(_ path: String) throws {
        if FileManager.default.fileExists(atPath: path) { return }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StorageError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
        }
        if let reason = createOwnerOnlyFile(path) { throw StorageError.cannotOpen(path: path, reason: reason) }
    }

    /// SQLite's `PRAGMA integrity_check`: `["ok"]` for a sound file.
    package func integrityCheck() throws -> [String] {
        try perform { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    }

    /// The size of the database file in bytes (pages × page size).
    package func sizeInBytes() throws -> Int {
        try perform { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return pages * size
        }
    }

    // MARK: - Error mapping

    /// Runs a read, mapping GRDB's errors to ``StorageError``.
    func perform<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.read(body)
        } catch let error as DatabaseError {
            throw StorageError(error, path: path)
        }
    }

    /// Runs a write transaction, mapping GRDB's errors to ``StorageError``.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.write(body)
        } catch let error as DatabaseError {
            throw StorageError(error, path: path)
        }
    }

    /// Rewrites the file without free pages and empties the WAL, so deleted data is gone from the disk file.
    func compact() throws {
        do {
            try writer.vacuum()
            try writer.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal" { try db.checkpoint(.truncate) }
            }
        } catch let error as DatabaseError {
            throw StorageError(error, path: path)
        }
    }
}

extension StorageError {
    /// SQLite's error as a register error: a full disk as ``diskFull(path:)``, anything else with SQLite's message.
    init(_ error: DatabaseError, path: String) {
        self = error.resultCode == .SQLITE_FULL ? .diskFull(path: path) : .database(error.message ?? "\(error.resultCode)")
    }
}

/// Creates `path` with mode 0600 whatever the umask; nil on success or when the file already exists.
private func createOwnerOnlyFile(_ path: String) -> String? {
    let fd = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    if fd < 0 { return errno == EEXIST ? nil : String(cString: strerror(errno)) }
    defer { close(fd) }
    return fchmod(fd, 0o600) == 0 ? nil : String(cString: strerror(errno))
}

extension PassformDatabase {
    /// SQLite's journal mode (`wal` for a register on disk).
    package func journalMode() throws -> String {
        try perform { try String.fetchOne($0, sql: "PRAGMA journal_mode") ?? "" }
    }
}

extension PassformDatabase {
    /// The schema as SQLite stores it (`sqlite_master`), sorted by name, without GRDB's own table.
    package func schema() throws -> [String] {
        try perform { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master
                    WHERE name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations' ORDER BY name
                    """)
        }
    }
}
