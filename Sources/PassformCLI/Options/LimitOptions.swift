import ArgumentParser
import Foundation
import PassformFormats

/// `--limit NAME=VALUE`: raises or lowers a bound on input (file sizes, nesting, containers, line length), after
/// those in `$PASSFORM_LIMITS`.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("limit"),
        help: ArgumentHelp(
            "Change a bound on input, as cv-bytes=48M (repeatable; also $PASSFORM_LIMITS, comma-separated).",
            discussion: InputLimitSettings.names.map { "\($0.name): \($0.meaning)" }.joined(separator: "; "),
            valueName: "name=value"))
    var assignments: [String] = []

    func validate() throws {
        do {
            _ = try settings()
        } catch {
            throw ValidationError("\(error).")
        }
    }

    /// The shipped limits, changed by `$PASSFORM_LIMITS` and then by each `--limit`.
    func settings() throws -> InputLimitSettings {
        var settings = InputLimitSettings()
        if let environment = ProcessInfo.processInfo.environment["PASSFORM_LIMITS"] {
            do {
                try settings.apply(environment)
            } catch {
                throw ValidationError("$PASSFORM_LIMITS: \(error).")
            }
        }
        for assignment in assignments { try settings.set(assignment) }
        return settings
    }

    /// The limits as set; `validate()` has already refused a bad setting.
    var current: InputLimitSettings { (try? settings()) ?? InputLimitSettings() }
}
