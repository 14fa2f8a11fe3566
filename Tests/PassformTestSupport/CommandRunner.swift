import Foundation

/// Runs the built `passform` binary end to end, as a user would.
package struct CommandRunner {
    /// What a run printed and how it ended.
    package struct Result: Sendable {
        package var status: Int32
        package var stdout: String
        package var stderr: String
    }

    /// The `passform` binary in the build folder that holds the test bundle.
    package static var binary: URL {
        var url = Bundle.main.bundleURL
        if url.lastPathComponent.hasSuffix(".xctest") { url.deleteLastPathComponent() }
        let candidate = url.appendingPathComponent("passform")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/passform")
    }

    /// Runs `passform` with `arguments` in `directory` (the package root by default), with `environment` added to
    /// this process's.
    package static func run(
        _ arguments: [String], in directory: URL? = nil, stdin: String? = nil, environment extra: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Fixtures.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
