/// Receives a document's elements and text in order as ``MarkupParser/stream(_:to:)`` reads them, so that a reader
/// can build what it needs on the fly instead of walking a tree libxml2 first builds and then frees.
public protocol MarkupStreamHandler {
    /// An element starts; `tag` is valid only during the call.
    mutating func start(_ tag: MarkupTag)
    /// The innermost open element ends.
    mutating func end()
    /// A run of the innermost open element's text or CDATA, in UTF-8, valid only during the call. One run of text
    /// may come in several calls.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
}
