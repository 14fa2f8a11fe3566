import Foundation
import PassformCore
import Rainbow

/// Turning a ``TextTable`` into the format asked for.
enum Rendering {
    static var stdoutIsTerminal: Bool {
        isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    static func table(_ table: TextTable, format: OutputFormat, excel: Bool, title: String) -> String {
        switch format {
        case .csv: table.csv(excel: excel)
        case .html: HTML.page(title: title, body: table.html())
        case .md: markdown(table)
        case .table, .json: table.rendered()
        }
    }

    /// Colours the verdict column on a terminal.
    static func verdictStyle(row: Int, column: Int, text: String) -> String {
        guard stdoutIsTerminal else { return text }
        switch text {
        case "qualified", "met": return text.green
        case "not_qualified", "unmet", "rejected": return text.red
        case "review": return text.yellow
        default: return text
        }
    }

    static func markdown(_ table: TextTable) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        var out = row(table.headers)
        out += "|" + table.alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for cells in table.rows { out += row(cells) }
        return out
    }
}

/// A profile as a person reads it.
enum ProfileText {
    static func render(_ profile: RoleProfile) -> String {
        var out = "\(profile.title)  [\(profile.id)]\n\nArbetsuppgifter:\n"
        for task in profile.tasks { out += "  - \(task)\n" }
        out += "\nKompetenskrav:\n"
        for (i, requirement) in profile.requirements.enumerated() {
            out += "  \(i + 1). \(requirement.text)\n"
            out += describe(requirement, indent: "     ")
        }
        return out
    }

    private static func describe(_ requirement: Requirement, indent: String) -> String {
        guard case .anyOf(let alternatives) = requirement.condition else {
            return "\(indent)→ \(requirement.summary)\n"
        }
        var out = "\(indent)→ one of:\n"
        for (i, alternative) in alternatives.enumerated() {
            let letter = String(UnicodeScalar(UInt8(65 + i % 26)))
            out += "\(indent)  \(letter)) " + alternative.map(\.summary).joined(separator: "\n\(indent)     AND ") + "\n"
        }
        return out
    }
}
