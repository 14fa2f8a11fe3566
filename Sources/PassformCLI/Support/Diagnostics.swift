import Foundation
import Rainbow

/// Messages for people on standard error, coloured only on a terminal.
enum Diagnostics {
    static var isTerminal: Bool {
        isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func warn(_ message: String) {
        write((isTerminal ? "warning:".yellow : "warning:") + " " + message)
    }

    static func error(_ message: String) {
        write((isTerminal ? "error:".red : "error:") + " " + message)
    }

    static func note(_ message: String) {
        write(message)
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
