import ArgumentParser
import Foundation
import PassformCore
import PassformFormats
import PassformStorage

extension PassformCommand.DB {
    /// `passform db import`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store CVs in the register: the original file, the candidate read from it and the reader's warnings.",
            discussion: """
                The same file imported twice is stored once (SHA-256 of its bytes). A new CV whose e-mail address or \
                personnummer is already in the register becomes that person's current CV. Each file is one \
                transaction: an import that is stopped keeps every file it finished. A file that cannot be read is \
                reported on standard error and the others are still imported; the exit code is then 1.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var actor: ActorOption
        @Argument(help: "CV files, or folders of CVs.", completion: .file()) var paths: [String]
        @Option(help: "The posting the candidates applied to (see 'passform db postings list').") var posting: String?

        func run() throws {
            let register = try database.open(create: true)
            if let posting { _ = try register.posting(posting) }
            let files = try CVFiles.expand(paths)
            let reader = CVReader()
            let month = asOf.month
            let by = actor.name
            var progress = ProgressLine(total: files.count)
            var summary = ImportSummary()
            for (index, file) in files.enumerated() {
                progress.update(done: index)
                do {
                    let data = try InputFiles.data(at: file)
                    if let known = try register.importIfStored(data, posting: posting, by: by) {
                        summary.count(known, warnings: 0)
                        continue
                    }
                    let document = try reader.read(data, file: file, asOf: month, path: file)
                    let outcome = try register.importCV(
                        CVImport(fileName: file, bytes: data, candidate: document.candidate), posting: posting, by: by)
                    summary.count(outcome, warnings: document.candidate.warnings.count)
                } catch let error as StorageError {
                    progress.clear()
                    throw error
                } catch {
                    progress.clear()
                    Diagnostics.error("\(error)")
                    summary.failed += 1
                }
            }
            progress.clear()
            Diagnostics.note(summary.description(files: files.count))
            if summary.failed > 0 { throw ExitCode.failure }
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
