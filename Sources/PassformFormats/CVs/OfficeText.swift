import Foundation
import PassformXML
import PassformCore

/// The text of a DOCX or ODT document, as lines in reading order: paragraphs, list items (as `- item`),
/// headings (as `# Heading`), and tables row by row (the first paragraph of each cell joined by ` | `,
/// then the cells' other paragraphs as lines of their own).
enum OfficeText {
    /// The lines of a Word document's `word/document.xml`, read as libxml2 streams it (``DOCXTextReader``).
    /// - Throws: ``MarkupError`` as ``MarkupParser/stream(_:to:)`` does.
    static func docx(_ xml: Data, parser: MarkupParser) throws -> String {
        var reader = DOCXTextReader()
        try parser.stream(xml, to: &reader)
        return reader.text
    }

    /// The lines of an OpenDocument text's `content.xml`.
    static func odt(_ root: MarkupElement) -> String {
        var lines: [String] = []
        if let text = root.child("body")?.child("text") { odtBlocks(text.elements, prefix: "", into: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func odtBlocks(_ nodes: some Sequence<MarkupElement>, prefix: String, into lines: inout [String]) {
        for node in nodes {
            if node.isNamed("p") {
                lines += odtInline(node).split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }
            } else if node.isNamed("h") {
                lines.append("# " + odtInline(node))
            } else if node.isNamed("list") {
                for item in node.elements where item.isNamed("list-item") || item.isNamed("list-header") {
                    odtBlocks(item.elements, prefix: "- ", into: &lines)
                }
            } else if node.isNamed("table") {
                var rows = node.elements.filter { $0.isNamed(caseInsensitive: "table-row") }
                for group in node.elements where group.isNamed("table-header-rows") || group.isNamed("table-rows") {
                    rows += group.elements.filter { $0.isNamed(caseInsensitive: "table-row") }
                }
                for row in rows {
                    let cells = row.elements.filter { $0.isNamed(caseInsensitive: "table-cell") }.map { cell -> [String] in
                        var cellLines: [String] = []
                        odtBlocks(cell.elements, prefix: "", into: &cellLines)
                        return cellLines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                    }
                    tableRow(cells, into: &lines)
                }
            } else if node.isNamed("section") || node.isNamed("text-box") || node.isNamed("frame") {
                odtBlocks(node.elements, prefix: prefix, into: &lines)
            }
        }
    }

    /// The most spaces one `text:s` stands for; a larger count is a forged document, not a layout.
    static let maximumSpaces = 10_000

    private static func odtInline(_ node: MarkupElement) -> String {
        var text = ""
        for child in node.children {
            guard case .element(let child) = child else {
                if case .text(let run) = child { text += run }
                continue
            }
            if child.isNamed("s") {
                let count = Int(child.attribute("c") ?? "1") ?? 1
                text += String(repeating: " ", count: min(max(count, 0), maximumSpaces))
            } else if child.isNamed("tab") {
                text += "\t"
            } else if child.isNamed("line-break") {
                text += "\n"
            } else if child.isNamed("note") || child.isNamed("annotation") || child.isNamed("bookmark") || child.isNamed("bookmark-start")
                || child.isNamed("bookmark-end") || child.isNamed("soft-page-break")
            {
                continue
            } else if child.isNamed("frame") || child.isNamed("text-box") {
                var inner: [String] = []
                odtBlocks(child.elements, prefix: "", into: &inner)
                text += inner.joined(separator: "\n")
            } else {
                text += odtInline(child)
            }
        }
        return text
    }

    static func tableRow(_ cells: [[String]], into lines: inout [String]) {
        let firsts = cells.compactMap { $0.first?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !firsts.isEmpty else { return }
        lines.append(firsts.joined(separator: " | "))
        for cell in cells { lines += cell.dropFirst() }
        lines.append("")
    }
}
