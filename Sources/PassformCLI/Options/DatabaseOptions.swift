import ArgumentParser
import Foundation
import PassformStorage

/// `--db PATH`: the candidate register (default `./passform.sqlite`, or `PASSFORM_DB`).
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .customLong("db"), help: "The register file (default: ./passform.sqlite, or $PASSFORM_DB).",
        completion: .file(extensions: ["sqlite"]))
    var path: String?

    /// The path in force.
    var resolvedPath: String {
        path ?? ProcessInfo.processInfo.environment["PASSFORM_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "passform.sqlite"
    }

    /// Opens the register; with `create` false, a missing file is an error rather than a new, empty register.
    func open(create: Bool = false) throws -> PassformDatabase {
        let path = resolvedPath
        if !create, !FileManager.default.fileExists(atPath: path) {
            throw InputError.invalid(path: path, reason: "no register here; create one with 'passform db import' or name it with --db")
        }
        return try PassformDatabase.open(at: path)
    }
}

/// `--by NAME`: who does what, for the audit trail and the application history (default `$USER`).
struct ActorOption: ParsableArguments {
    @Option(help: "Who does this, for the audit trail (default: $USER).") var by: String?

    var name: String {
        if let by, !by.trimmingCharacters(in: .whitespaces).isEmpty { return by }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
    }
}
