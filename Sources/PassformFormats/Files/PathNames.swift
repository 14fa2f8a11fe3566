import Foundation
import PassformCore

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

    /// The extension of `path` in lower case, as `NSString.pathExtension` gives it ("CV.DOCX" → "docx"); a tidy
    /// ASCII path is read in one pass over its bytes.
    public static func lowercasedExtension(_ path: String) -> String {
        var path = path
        let fast = path.withUTF8 { bytes -> String? in
            guard let last = bytes.last, last != 0x2F else { return nil }
            var previous: UInt8 = 0
            var slash = -1
            var dot = -1
            for i in bytes.indices {
                let byte = bytes[i]
                if byte >= 0x80 || byte == 0x2F && previous == 0x2F { return nil }
                if byte == 0x2F {
                    slash = i
                    dot = -1
                } else if byte == 0x2E {
                    dot = i
                }
                previous = byte
            }
            // No extension for a name without a dot, one that starts with its only dot, or one that ends in a dot.
            guard dot > slash + 1, dot < bytes.count - 1 else { return "" }
            let start = dot + 1
            return String(unsafeUninitializedCapacity: bytes.count - start) { out in
                for i in start..<bytes.count { out[i - start] = (0x41...0x5A).contains(bytes[i]) ? bytes[i] | 0x20 : bytes[i] }
                return bytes.count - start
            }
        }
        return fast ?? (path as NSString).pathExtension.lowercased()
    }

    /// A non-empty path without a trailing or doubled slash, which `NSString` would first tidy.
    private static func isTidy(_ path: String) -> Bool {
        CVText.withUTF8(path) { bytes in
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
