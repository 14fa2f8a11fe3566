import Foundation

/// The bounds Core's text parsers put on a document, in one place: past them a parser stops with a clear error
/// instead of spending minutes on text no person wrote (the parsers are linear, but a line of megabytes still
/// costs tens of seconds).
public struct TextLimits: Sendable, Hashable {
    /// The longest line, in UTF-8 bytes (20 000: about 3 000 words, far more than any paragraph of a CV or an ad).
    public var lineBytes = 20_000

    /// The shipped limits.
    public init() {}

    /// The shipped limits.
    public static let standard = TextLimits()

    /// The first line of `text` longer than ``lineBytes``: its number (from 1) and length in bytes.
    public func firstLongLine(in text: String) -> (line: Int, bytes: Int)? {
        CVText.withUTF8(text) { bytes in
            var line = 0
            var long: (line: Int, bytes: Int)?
            CVText.forEachLine(in: bytes) { range in
                line += 1
                if range.count > lineBytes { long = (line, range.count) }
                return long == nil
            }
            return long
        }
    }
}
