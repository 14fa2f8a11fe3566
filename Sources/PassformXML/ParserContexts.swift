import CLibXML2

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One libxml2 parser context kept per thread between documents, so that a small document does not pay for
/// creating and freeing a context and its dictionary. A thread's context is freed when the thread exits.
///
/// A context is taken out of its thread's slot while a document is read on it, so it is never shared, and a
/// document read from inside another one's callbacks gets a context of its own.
enum ParserContexts {
    /// Documents up to this size are read on a kept context; larger ones on a fresh one. With
    /// ``largestDictionary`` this keeps the names of earlier documents from ever bringing a later one near
    /// libxml2's dictionary limit (10 MB), which a fresh context would not have reached.
    static let largestDocument = 1 << 20
    /// A context whose dictionary has grown past this many bytes is freed rather than kept.
    static let largestDictionary = 1 << 20

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { context in
            let context: UnsafeMutableRawPointer? = context
            xmlFreeParserCtxt(context?.assumingMemoryBound(to: xmlParserCtxt.self))
        }
        precondition(status == 0, "no thread-specific key for libxml2's parser contexts")
        return key
    }()

    /// The calling thread's kept context, or a new one; nil when libxml2 is out of memory.
    static func take() -> xmlParserCtxtPtr? {
        guard let kept = pthread_getspecific(key) else { return xmlNewParserCtxt() }
        pthread_setspecific(key, nil)
        return kept.assumingMemoryBound(to: xmlParserCtxt.self)
    }

    /// Keeps `context` for the thread's next document, or frees it when its dictionary has grown too large or
    /// the thread already keeps another. Only a context whose document was read to its end without an error
    /// may come back: libxml2 2.9's reset leaves the namespace stack of a parse that stopped midway.
    static func put(_ context: xmlParserCtxtPtr) {
        // The reset frees the input, which may point into memory the caller is about to free.
        context.pointee._private = nil
        xmlCtxtReset(context)
        if xmlDictGetUsage(context.pointee.dict) > largestDictionary || pthread_getspecific(key) != nil
            || pthread_setspecific(key, context) != 0
        {
            xmlFreeParserCtxt(context)
        }
    }
}
