import Foundation
import PassformXML
import PassformCore

/// The text of a DOCX or ODT document, as lines in reading order: paragraphs, list items (as `- item`),
/// headings (as `# Heading`), and tables row by row (the first paragraph of each cell joined by ` | `,
/// then the cells' other paragraphs as lines of their own).
enum OfficeText {
    /// The lines of a Word document's `word/document.xml`.
    static func docx(_ root: MarkupNode) -> String {
        var lines: [String] = []
        if let body = Self.child(root, "body") { docxBlocks(body.children, into: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func docxBlocks(_ nodes: [MarkupNode], into lines: inout [String]) {
        for node in nodes where node.kind == .element {
            switch node.name {
            case "p":
                lines += docxParagraph(node)
            case "tbl":
                for row in Self.children(node, "tr") {
                    let cells = Self.children(row, "tc").map { cell -> [String] in
                        var cellLines: [String] = []
                        docxBlocks(cell.children, into: &cellLines)
                        return cellLines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                    }
                    tableRow(cells, into: &lines)
                }
            case "sdt", "sdtContent", "customXml", "smartTag", "ins":
                docxBlocks(node.children, into: &lines)
            default:
                continue
            }
        }
    }

    /// A paragraph's text, with text boxes inside it as lines of their own after it.
    private static func docxParagraph(_ paragraph: MarkupNode) -> [String] {
        var text = ""
        var extra: [String] = []
        func walk(_ node: MarkupNode) {
            for child in node.children where child.kind == .element {
                switch child.name {
                case "t": text += child.textContent
                case "tab": text += "\t"
                case "br", "cr": text += "\n"
                case "noBreakHyphen": text += "-"
                case "delText", "instrText", "pPr", "rPr", "fldChar": continue
                case "txbxContent": docxBlocks(child.children, into: &extra)
                default: walk(child)
                }
            }
        }
        walk(paragraph)
        var prefix = ""
        if let properties = Self.child(paragraph, "pPr") {
            let style = Self.child(properties, "pStyle")?.attributes["val"]?.lowercased() ?? ""
            if style.hasPrefix("heading") || style.hasPrefix("rubrik") || style == "title" || style.hasPrefix("overskrift") {
                prefix = "# "
            } else if Self.child(properties, "numPr") != nil || style.contains("list") {
                prefix = "- "
            }
        }
        let lines = CVTextParser.lines(of: text).map { prefix + $0 }
        return lines + extra
    }

    /// ``MarkupNode/child(_:)`` (names compared case-insensitively), comparing ASCII names without Foundation.
    static func child(_ node: MarkupNode, _ name: String) -> MarkupNode? {
        node.children.first { $0.kind == .element && sameName($0.name, name) }
    }

    /// ``MarkupNode/children(_:)``, comparing ASCII names without Foundation.
    static func children(_ node: MarkupNode, _ name: String) -> [MarkupNode] {
        node.children.filter { $0.kind == .element && sameName($0.name, name) }
    }

    /// Case-insensitive equality of element names: byte by byte for ASCII names, by Foundation otherwise.
    private static func sameName(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) else {
            return a.caseInsensitiveCompare(b) == .orderedSame
        }
        return a.utf8.count == b.utf8.count && zip(a.utf8, b.utf8).allSatisfy { x, y in x | 0x20 == y | 0x20 && (x | 0x20) >= 0x61 && (x | 0x20) <= 0x7A || x == y }
    }

    /// The lines of an OpenDocument text's `content.xml`.
    static func odt(_ root: MarkupNode) -> String {
        var lines: [String] = []
        if let text = root.path("body", "text") { odtBlocks(text.children, prefix: "", into: &lines) }
        return lines.joined(separator: "\n")
    }

    private static func odtBlocks(_ nodes: [MarkupNode], prefix: String, into lines: inout [String]) {
        for node in nodes where node.kind == .element {
            switch node.name {
            case "p":
                lines += odtInline(node).split(separator: "\n", omittingEmptySubsequences: false).map { prefix + $0 }
            case "h":
                lines.append("# " + odtInline(node))
            case "list":
                for item in node.children where item.kind == .element && (item.name == "list-item" || item.name == "list-header") {
                    odtBlocks(item.children, prefix: "- ", into: &lines)
                }
            case "table":
                var rows = node.children("table-row")
                for group in node.children where group.name == "table-header-rows" || group.name == "table-rows" {
                    rows += group.children("table-row")
                }
                for row in rows {
                    let cells = row.children("table-cell").map { cell -> [String] in
                        var cellLines: [String] = []
                        odtBlocks(cell.children, prefix: "", into: &cellLines)
                        return cellLines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
                    }
                    tableRow(cells, into: &lines)
                }
            case "section", "text-box", "frame":
                odtBlocks(node.children, prefix: prefix, into: &lines)
            default:
                continue
            }
        }
    }

    private static func odtInline(_ node: MarkupNode) -> String {
        var text = ""
        for child in node.children {
            if child.kind == .text {
                text += child.text
                continue
            }
            switch child.name {
            case "s": text += String(repeating: " ", count: Int(child.attributes["c"] ?? "1") ?? 1)
            case "tab": text += "\t"
            case "line-break": text += "\n"
            case "note", "annotation", "bookmark", "bookmark-start", "bookmark-end", "soft-page-break": continue
            case "frame", "text-box":
                var inner: [String] = []
                odtBlocks(child.children, prefix: "", into: &inner)
                text += inner.joined(separator: "\n")
            default: text += odtInline(child)
            }
        }
        return text
    }

    private static func tableRow(_ cells: [[String]], into lines: inout [String]) {
        let firsts = cells.compactMap { $0.first?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !firsts.isEmpty else { return }
        lines.append(firsts.joined(separator: " | "))
        for cell in cells { lines += cell.dropFirst() }
        lines.append("")
    }
}
