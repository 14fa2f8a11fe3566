import ArgumentParser
import Foundation
import PassformCore
import PassformFormats
import PassformStorage

extension PassformCommand.DB {
    /// `passform db reread`.
    struct Reread: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reread",
            abstract: "Read every stored CV file again with this version's reader and update the facts searched on.",
            discussion: """
                Run it after upgrading Passform: a register keeps what the reader of its day found, and a newer reader \
                may find more (or less). Only files read differently are changed, each logged in the audit trail. A \
                person whose CV files no longer share an e-mail address or personnummer was linked by an identifier an \
                older reader misread; they are listed for a person to check with 'db show'. A file that cannot be read \
                any more keeps its old reading and is reported on standard error; the exit code is then 1.
                """)

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var asOf: AsOfOption
        @OptionGroup var actor: ActorOption
        @OptionGroup var limits: LimitOptions

        /// Files read together on every core, then written in one transaction.
        static let batchSize = 256

        func run() throws {
            let register = try database.open()
            let reader = limits.current.cvReader
            let month = asOf.month
            var total = RereadOutcome()
            var files = 0
            var failed = 0
            var after: Int64 = 0
            while true {
                let batch = try register.storedFiles(after: after, limit: Self.batchSize)
                guard let last = batch.last else { break }
                after = last.id
                files += batch.count
                let prepared = Parallel.map(batch, chunk: 1) { file in
                    Result { () throws -> PreparedCV in
                        let document = try reader.read(file.bytes, file: file.fileName, asOf: month, path: file.fileName)
                        return try PreparedCV(CVImport(fileName: file.fileName, bytes: file.bytes, candidate: document.candidate))
                    }
                }
                var readings: [(file: Int64, cv: PreparedCV)] = []
                for (file, result) in zip(batch, prepared) {
                    switch result {
                    case .success(let cv): readings.append((file.id, cv))
                    case .failure(let error):
                        Diagnostics.error("CV file \(file.id) (\(file.fileName)), candidate \(file.candidate): \(error); its old reading is kept")
                        failed += 1
                    }
                }
                let outcome = try register.replaceReadings(readings, by: actor.name)
                total.changedFiles += outcome.changedFiles
                total.changedCandidates += outcome.changedCandidates
                total.unlinked += outcome.unlinked.filter { !total.unlinked.contains($0) }
            }
            for candidate in total.unlinked {
                Diagnostics.warn(
                    "candidate \(candidate): their CV files no longer share an e-mail address or personnummer; "
                        + "they may be two people (see 'passform db show \(candidate)')")
            }
            var line = "read \(files) stored CV files again: \(total.changedFiles) read differently, "
            let changed = Set(total.changedCandidates).count
            line += "facts changed for \(changed) candidate\(changed == 1 ? "" : "s")"
            if failed > 0 { line += ", \(failed) could not be read" }
            Diagnostics.note(line)
            if failed > 0 { throw ExitCode.failure }
        }
    }
}
