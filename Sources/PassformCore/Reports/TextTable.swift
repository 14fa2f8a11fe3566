import Foundation

/// A table of text cells, rendered aligned for a terminal, as CSV, or as HTML.
public struct TextTable: Sendable, Hashable {
    /// How a column's cells line up.
    public enum Alignment: Sendable, Hashable {
        case left
        case right
    }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]

    public init(headers: [String], alignments: [Alignment]? = nil, rows: [[String]] = []) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
        self.rows = rows
    }

    /// Adds a row; missing cells are blank.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// Columns padded to their widest cell, a rule under the headers; `style` may colour a cell
    /// (it is given the row index, column index and text, and must not change the visible width).
    public func rendered(style: ((Int, Int, String) -> String)? = nil) -> String {
        let columns = headers.count
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.prefix(columns).enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String], row: Int?) -> String {
            var parts: [String] = []
            for i in 0..<columns {
                let cell = i < cells.count ? cells[i] : ""
                let padding = String(repeating: " ", count: max(0, widths[i] - cell.count))
                let shown = row.flatMap { r in style.map { $0(r, i, cell) } } ?? cell
                let isLast = i == columns - 1
                switch alignments[i] {
                case .left: parts.append(isLast ? shown : shown + padding)
                case .right: parts.append(padding + shown)
                }
            }
            return parts.joined(separator: "  ")
        }
        var out = line(headers, row: nil) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for (r, row) in rows.enumerated() { out += line(row, row: r) + "\n" }
        return out
    }

    /// RFC 4180 CSV; with `excel`, a semicolon separator and a UTF-8 BOM so that a Swedish Excel opens it.
    public func csv(excel: Bool = false) -> String {
        let separator: UInt8 = excel ? 59 : 44
        let lines = Parallel.map([headers] + rows, chunk: 512) { Self.csvRecord($0, separator: separator) }
        return (excel ? "\u{FEFF}" : "") + lines.joined()
    }

    /// One CSV record and its CRLF, built as bytes: a field holding a quote, a line break or the separator is
    /// quoted, its quotes doubled.
    private static func csvRecord(_ row: [String], separator: UInt8) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(row.reduce(row.count + 2) { $0 + $1.utf8.count })
        for i in row.indices {
            if i > 0 { bytes.append(separator) }
            let field = row[i].utf8
            if field.contains(where: { $0 == 34 || $0 == 10 || $0 == 13 || $0 == separator }) {
                bytes.append(34)
                for byte in field {
                    bytes.append(byte)
                    if byte == 34 { bytes.append(34) }
                }
                bytes.append(34)
            } else {
                bytes.append(contentsOf: field)
            }
        }
        bytes.append(contentsOf: [13, 10])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An HTML `<table>` with escaped cells.
    public func html() -> String {
        var out = "<table>\n<thead><tr>"
        for (i, header) in headers.enumerated() {
            out += "<th\(alignments[i] == .right ? " class=\"num\"" : "")>\(HTML.escape(header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for i in 0..<headers.count {
                let cell = i < row.count ? row[i] : ""
                out += "<td\(alignments[i] == .right ? " class=\"num\"" : "")>\(HTML.escape(cell))</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}

/// HTML helpers for self-contained reports (no scripts, no network).
public enum HTML {
    /// Escapes `&`, `<`, `>`, `"` and `'`.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// A complete, printable page with a small built-in style sheet.
    public static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="sv">
        <head>
        <meta charset="utf-8">
        <title>\(escape(title))</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin: 1em 0; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .met { color: #1a7f37; } .unmet { color: #b42318; } .review { color: #9a6700; }
        @media print { body { margin: 0; } }
        </style>
        </head>
        <body>
        <h1>\(escape(title))</h1>
        \(body)
        </body>
        </html>

        """
    }
}
