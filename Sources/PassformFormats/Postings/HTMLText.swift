import Foundation
import PassformXML

/// The text a person sees on an HTML page, one block a line: scripts, styles, navigation, forms and footers
/// left out, list items as "- " lines and headings as "# " lines, so that ``JobPostingParser`` finds them.
enum HTMLText {
    /// Elements whose content is not part of the ad.
    static let skipped: Set<String> = [
        "script", "style", "nav", "footer", "noscript", "template", "svg", "iframe", "button", "form", "head", "select", "option",
        "input", "textarea", "menu", "dialog",
    ]

    /// Elements that start a new line.
    static let blocks: Set<String> = [
        "p", "div", "section", "article", "main", "header", "aside", "ul", "ol", "br", "tr", "table", "dl", "dt", "dd",
        "blockquote", "pre", "hr", "figure", "figcaption", "address", "body", "html", "td", "th", "paragraph", "document", "summary",
        "details",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// The visible text of `node`, with line breaks between blocks.
    static func text(of node: MarkupNode) -> String {
        var out = ""
        render(node, into: &out)
        var lines: [String] = []
        for line in out.split(separator: "\n") {
            let collapsed = line.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !collapsed.isEmpty, collapsed != "-", collapsed != "#" { lines.append(collapsed) }
        }
        return lines.joined(separator: "\n")
    }

    private static func render(_ node: MarkupNode, into out: inout String) {
        if node.kind == .text {
            out += node.text
            return
        }
        let name = node.name.lowercased()
        if skipped.contains(name) { return }
        if name == "li" {
            out += "\n- "
        } else if headings.contains(name) {
            out += "\n# "
        } else if blocks.contains(name) {
            out += "\n"
        }
        for child in node.children { render(child, into: &out) }
        if name == "li" || headings.contains(name) || blocks.contains(name) { out += "\n" }
    }

    /// The first element named `name` anywhere under `node`, the node itself included.
    static func first(_ name: String, in node: MarkupNode) -> MarkupNode? {
        if node.kind == .element, node.name.caseInsensitiveCompare(name) == .orderedSame { return node }
        return node.descendants(name).first
    }
}
