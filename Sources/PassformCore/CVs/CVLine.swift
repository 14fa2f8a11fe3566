/// A line of a plain-text or Markdown CV, with Markdown and list markers taken off.
struct CVLine: Sendable {
    /// The line number, from 1.
    var number: Int
    /// The original line, trimmed: what a verdict quotes.
    var raw: String
    /// The line without Markdown emphasis, bullets, heading marks and table bars.
    var text: String
    var isBullet: Bool
    var isMarkdownHeading: Bool
    /// A Markdown image (`![Foto](anna.jpg)`).
    var isImage: Bool
    /// The folded words of ``text`` (see ``Folding``), computed once.
    var folded: [Substring]

    var isBlank: Bool { text.isEmpty }
    var source: SourceSpan { SourceSpan(line: number, text: raw) }

    static let bulletMarks: Set<Character> = ["-", "*", "+", "•", "·", "▪", "◦", "‣", "–", "—", "○", "■", "□", "➢", "✓", "►", "\u{F0B7}", "o"]

    init(number: Int, raw original: Substring) {
        let raw = Self.trimmed(original)
        var line = raw
        var isBullet = false
        var isMarkdownHeading = false
        var isImage = false
        // Most lines are blank or start with a letter other than "o" (C3 starts a Latin-1 letter, "Ä", "Ö", or × or ÷)
        // and do not end with a bar: none of the marks below. One look at the bytes gives the ends and the inline
        // marks; a line the marks below may change is looked at again.
        var probe = line  // shares the storage
        let (first, last, marksOfRaw) = probe.withUTF8 { ($0.first ?? 0, $0.last ?? 0, Self.marks(in: $0)) }
        var marks = marksOfRaw
        let startsWithPlainLetter = (0x41...0x5A).contains(first) || ((0x61...0x7A).contains(first) && first != 111)
            || first == 0xC3
        if !line.isEmpty && (!startsWithPlainLetter || last == 124) {
            if line.utf8.first == 33, line.hasPrefix("![") {
                isImage = true
                if let close = line.firstIndex(of: "]") {
                    line = String(line[line.index(line.startIndex, offsetBy: 2)..<close])
                }
            }
            if line.utf8.first == 35, line.hasPrefix("#") {
                isMarkdownHeading = true
                line = Self.trimmed(line.drop { $0 == "#" })
            }
            if line.utf8.first == 62, line.hasPrefix(">") { line = Self.trimmed(line.dropFirst()) }
            if line.utf8.first == 124 && line.hasPrefix("|") || line.utf8.last == 124 && line.hasSuffix("|") {
                let inner = line.trimmingBars()
                if inner.allSatisfy({ "|-: ".contains($0) }) {
                    line = ""
                } else {
                    line = inner
                }
            }
            // "- text", "• text", "1. text", "1) text"
            if let firstByte = line.utf8.first, firstByte < 0x80, firstByte != 45, firstByte != 42, firstByte != 43,
                firstByte != 111, !(48...57).contains(firstByte)
            {
                // An ASCII first character that is neither a bullet mark nor a digit: no list marker.
            } else if let length = Self.listMarkerLength(line) {
                if length > 0 {
                    isBullet = true
                    line = Self.trimmed(Substring(line.utf8.dropFirst(length)))
                }
            } else if let first = line.first, Self.bulletMarks.contains(first), line.index(after: line.startIndex) < line.endIndex {
                let second = line[line.index(after: line.startIndex)]
                if second == " " || second == "\t" {
                    isBullet = true
                    line = Self.trimmed(line.dropFirst())
                }
            } else if let dot = line.prefix(3).firstIndex(where: { $0 == "." || $0 == ")" }),
                line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty, line.index(after: dot) < line.endIndex,
                line[line.index(after: dot)] == " "
            {
                isBullet = true
                line = Self.trimmed(line[line.index(after: dot)...])
            }
            probe = line
            marks = probe.withUTF8 { Self.marks(in: $0) }
        }
        var (hasInlineMarkup, hasColumns) = marks
        if hasInlineMarkup {
            line = Self.withoutMarkdownInline(line)
            hasColumns = CVText.contains(line, byte: 9) || CVText.contains(line, "   ")
        }
        if hasColumns {
            line = Self.columnsJoined(line)
        }
        self.number = number
        self.raw = raw
        self.text = line
        self.isBullet = isBullet
        self.isMarkdownHeading = isMarkdownHeading
        self.isImage = isImage
        self.folded = CVText.words(line)
    }

    /// Whether `bytes` hold inline Markdown (`*`, `_`, a backtick, `[`) and columns (a tab or three spaces in a row).
    private static func marks(in bytes: UnsafeBufferPointer<UInt8>) -> (inlineMarkup: Bool, columns: Bool) {
        var hasInlineMarkup = false
        var hasColumns = false
        var spaces = 0
        for byte in bytes {
            if byte > 96 {  // lower-case letters and the bytes of non-ASCII characters: no mark, tab or space
                spaces = 0
                continue
            }
            switch byte {
            case 42, 95, 96, 91: hasInlineMarkup = true  // * _ ` [
            case 9: hasColumns = true
            default: break
            }
            spaces = byte == 32 ? spaces + 1 : 0
            if spaces == 3 { hasColumns = true }
        }
        return (hasInlineMarkup, hasColumns)
    }

    /// The scalar values of the bullet marks, each a single scalar: a first scalar not among them is no bullet mark.
    private static let bulletScalars: [UInt32] = bulletMarks.compactMap { mark in
        mark.unicodeScalars.count == 1 ? mark.unicodeScalars.first?.value : nil
    }

    /// The list marker ("- ", "• ", "1. ", "1) ") at the start of `line`, decided on bytes as the character tests in
    /// ``init(number:raw:)`` decide it: the UTF-8 length of what `dropFirst()` or the number and its dot drop (0 for
    /// no marker), or nil when a character there may hold more than one scalar, or a first scalar other than an
    /// ASCII character or a bullet mark could equal a mark canonically: then the characters must tell.
    static func listMarkerLength(_ line: String) -> Int? {
        CVText.withUTF8(line) { bytes -> Int? in
            let n = bytes.count
            guard n > 0 else { return 0 }
            let first = bytes[0]
            if first == 13 { return nil }
            if (48...57).contains(first) {
                // "1. text": the first four characters are the first four bytes when the first five bytes are ASCII
                // (no ASCII byte joins the character before it; carriage returns aside).
                for k in 0..<min(n, 5) where bytes[k] >= 0x80 || bytes[k] == 13 { return nil }
                guard let dot = (0..<min(n, 3)).first(where: { bytes[$0] == 46 || bytes[$0] == 41 }) else { return 0 }
                guard (0..<dot).allSatisfy({ (48...57).contains(bytes[$0]) }), dot + 1 < n, bytes[dot + 1] == 32 else { return 0 }
                return dot + 1
            }
            let length = first < 0x80 ? 1 : first < 0xE0 ? 2 : first < 0xF0 ? 3 : 4
            let scalar: UInt32
            if length == 1 {
                guard first == 45 || first == 42 || first == 43 || first == 111 else { return 0 }
                scalar = UInt32(first)
            } else {
                guard length <= n else { return nil }
                var value = UInt32(first) & (0xFF >> (length + 1))
                for k in 1..<length { value = value << 6 | UInt32(bytes[k] & 0x3F) }
                scalar = value
            }
            guard bulletScalars.contains(scalar) else { return nil }
            // The mark alone is the first character when an ASCII byte or nothing follows it; a single character has
            // no second to be a space.
            guard length < n else { return 0 }
            let next = bytes[length]
            guard next < 0x80, next != 13 else { return nil }
            guard next == 32 || next == 9 else { return 0 }
            // The space or tab is a character of its own unless a non-ASCII scalar (a combining mark) follows it.
            guard length + 1 == n || bytes[length + 1] < 0x80 else { return nil }
            return length
        }
    }

    /// This line with other text (the part after an inline heading's colon).
    func with(text newText: String) -> CVLine {
        var copy = self
        copy.text = newText
        copy.folded = CVText.words(newText)
        return copy
    }

    /// `text` without surrounding white space (see ``trimmedBounds(_:)``).
    static func trimmed(_ text: Substring) -> String {
        var bytes = text  // shares the storage; `withUTF8` reads it without a generic call
        return bytes.withUTF8 { bytes in
            let (start, end) = trimmedBounds(bytes)
            if start == 0 && end == bytes.count { return String(text) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    static func trimmed(_ text: String) -> String {
        trimmed(text[...])
    }

    /// The byte bounds of `bytes` without surrounding ASCII white space, no-break spaces (C2 A0) and a
    /// byte-order mark (EF BB BF) at the start.
    private static func trimmedBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
        var start = 0
        var end = bytes.count
        while start < end {
            let b = bytes[start]
            if b == 32 || (9...13).contains(b) {
                start += 1
            } else if b == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                start += 2
            } else if b == 0xEF, start + 2 < end, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3
            } else {
                break
            }
        }
        while end > start {
            let b = bytes[end - 1]
            if b == 32 || (9...13).contains(b) {
                end -= 1
            } else if b == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                end -= 2
            } else {
                break
            }
        }
        return (start, end)
    }

    /// Removes `**`, `__`, backticks, a `*`/`_` framing the line, and turns `[text](url)` into `text`.
    static func withoutMarkdownInline(_ line: String) -> String {
        var out = ""
        var chars = Array(line)
        // Emphasis framing the whole line: "*2019-03 – 2021-02*", "_Malmö stad_".
        while let first = chars.first, let last = chars.last, chars.count > 2, first == last, first == "*" || first == "_" {
            chars.removeFirst()
            chars.removeLast()
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "*" || c == "_") && i + 1 < chars.count && chars[i + 1] == c {
                i += 2
                continue
            }
            if c == "`" {
                i += 1
                continue
            }
            if c == "[", let close = chars[i...].firstIndex(of: "]"), close + 1 < chars.count, chars[close + 1] == "(",
                let end = chars[(close + 1)...].firstIndex(of: ")")
            {
                out += String(chars[(i + 1)..<close])
                i = end + 1
                continue
            }
            out.append(c)
            i += 1
        }
        return trimmed(out)
    }

    /// Tabs and wide gaps (from tables and `pdftotext -layout`) become ` | `, a column separator.
    static func columnsJoined(_ line: String) -> String {
        if !CVText.mayHoldCombiningMarks(line) {
            // No character joins a space or tab to what follows: the same on bytes.
            var out: [UInt8] = []
            out.reserveCapacity(line.utf8.count + 8)
            var spaces = 0
            for byte in line.utf8 {
                if byte == 32 {
                    spaces += 1
                    continue
                }
                if byte == 9 {
                    spaces += 3
                    continue
                }
                if spaces >= 3, !out.isEmpty {
                    out += [32, 124, 32]
                } else if spaces > 0 {
                    out.append(32)
                }
                spaces = 0
                out.append(byte)
            }
            return String(decoding: out, as: UTF8.self)
        }
        var out = ""
        var spaces = 0
        for c in line {
            if c == " " {
                spaces += 1
                continue
            }
            if c == "\t" {
                spaces += 3
                continue
            }
            if spaces >= 3, !out.isEmpty {
                out += " | "
            } else if spaces > 0 {
                out += " "
            }
            spaces = 0
            out.append(c)
        }
        return out
    }
}

extension String {
    /// The text between a table row's outer bars, inner bars kept as ` | `.
    fileprivate func trimmingBars() -> String {
        var inner = self[...]
        if inner.hasPrefix("|") { inner = inner.dropFirst() }
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false)
            .map { CVLine.trimmed($0) }
            .filter { !$0.isEmpty }
            .joined(separator: " | ")
    }
}
