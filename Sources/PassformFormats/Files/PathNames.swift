import Foundation

/// The parts of a file path that reports and format sniffing use, as `NSString` gives them but without bridging
/// every path through Foundation: a screening of 20,000 CVs asks for each file's name and extension.
public enum PathNames {
    /// The last component of `path` ("Examples/cvs/anna.txt" → "anna.txt"), as `NSString.lastPathComponent`.
    public static func lastComponent(_ path: String) -> String {
        guard isTidy(path) else { return (path as NSString).lastPathComponent }
        let bytes = path.utf8
        guard let slash = bytes.lastIndex(of: 0x2F) else { return path }
        return String(path[bytes.index(after: slash)...])
    }

    /// The extension of `path` in lower case, as `NSString.pathExtension` gives it ("CV.DOCX" → "docx").
    public static func lowercasedExtension(_ path: String) -> String {
        let bytes = path.utf8
        guard isTidy(path), bytes.allSatisfy({ $0 < 0x80 }) else { return (path as NSString).pathExtension.lowercased() }
        let component = bytes.lastIndex(of: 0x2F).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[component...].lastIndex(of: 0x2E), dot != component, bytes.index(after: dot) != bytes.endIndex
        else { return "" }
        return String(decoding: bytes[bytes.index(after: dot)...].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// A non-empty path without a trailing or doubled slash, which `NSString` would first tidy.
    private static func isTidy(_ path: String) -> Bool {
        var path = path
        return path.withUTF8 { bytes in
            guard let last = bytes.last, last != 0x2F else { return false }
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x2F && previous == 0x2F { return false }
                previous = byte
            }
            return true
        }
    }
}
