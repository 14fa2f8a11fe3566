import CLibXML2

/// Passes libxml2's SAX2 events to a ``MarkupStreamHandler``, keeping the nesting limit as the tree readers do:
/// past ``MarkupParser/maximumDepth`` it stops passing events and remembers why. libxml2 reaches it through the
/// parser context's `_private`.
struct MarkupStream {
    /// The caller's handler, of the type `access` knows.
    let handler: UnsafeMutableRawPointer
    let access: any HandlerAccess.Type
    let maximumDepth: Int
    /// Open elements.
    private var depth = 0
    /// An element was nested ``maximumDepth`` levels below the root or deeper; nothing after it was passed on.
    private(set) var tooDeep = false

    init<Handler: MarkupStreamHandler>(handler: UnsafeMutablePointer<Handler>, maximumDepth: Int) {
        self.handler = UnsafeMutableRawPointer(handler)
        self.access = Access<Handler>.self
        self.maximumDepth = maximumDepth
    }

    /// Calls a handler whose type the stream does not know, in place.
    protocol HandlerAccess {
        static func start(_ handler: UnsafeMutableRawPointer, _ tag: MarkupTag)
        static func end(_ handler: UnsafeMutableRawPointer)
        static func text(_ handler: UnsafeMutableRawPointer, _ bytes: UnsafeBufferPointer<UInt8>)
    }

    enum Access<Handler: MarkupStreamHandler>: HandlerAccess {
        static func start(_ handler: UnsafeMutableRawPointer, _ tag: MarkupTag) {
            handler.assumingMemoryBound(to: Handler.self).pointee.start(tag)
        }

        static func end(_ handler: UnsafeMutableRawPointer) {
            handler.assumingMemoryBound(to: Handler.self).pointee.end()
        }

        static func text(_ handler: UnsafeMutableRawPointer, _ bytes: UnsafeBufferPointer<UInt8>) {
            handler.assumingMemoryBound(to: Handler.self).pointee.text(bytes)
        }
    }

    /// libxml2's callbacks; everything else (entities, DTDs, comments) is left out.
    static var callbacks: xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localName, prefix, uri, _, _, attributeCount, defaultedCount, attributes in
            guard let stream = MarkupStream.of(context), !stream.pointee.tooDeep, let localName else { return }
            guard stream.pointee.depth < stream.pointee.maximumDepth else {
                stream.pointee.tooDeep = true
                return
            }
            stream.pointee.depth += 1
            let tag = MarkupTag(
                localName: localName, unboundPrefix: uri == nil ? prefix : nil, attributes: attributes,
                attributeCount: Int(attributeCount - defaultedCount))
            stream.pointee.access.start(stream.pointee.handler, tag)
        }
        sax.endElementNs = { context, _, _, _ in
            guard let stream = MarkupStream.of(context), !stream.pointee.tooDeep else { return }
            stream.pointee.depth -= 1
            stream.pointee.access.end(stream.pointee.handler)
        }
        let text: charactersSAXFunc = { context, bytes, count in
            guard let stream = MarkupStream.of(context), !stream.pointee.tooDeep, let bytes, count > 0 else { return }
            stream.pointee.access.text(stream.pointee.handler, UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        sax.characters = text
        sax.ignorableWhitespace = text
        sax.cdataBlock = text
        return sax
    }

    private static func of(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<MarkupStream>? {
        context?.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private?.assumingMemoryBound(to: MarkupStream.self)
    }
}
