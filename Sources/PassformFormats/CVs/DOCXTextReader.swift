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

    /// Lines being laid out, as UTF-8 in one buffer with a line feed after each: no string is made per line,
    /// only one for the whole document (or one per line of a table cell, whose lines are trimmed and joined).
    private struct Lines {
        private var bytes: [UInt8] = []
        /// Where each line starts in `bytes`.
        private var starts: [Int] = []

        var count: Int { starts.count }

        /// The lines joined by line feeds, as `joined(separator: "\n")` joins them.
        var text: String {
            guard !bytes.isEmpty else { return "" }
            return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0.dropLast()), as: UTF8.self) }
        }

        /// The lines one by one.
        var strings: [String] {
            bytes.withUnsafeBufferPointer { buffer in
                starts.indices.map { i in
                    let end = (i + 1 < starts.count ? starts[i + 1] : buffer.count) - 1
                    return String(decoding: UnsafeBufferPointer(rebasing: buffer[starts[i]..<end]), as: UTF8.self)
                }
            }
        }

        /// Room for `lines` lines of `bytes` bytes in all.
        mutating func reserve(lines: Int, bytes size: Int) {
            starts.reserveCapacity(lines)
            bytes.reserveCapacity(size)
        }

        /// Puts the line `prefix` + `text` before line `index`, or after the last when `index` is ``count``.
        mutating func insert(prefix: StaticString, _ text: UnsafeBufferPointer<UInt8>, at index: Int) {
            let head = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
            guard index < starts.count else {
                starts.append(bytes.count)
                bytes.append(contentsOf: head)
                bytes.append(contentsOf: text)
                bytes.append(UInt8(ascii: "\n"))
                return
            }
            var line: [UInt8] = []
            line.reserveCapacity(head.count + text.count + 1)
            line.append(contentsOf: head)
            line.append(contentsOf: text)
            line.append(UInt8(ascii: "\n"))
            let offset = starts[index]
            bytes.insert(contentsOf: line, at: offset)
            for i in index..<starts.count { starts[i] += line.count }
            starts.insert(offset, at: index)
        }

        /// Puts `line` before line `index`, or after the last when `index` is ``count``.
        mutating func insert(_ line: String, at index: Int) {
            var line = line
            line.withUTF8 { insert(prefix: "", $0, at: index) }
        }

        mutating func append(_ line: String) { insert(line, at: count) }
    }

    private var roles: [Role] = []
    /// Where lines go: the document, or a table cell.
    private var sinks: [Lines] = [Lines()]
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

    /// The document's lines, once the stream has ended.
    var text: String { sinks[0].text }

    init() {
        // Room for a typical CV, without growing the buffers paragraph by paragraph.
        sinks[0].reserve(lines: 64, bytes: 4096)
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
                sinks.append(Lines())
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
            var lines: [String] = []
            OfficeText.tableRow(rows.removeLast(), into: &lines)
            let last = sinks.count - 1
            for line in lines { sinks[last].append(line) }
        case .cell:
            let lines = sinks.removeLast().strings.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
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
        var prefix: StaticString = ""
        if paragraphs[current].hasProperties {
            let style = paragraphs[current].style?.lowercased() ?? ""
            if style.hasPrefix("heading") || style.hasPrefix("rubrik") || style == "title" || style.hasPrefix("overskrift") {
                prefix = "# "
            } else if paragraphs[current].numbered || style.contains("list") {
                prefix = "- "
            }
        }
        let mark = paragraphs[current].mark
        // The buffer is lent out and back, not copied (which would retain and release it).
        var text: [UInt8] = []
        swap(&text, &paragraphs[current].text)
        defer { swap(&text, &paragraphs[current].text) }
        let last = sinks.count - 1
        text.withUnsafeBufferPointer { bytes in
            if bytes.isEmpty || memchr(bytes.baseAddress!, Int32(UInt8(ascii: "\n")), bytes.count) == nil {
                // One line, as `CVTextParser.lines(of:)` would give it.
                sinks[last].insert(prefix: prefix, bytes, at: mark)
            } else {
                let lines = CVTextParser.lines(of: String(decoding: bytes, as: UTF8.self))
                for (offset, line) in lines.enumerated() { sinks[last].insert("\(prefix)" + line, at: mark + offset) }
            }
        }
    }
}
