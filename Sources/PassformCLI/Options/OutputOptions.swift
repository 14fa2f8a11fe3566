import ArgumentParser
import Foundation
import PassformCore

/// The formats a report can be written in.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table, json, csv, html, md
}

/// `--format`, `--excel` and `--output`, shared by every command that writes a report.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format: table, json, csv or html (some commands also take md).")
    var format: OutputFormat = .table

    @Flag(help: "With --format csv: semicolons and a UTF-8 BOM, so that a Swedish Excel opens the file.")
    var excel = false

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    /// Writes `text` to the output file or standard output.
    func write(_ text: String) throws {
        try Self.write(text, to: output)
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil.
    static func write(_ text: String, to path: String?) throws {
        if let path {
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw InputError.unwritable(path: path)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Pretty, key-sorted JSON of `value`, with a final newline.
    func json<T: Encodable>(_ value: T) throws -> String {
        try JSONOutput.encode(value)
    }
}

/// JSON as every command writes it: pretty-printed, keys sorted, no escaped slashes.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONStyle.encoder()
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
