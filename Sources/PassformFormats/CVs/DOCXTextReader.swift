import Foundation
import PassformCore
import PassformXML

/// Lays out a Word document's text as ``OfficeText`` does while libxml2 streams `word/document.xml`
/// (``MarkupParser/stream(_:to:)``): no tree is built; what each open element is to the text is kept on a stack.
struct DOCXTextReader: MarkupStreamHandler {
    /// What an open element is to the text.
    private enum Role {
        /// The document's root, whose first `body` is read.
        case root
        /// Holds paragraphs, tables and content controls: the body, a control, a text box.
        case blocks
        case table
        case row
        /// A table cell: blocks whose lines the row collects.
        case cell
        case paragraph
        /// Inside a paragraph, walked for its text.
        case inline
        /// Inside a paragraph, walked for its text and also read as the paragraph's properties (a `pPr` spelt in
        /// another case).
        case inlineProperties
        /// The paragraph's `pPr`: only its style and numbering count.
        case properties
    }

    /// A paragraph being read.
    private struct Paragraph {
        var text: [UInt8] = []
        /// Where the paragraph's own lines go in its sink: ahead of its text boxes' lines, written while it is read.
        var mark = 0
        var hasProperties = false
        var styleSeen = false
        var style: String?
        var numbered = false

        /// Starts another paragraph, keeping the text buffer's memory.
        mutating func reset(mark: Int) {
            text.removeAll(keepingCapacity: true)
            self.mark = mark
            hasProperties = false
            styleSeen = false
            style = nil
            numbered = false
        }
    }

    private var roles: [Role] = []
    /// Where lines go: the document, or a table cell.
    private var sinks: [[String]] = [[]]
    /// The cells of each open table row.
    private var rows: [[[String]]] = []
    /// The open paragraphs first, then closed ones kept for their buffers.
    private var paragraphs: [Paragraph] = []
    private var openParagraphs = 0
    /// Open elements inside one whose contents are ignored, or inside a `t`, counting it.
    private var passive = 0
    /// The passive elements are a `t` and what it holds: their text is the paragraph's.
    private var collecting = false
    private var bodySeen = false

    /// The document's lines, once the stream has ended, joined by line feeds as `joined(separator:)` joins them, but
    /// into a string sized once rather than grown line by line.
    var text: String {
        let lines = sinks[0]
        guard lines.count > 1 else { return lines.first ?? "" }
        var total = lines.count - 1
        for i in lines.indices { total += lines[i].utf8.count }
        return String(unsafeUninitializedCapacity: total) { out in
            var at = 0
            for i in lines.indices {
                if i > 0 {
                    out[at] = UInt8(ascii: "\n")
                    at += 1
                }
                func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
                    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
                    (out.baseAddress! + at).initialize(from: base, count: bytes.count)
                    at += bytes.count
                }
                if lines[i].utf8.withContiguousStorageIfAvailable(copy) == nil {
                    var line = lines[i]
                    line.withUTF8(copy)
                }
            }
            return at
        }
    }

    init() {
        // Room for the lines of a typical CV, without growing the array paragraph by paragraph.
        sinks[0].reserveCapacity(64)
    }

    mutating func start(_ tag: MarkupTag) {
        if passive > 0 {
            passive += 1
            return
        }
        guard let parent = roles.last else {
            roles.append(.root)
            return
        }
        switch parent {
        case .root:
            if !bodySeen && tag.isNamed(caseInsensitive: "body") {
                bodySeen = true
                roles.append(.blocks)
            } else {
                ignore()
            }
        case .blocks, .cell:
            block(tag)
        case .table:
            if tag.isNamed(caseInsensitive: "tr") {
                rows.append([])
                roles.append(.row)
            } else {
                ignore()
            }
        case .row:
            if tag.isNamed(caseInsensitive: "tc") {
                sinks.append([])
                roles.append(.cell)
            } else {
                ignore()
            }
        case .paragraph, .inline, .inlineProperties:
            inline(tag, in: parent)
        case .properties:
            noteProperty(tag)
            ignore()
        }
    }

    mutating func end() {
        if passive > 0 {
            passive -= 1
            if passive == 0 { collecting = false }
            return
        }
        switch roles.removeLast() {
        case .row:
            OfficeText.tableRow(rows.removeLast(), into: &sinks[sinks.count - 1])
        case .cell:
            let lines = sinks.removeLast().filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            rows[rows.count - 1].append(lines)
        case .paragraph:
            finishParagraph()
        case .root, .blocks, .table, .inline, .inlineProperties, .properties:
            break
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if collecting { paragraphs[openParagraphs - 1].text.append(contentsOf: bytes) }
    }

    private mutating func ignore() {
        passive = 1
        collecting = false
    }

    private mutating func block(_ tag: MarkupTag) {
        if tag.isNamed("p") {
            openParagraph()
            roles.append(.paragraph)
        } else if tag.isNamed("tbl") {
            roles.append(.table)
        } else if tag.isNamed("sdt") || tag.isNamed("sdtContent") || tag.isNamed("customXml") || tag.isNamed("smartTag")
            || tag.isNamed("ins")
        {
            roles.append(.blocks)
        } else {
            ignore()
        }
    }

    private mutating func inline(_ tag: MarkupTag, in parent: Role) {
        let current = openParagraphs - 1
        var isProperties = false
        if parent == .paragraph, !paragraphs[current].hasProperties, tag.isNamed(caseInsensitive: "pPr") {
            paragraphs[current].hasProperties = true
            isProperties = true
        } else if parent == .inlineProperties {
            noteProperty(tag)
        }
        if tag.isNamed("t") {
            passive = 1
            collecting = true
        } else if tag.isNamed("tab") {
            paragraphs[current].text.append(UInt8(ascii: "\t"))
            ignore()
        } else if tag.isNamed("br") || tag.isNamed("cr") {
            paragraphs[current].text.append(UInt8(ascii: "\n"))
            ignore()
        } else if tag.isNamed("noBreakHyphen") {
            paragraphs[current].text.append(UInt8(ascii: "-"))
            ignore()
        } else if tag.isNamed("pPr") {
            if isProperties { roles.append(.properties) } else { ignore() }
        } else if tag.isNamed("delText") || tag.isNamed("instrText") || tag.isNamed("rPr") || tag.isNamed("fldChar") {
            ignore()
        } else if tag.isNamed("txbxContent") {
            roles.append(.blocks)
        } else {
            roles.append(isProperties ? .inlineProperties : .inline)
        }
    }

    /// Reads a child of the paragraph's properties: the first `pStyle` gives the style, any `numPr` numbers it.
    private mutating func noteProperty(_ tag: MarkupTag) {
        let current = openParagraphs - 1
        if !paragraphs[current].styleSeen && tag.isNamed(caseInsensitive: "pStyle") {
            paragraphs[current].styleSeen = true
            paragraphs[current].style = tag.attribute("val")
        } else if tag.isNamed(caseInsensitive: "numPr") {
            paragraphs[current].numbered = true
        }
    }

    private mutating func openParagraph() {
        if openParagraphs == paragraphs.count { paragraphs.append(Paragraph()) }
        paragraphs[openParagraphs].reset(mark: sinks[sinks.count - 1].count)
        openParagraphs += 1
    }

    /// Puts the paragraph's lines into its sink, before those of its text boxes.
    private mutating func finishParagraph() {
        openParagraphs -= 1
        // The paragraph's fields are read in place: a copy of it would retain and release its buffer and style.
        let current = openParagraphs
        var prefix = ""
        if paragraphs[current].hasProperties {
            let style = paragraphs[current].style?.lowercased() ?? ""
            if style.hasPrefix("heading") || style.hasPrefix("rubrik") || style == "title" || style.hasPrefix("overskrift") {
                prefix = "# "
            } else if paragraphs[current].numbered || style.contains("list") {
                prefix = "- "
            }
        }
        let mark = paragraphs[current].mark
        let (text, isOneLine) = paragraphs[current].text.withUnsafeBufferPointer { bytes in
            (bytes.isEmpty ? "" : String(decoding: bytes, as: UTF8.self), !bytes.contains(UInt8(ascii: "\n")))
        }
        let last = sinks.count - 1
        if isOneLine {
            // One line, as `CVTextParser.lines(of:)` would give it.
            let line = prefix.isEmpty ? text : prefix + text
            if mark == sinks[last].count {
                sinks[last].append(line)
            } else {
                sinks[last].insert(line, at: mark)
            }
        } else {
            let lines = CVTextParser.lines(of: text).map { prefix + $0 }
            sinks[last].insert(contentsOf: lines, at: mark)
        }
    }
}
