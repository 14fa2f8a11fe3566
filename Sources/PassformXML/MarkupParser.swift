import CLibXML2
import Foundation

/// Reads XML and HTML with libxml2, safely: no network, no DTD loading, no entity expansion,
/// and documents that declare entities are refused outright (no "billion laughs").
public struct MarkupParser: Sendable {
    /// The deepest element nesting accepted; deeper documents are refused rather than risking the stack.
    public var maximumDepth: Int
    /// The largest document accepted, in bytes.
    public var maximumSize: Int

    public init(maximumDepth: Int = 256, maximumSize: Int = 32 << 20) {
        self.maximumDepth = maximumDepth
        self.maximumSize = maximumSize
    }

    /// Parses an XML document and returns its root element.
    /// - Throws: ``MarkupError`` when the bytes are not well-formed XML or break a limit.
    public func parseXML(_ data: Data) throws -> MarkupNode {
        let doc = try document(data)
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw MarkupError.malformed(line: 1, reason: "no root element") }
        return try convert(root, depth: 0)
    }

    /// Parses an XML document and lets `body` read its root element in place, which saves copying the whole
    /// document into ``MarkupNode``s when only part of it is read.
    /// - Throws: ``MarkupError`` as ``parseXML(_:)`` does (nesting is checked over the whole document, before
    ///   `body` runs), or what `body` throws.
    public func withXML<T>(_ data: Data, _ body: (MarkupElement) throws -> T) throws -> T {
        let doc = try document(data)
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw MarkupError.malformed(line: 1, reason: "no root element") }
        try checkDepth(root)
        return try body(MarkupElement(node: root))
    }

    /// Streams an XML document to `handler`, start tags, ends and text in order, without building a tree: for
    /// readers that build their result in one pass.
    /// - Throws: ``MarkupError`` as ``parseXML(_:)`` does, after the whole document was read. `handler` may have
    ///   seen part of the document then; past the nesting limit it sees nothing more.
    public func stream<Handler: MarkupStreamHandler>(_ data: Data, to handler: inout Handler) throws {
        let tooDeep = try withUnsafeMutablePointer(to: &handler) { pointer in
            var stream = MarkupStream(handler: pointer, maximumDepth: maximumDepth)
            try withUnsafeMutablePointer(to: &stream) { stream in
                _ = try read(data) { context in
                    context.pointee.sax.pointee = MarkupStream.callbacks
                    context.pointee._private = UnsafeMutableRawPointer(stream)
                }
            }
            return stream.tooDeep
        }
        if tooDeep { throw MarkupError.tooDeep(limit: maximumDepth) }
    }

    private func document(_ data: Data) throws -> xmlDocPtr {
        let built = try read(data) { context in
            // libxml2's own tree builder, as a new context has it.
            context.pointee.sax.pointee = xmlSAXHandler()
            xmlSAXVersion(context.pointee.sax, 2)
        }
        guard let doc = built else {
            throw MarkupError.malformed(line: Self.lastErrorLine(), reason: Self.lastErrorMessage())
        }
        return doc
    }

    /// Runs libxml2 over `data` safely, after `prepare` has set all the parser context's callbacks, and returns
    /// the document they built, if they build one.
    ///
    /// Documents up to ``ParserContexts/largestDocument`` are read on the thread's kept context, and those that
    /// libxml2 reads as UTF-8 as one zero-terminated string, which spares the parser refilling its input near
    /// the end of the document; the others as they always were, from a memory buffer libxml2 copies and decodes.
    /// - Throws: ``MarkupError`` when the document is refused or not well-formed.
    private func read(_ data: Data, prepare: (xmlParserCtxtPtr) -> Void) throws -> xmlDocPtr? {
        try checkLimits(data)
        if Self.declaresEntities(data) { throw MarkupError.entityDeclarations }
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        let kept = data.count <= ParserContexts.largestDocument
        let string = kept ? Self.terminatedUTF8(data) : nil
        defer { string?.deallocate() }
        guard let context = kept ? ParserContexts.take() : xmlNewParserCtxt() else {
            throw MarkupError.malformed(line: 1, reason: "out of memory")
        }
        var clean = false
        defer { if clean { ParserContexts.put(context) } else { xmlFreeParserCtxt(context) } }
        prepare(context)
        // The byte check above misses declarations in UTF-16, UCS-4 or EBCDIC documents, which libxml2 decodes by
        // itself: the parser also stops at the first entity declaration it meets, before any entity is used. Set
        // for every document, after `prepare` has replaced the callbacks.
        context.pointee.sax.pointee.entityDecl = { userData, _, _, _, _, _ in
            guard let userData else { return }
            xmlStopParser(userData.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        let doc: xmlDocPtr?
        if let string {
            doc = xmlCtxtReadDoc(context, string, "document.xml", nil, options)
        } else {
            doc = data.withUnsafeBytes { raw in
                let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
                return xmlCtxtReadMemory(context, base, Int32(raw.count), "document.xml", nil, options)
            }
        }
        if context.pointee.errNo == Int32(XML_ERR_USER_STOP.rawValue) {
            if let doc { xmlFreeDoc(doc) }
            throw MarkupError.entityDeclarations
        }
        guard context.pointee.wellFormed != 0 else {
            if let doc { xmlFreeDoc(doc) }
            throw MarkupError.malformed(line: Self.lastErrorLine(), reason: Self.lastErrorMessage())
        }
        clean = kept && context.pointee.errNo == Int32(XML_ERR_OK.rawValue)
        return doc
    }

    /// `data` with a zero byte after it, when libxml2 reads it as UTF-8 without switching to a decoder (which a
    /// document given as a string cannot have): no zero byte inside (none in UTF-16 or UCS-4 XML), no EBCDIC or
    /// UTF-16 signature, and no XML declaration naming another encoding. Nil otherwise. The caller deallocates.
    static func terminatedUTF8(_ data: Data) -> UnsafeMutablePointer<UInt8>? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> UnsafeMutablePointer<UInt8>? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), memchr(base, 0, raw.count) == nil
            else { return nil }
            let count = raw.count
            if count >= 2, base[0] == 0xFE && base[1] == 0xFF || base[0] == 0xFF && base[1] == 0xFE { return nil }
            if count >= 4, base[0] == 0x4C, base[1] == 0x6F, base[2] == 0xA7, base[3] == 0x94 { return nil }
            let bom = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            guard declaresUTF8(base + bom, count: count - bom) else { return nil }
            let string = UnsafeMutablePointer<UInt8>.allocate(capacity: count + 1)
            string.initialize(from: base, count: count)
            string[count] = 0
            return string
        }
    }

    /// False when the `count` bytes at `bytes` open with an XML declaration whose encoding may be other than
    /// UTF-8. libxml2 reads an encoding declaration only before the first `>` (nothing it reads ahead of one can
    /// hold a `>`), so a single `encoding` there naming UTF-8, or none, is read natively; anything else may not be.
    static func declaresUTF8(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let opening: StaticString = "<?xml"
        guard count > 5, memcmp(bytes, opening.utf8Start, 5) == 0, isBlank(bytes[5]) else { return true }
        func offset(_ pointer: UnsafeMutableRawPointer) -> Int { bytes.distance(to: pointer.assumingMemoryBound(to: UInt8.self)) }
        let end = memchr(bytes, Int32(UInt8(ascii: ">")), count).map(offset) ?? count
        let keyword: StaticString = "encoding"
        let length = keyword.utf8CodeUnitCount
        // Where the next `encoding` at `from` or after starts, before `end`.
        func find(from: Int) -> Int? {
            var from = from
            while end - from >= length, let hit = memchr(bytes + from, Int32(UInt8(ascii: "e")), end - from - length + 1) {
                let at = offset(hit)
                if memcmp(bytes + at, keyword.utf8Start, length) == 0 { return at }
                from = at + 1
            }
            return nil
        }
        guard let found = find(from: 0) else { return true }
        var index = found + length
        if find(from: index) != nil { return false }
        while index < end, isBlank(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "=") else { return false }
        index += 1
        while index < end, isBlank(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else { return false }
        let quote = bytes[index]
        let name = index + 1
        index = name
        while index < end, bytes[index] != quote { index += 1 }
        guard index < end else { return false }
        let dashed: StaticString = "UTF-8"
        let plain: StaticString = "UTF8"
        let size = index - name
        return size == 5 && xmlStrncasecmp(bytes + name, dashed.utf8Start, 5) == 0
            || size == 4 && xmlStrncasecmp(bytes + name, plain.utf8Start, 4) == 0
    }

    /// Throws ``MarkupError/tooDeep(limit:)`` where ``convert(_:depth:)`` would: at an element nested
    /// ``maximumDepth`` levels below the root or deeper.
    private func checkDepth(_ root: xmlNodePtr) throws {
        guard maximumDepth > 0 else { throw MarkupError.tooDeep(limit: maximumDepth) }
        func firstElement(_ node: xmlNodePtr?) -> xmlNodePtr? {
            var node = node
            while let current = node, current.pointee.type != XML_ELEMENT_NODE { node = current.pointee.next }
            return node
        }
        var current = root
        var depth = 0
        while true {
            if let child = firstElement(current.pointee.children) {
                depth += 1
                if depth >= maximumDepth { throw MarkupError.tooDeep(limit: maximumDepth) }
                current = child
                continue
            }
            while true {
                if current == root { return }
                if let sibling = firstElement(current.pointee.next) {
                    current = sibling
                    break
                }
                guard let parent = current.pointee.parent else { return }
                current = parent
                depth -= 1
            }
        }
    }

    /// Parses an HTML page (forgivingly, as browsers do) and returns its `html` element.
    /// - Throws: ``MarkupError`` when the page is empty or breaks a limit.
    public func parseHTML(_ data: Data) throws -> MarkupNode {
        try checkLimits(data)
        let options = Int32(
            HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOIMPLIED.rawValue)
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
            return htmlReadMemory(base, Int32(raw.count), "page.html", "UTF-8", options)
        }
        guard let doc else { throw MarkupError.malformed(line: 1, reason: "not an HTML page") }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { throw MarkupError.malformed(line: 1, reason: "empty page") }
        return try convert(root, depth: 0)
    }

    private func checkLimits(_ data: Data) throws {
        if data.isEmpty { throw MarkupError.empty }
        if data.count > maximumSize { throw MarkupError.tooLarge(bytes: data.count, limit: maximumSize) }
    }

    /// True when the bytes hold `<!ENTITY`. Looks for the `!`, far rarer in XML than the `<`.
    static func declaresEntities(_ data: Data) -> Bool {
        let pattern = Array("<!ENTITY".utf8)
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            guard let base = raw.baseAddress, raw.count >= pattern.count else { return false }
            // Every `!` that could be the pattern's second byte.
            let last = raw.count - pattern.count + 1
            var from = 1
            while from <= last, let hit = memchr(base + from, Int32(pattern[1]), last - from + 1) {
                let offset = base.distance(to: UnsafeRawPointer(hit))
                if memcmp(base + offset - 1, pattern, pattern.count) == 0 { return true }
                from = offset + 1
            }
            return false
        }
    }

    private func convert(_ node: xmlNodePtr, depth: Int) throws -> MarkupNode {
        guard depth < maximumDepth else { throw MarkupError.tooDeep(limit: maximumDepth) }
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let attr = attribute {
            let key = attr.pointee.name.map { String(cString: $0) } ?? ""
            var value = ""
            var part = attr.pointee.children
            while let text = part {
                if let content = text.pointee.content { value += String(cString: content) }
                part = text.pointee.next
            }
            attributes[key] = value
            attribute = attr.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(try convert(current, depth: depth + 1))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    children.append(
                        MarkupNode(kind: .text, name: "", text: String(cString: content), line: Int(current.pointee.line)))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        return MarkupNode(
            kind: .element, name: name, attributes: attributes, children: children, line: Int(node.pointee.line))
    }

    private static func lastErrorMessage() -> String {
        guard let error = xmlGetLastError(), let message = error.pointee.message else { return "not well-formed XML" }
        return String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func lastErrorLine() -> Int {
        guard let error = xmlGetLastError() else { return 1 }
        return Int(error.pointee.line)
    }
}

/// Why an XML or HTML document was refused.
public enum MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The document has no bytes.
    case empty
    /// The document is larger than the configured limit.
    case tooLarge(bytes: Int, limit: Int)
    /// Elements nest deeper than the configured limit.
    case tooDeep(limit: Int)
    /// The document declares entities, which Passform never expands.
    case entityDeclarations
    /// libxml2 could not parse the document.
    case malformed(line: Int, reason: String)

    public var description: String {
        switch self {
        case .empty: "the document is empty"
        case .tooLarge(let bytes, let limit): "the document is \(bytes) bytes, over the limit of \(limit)"
        case .tooDeep(let limit): "elements nest deeper than \(limit) levels"
        case .entityDeclarations: "the document declares XML entities, which are refused for safety"
        case .malformed(let line, let reason): "line \(line): \(reason)"
        }
    }
}
