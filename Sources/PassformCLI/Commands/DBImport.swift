import ArgumentParser
import Dispatch
import Foundation
import PassformCore
import PassformFormats
import PassformStorage

extension PassformCommand.DB {
    /// `passform db import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", 
            abstract: "Store CVs in the register: the original file, the candidate read from it and the reader's warnings.",
            discussion: """
                The same file imported twice is stored once (SHA-256 of its bytes). A new CV whose e-mail address or \
                personnummer is already in the register becomes that person's current CV. Each file is stored in a \
                transaction of its own: an import that is stopped keeps every file it finished, and no file is ever half \
                stored. A file that cannot be read is reported on standard error and the others are \
                still imported; the exit code is then 1.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var actor: ActorOption
        @OptionGroup var limits: LimitOptions
        @Argument(help: "CV files, or folders of CVs.", completion: .file()) var paths: [String]
        @Option(help: "The posting the candidates applied to (see 'passform db postings list').") var posting: String?

        func run() throws {
            let register = try database.open(create: true)
            if let posting { _ = try register.posting(posting) }
            let files = try CVFiles.expand(paths)
            let reader = limits.current.cvReader
            let month = asOf.month
            let by = actor.name
            var progress = ProgressLine(total: files.count)
            var summary = ImportSummary()
            // Batches: the files are read and parsed on every core, then stored one transaction per file, so an import
            // that is stopped keeps every file it committed and never half a file. The next batch is parsed
            // while this one is written.
            let batches = stride(from: 0, to: files.count, by: Self.batchSize).map { Array(files[$0..<min($0 + Self.batchSize, files.count)]) }
            func start(_ number: Int) throws -> Pending<(Batch, [Parsed])>? {
                guard batches.indices.contains(number) else { return nil }
                let batch = try Self.readBatch(batches[number], register: register, limit: reader.maximumSize)
                return Pending { Self.parse(batch, reader: reader, asOf: month) }
            }
            var next = try start(0)
            var done = 0
            for number in batches.indices {
                progress.update(done: done)
                guard let (batch, parsed) = next?.wait() else { break }
                done += batch.files.count
                next = try start(number + 1)
                for (index, file) in batch.files.enumerated() {
                    do {
                        let data = try batch.contents[index].get()
                        if batch.stored[index] {
                            // Stored before: only the application, if any (nil when it went since the check).
                            if let known = try register.importIfStored(data, posting: posting, by: by) {
                                summary.count(known, warnings: 0)
                                continue
                            }
                        }
                        let prepared = try parsed[index]?.get() ?? Self.prepare(file, data, reader: reader, asOf: month)
                        // One transaction per file.
                        let outcome = try register.importCVs([prepared.cv], posting: posting, by: by)[0]
                        summary.count(outcome, warnings: prepared.warnings)
                    } catch let error as StorageError {
                        progress.clear()
                        throw error
                    } catch {
                        progress.clear()
                        Diagnostics.error("\(error)")
                        summary.failed += 1
                    }
                }
            }
            progress.clear()
            Diagnostics.note(summary.description(files: files.count))
            if summary.failed > 0 { throw ExitCode.failure }
        }

        /// Files read and parsed together on every core while the previous batch is stored.
        static let batchSize = 64

        /// A batch's files, their bytes (or why they could not be read) and which are stored already.
        struct Batch: Sendable {
            var files: [String]
            var contents: [Result<Data, any Error>]
            var stored: [Bool]
        }

        /// A file parsed and made ready to store, with the reader's warnings; nil for a file not to parse.
        typealias Parsed = Result<(cv: PreparedCV, warnings: Int), any Error>?

        /// Reads the files of a batch and asks the register which it holds already, on this thread (the register is
        /// not to be read while another thread writes it).
        static func readBatch(_ files: [String], register: PassformDatabase, limit: Int) throws -> Batch {
            let contents = files.map { file in Result { try InputFiles.data(at: file, limit: limit) } }
            let stored = try register.areStored(contents.map { (try? $0.get()) ?? Data() })
            return Batch(files: files, contents: contents, stored: stored)
        }

        /// Parses, hashes and encodes the new files of a batch on every core.
        static func parse(_ batch: Batch, reader: CVReader, asOf: YearMonth) -> (Batch, [Parsed]) {
            let parsed = Parallel.map(Array(batch.files.indices), chunk: 1) { index -> Parsed in
                guard !batch.stored[index], case .success(let data) = batch.contents[index] else { return nil }
                return Result { try prepare(batch.files[index], data, reader: reader, asOf: asOf) }
            }
            return (batch, parsed)
        }

        static func prepare(_ file: String, _ data: Data, reader: CVReader, asOf: YearMonth) throws -> (cv: PreparedCV, warnings: Int) {
            let document = try reader.read(data, file: file, asOf: asOf, path: file)
            let cv = try PreparedCV(CVImport(fileName: file, bytes: data, candidate: document.candidate))
            return (cv, document.candidate.warnings.count)
        }
    }
}

/// What an import did, for the closing line.
struct ImportSummary {
    var added = 0
    var linked = 0
    var duplicates = 0
    var failed = 0
    var warnings = 0

    mutating func count(_ outcome: ImportOutcome, warnings: Int) {
        switch outcome {
        case .added: added += 1
        case .linked: linked += 1
        case .duplicate: duplicates += 1
        }
        if case .duplicate = outcome { return }
        self.warnings += warnings
    }

    func description(files: Int) -> String {
        var parts = ["\(added) new candidate\(added == 1 ? "" : "s")", "\(linked) linked to a person already in the register"]
        parts.append("\(duplicates) already stored")
        if failed > 0 { parts.append("\(failed) could not be read") }
        return "imported \(files) file\(files == 1 ? "" : "s"): " + parts.joined(separator: ", ")
            + (warnings > 0 ? "; \(warnings) reader warnings (see 'passform db show')" : "")
    }
}

/// A progress bar on standard error, drawn only when standard error is a terminal.
struct ProgressLine {
    let total: Int
    let isShown: Bool
    private var lastDraw = Date.distantPast

    init(total: Int) {
        self.total = total
        isShown = isatty(STDERR_FILENO) != 0 && total > 1
    }

    mutating func update(done: Int) {
        guard isShown, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
    }

    func clear() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// A value computed on another thread; ``wait()`` blocks until it is there.
///
/// An `NSLock` guards the value, not `Mutex`: in debug builds, handing the guarded value out of `Mutex.withLock`
/// corrupted memory (random crashes across the test suite with Swift 6.3 on Linux, gone with the lock).
final class Pending<T: Sendable>: @unchecked Sendable {
    private let ready = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var value: T?

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            let result = work()
            self.lock.lock()
            self.value = result
            self.lock.unlock()
            self.ready.signal()
        }
    }

    func wait() -> T? {
        ready.wait()
        ready.signal()
        lock.lock()
        defer { lock.unlock() }
        return value
    }
}
