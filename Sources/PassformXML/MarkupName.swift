import Foundation

/// How element and attribute names are compared, one rule for the tree (``MarkupElement``) and the stream
/// (``MarkupTag``), so that both read a document alike.
enum MarkupName {
    /// True when `bytes` spell `name` as ``MarkupNode/child(_:)`` compares names: ASCII names letter by letter in
    /// either case, others by Foundation's case-insensitive comparison.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, caseInsensitive name: String) -> Bool {
        guard bytes.allSatisfy({ $0 < 0x80 }), name.utf8.allSatisfy({ $0 < 0x80 }) else {
            let text = String(decoding: bytes, as: UTF8.self)
            return text == name || text.caseInsensitiveCompare(name) == .orderedSame
        }
        return bytes.count == name.utf8.count && zip(bytes, name.utf8).allSatisfy(sameLetter)
    }

    /// ``equals(_:caseInsensitive:)`` for an ASCII `name` known at compile time, without building a `String`
    /// unless `bytes` are not ASCII.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, caseInsensitive name: StaticString) -> Bool {
        let wanted = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        guard name.isASCII, bytes.allSatisfy({ $0 < 0x80 }) else { return equals(bytes, caseInsensitive: name.description) }
        return bytes.count == wanted.count && zip(bytes, wanted).allSatisfy(sameLetter)
    }

    /// ``equals(_:caseInsensitive:)`` for a C string, in one pass over it while it is ASCII.
    static func equals(_ own: UnsafePointer<UInt8>, caseInsensitive name: StaticString) -> Bool {
        guard name.isASCII else { return equals(bytes(own), caseInsensitive: name.description) }
        let wanted = name.utf8Start
        let count = name.utf8CodeUnitCount
        var same = true
        var index = 0
        while own[index] != 0 {
            let byte = own[index]
            if byte >= 0x80 { return equals(bytes(own), caseInsensitive: name.description) }
            same = same && index < count && sameLetter(byte, wanted[index])
            index += 1
        }
        return same && index == count
    }

    /// True when `bytes` are `name`, byte for byte.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
        bytes.count == name.utf8CodeUnitCount && (bytes.isEmpty || memcmp(bytes.baseAddress!, name.utf8Start, bytes.count) == 0)
    }

    /// The bytes of a C string, without its terminating zero.
    static func bytes(_ name: UnsafePointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: name, count: strlen(name))
    }

    private static func sameLetter(_ x: UInt8, _ y: UInt8) -> Bool {
        x == y || x | 0x20 == y | 0x20 && x | 0x20 >= 0x61 && x | 0x20 <= 0x7A
    }
}
