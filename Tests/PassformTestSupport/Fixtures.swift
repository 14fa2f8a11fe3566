import Foundation

/// Test fixtures: hand-written documents under `Fixtures/`, and the project's shipped data.
package enum Fixtures {
    /// Thrown when a fixture file is missing.
    package struct Missing: Error, CustomStringConvertible {
        package var path: String
        package var description: String { "no fixture at \(path)" }
    }

    /// The text of `Fixtures/<path>`.
    package static func text(_ path: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil) else {
            throw Missing(path: path)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The URL of `Fixtures/<path>`.
    package static func url(_ path: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: "Fixtures/" + path, withExtension: nil) else {
            throw Missing(path: path)
        }
        return url
    }

    /// The package's root folder, for tests that read shipped files (`Profiles/`, `Postings/`, `Examples/`).
    package static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `../shared/realworld/` beside the project, when that folder exists.
    package static var realWorld: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/realworld")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// `../shared/seeds/` beside the project, when that folder exists.
    package static var seeds: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
