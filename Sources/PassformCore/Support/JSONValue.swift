import Foundation

/// A JSON document read straight from the UTF-8 of a text by ``parse(_:)``.
///
/// It accepts and rejects exactly the texts that swift-corelibs-foundation's
/// `JSONSerialization.jsonObject(with:options: [])` does, and gives the same structure, without `Any`, `NSNumber`
/// or a `String(bytes:encoding:)` per string. Public so that the differential fuzz target can reach it.
public enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number as `Double`; JSONSerialization's `NSNumber` holds a 64-bit integer or a long number exactly, which no
    /// reader of a CV needs.
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object(JSONObject)

    /// The deepest nesting of arrays and objects JSONSerialization reads.
    public static let maximumDepth = 512
}

/// The members of a JSON object in the order written; a key written twice is there twice, and a read gives the
/// value written last, as JSONSerialization's dictionary keeps it. Keys compare as Swift strings (canonical
/// equivalence), as the dictionary's do.
public struct JSONObject: Sendable, Equatable {
    public var members: [(key: String, value: JSONValue)]

    public init(members: [(key: String, value: JSONValue)] = []) {
        self.members = members
    }

    /// The value written last under `key`, or nil.
    public subscript(key: String) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    /// The object as JSONSerialization's dictionary: one entry per key, the first spelling of the key, the last value.
    public var dictionary: [String: JSONValue] {
        Dictionary(members.lazy.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.dictionary == rhs.dictionary
    }
}

extension JSONValue {
    public var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    public var array: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }

    public var object: JSONObject? {
        if case .object(let object) = self { object } else { nil }
    }

    /// The elements of an array whose elements are all objects, as `as? [[String: Any]]` casts one: nil for an array
    /// holding anything else, or for a value that is not an array.
    public var objects: [JSONObject]? {
        guard case .array(let items) = self else { return nil }
        var objects: [JSONObject] = []
        objects.reserveCapacity(items.count)
        for item in items {
            guard case .object(let object) = item else { return nil }
            objects.append(object)
        }
        return objects
    }

    /// The member `key` of an object; nil for a value that is not an object.
    public subscript(key: String) -> JSONValue? {
        object?[key]
    }
}

extension JSONValue {
    /// Why a text is not JSON that JSONSerialization reads. Offsets count UTF-8 bytes of the text as read (after a
    /// byte-order mark; of the transcoded text when it was read as UTF-16 or UTF-32).
    public enum ParseError: Error, Equatable, Sendable {
        case unexpectedEnd
        case unexpectedByte(offset: Int)
        /// An unknown escape, a `\u` without four hex digits, or a surrogate without its pair.
        case invalidEscape(offset: Int)
        case tooDeep(offset: Int)
        /// A number too large for a `Double`.
        case unrepresentableNumber(offset: Int)
        /// The text does not start with an object or an array: JSONSerialization refuses a lone string, number,
        /// boolean or null without `.fragmentsAllowed`.
        case fragment
        /// The text looked like UTF-16 or UTF-32 by its NUL bytes but does not decode as such.
        case undecodable
    }

    /// Reads a JSON text: an object or an array by RFC 8259, with what JSONSerialization adds to it: one trailing
    /// comma in a container, byte-order marks skipped as it skips them, UTF-16 and UTF-32 recognised by NUL bytes.
    public static func parse(_ text: String) throws(ParseError) -> JSONValue {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(ParseError) in try read(bytes) } }.get()
    }

    /// Reads a JSON document from bytes, as JSONSerialization reads `Data`: what ``parse(_:)-(String)`` reads, and
    /// UTF-16 and UTF-32 by their byte-order marks.
    public static func parse(_ data: Data) throws(ParseError) -> JSONValue {
        let mark = [UInt8](data.prefix(4))
        let marked: String.Encoding? =
            mark.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || mark.starts(with: [0xFF, 0xFE, 0x00, 0x00]) ? .utf32
            : mark.starts(with: [0xFE, 0xFF]) || mark.starts(with: [0xFF, 0xFE]) ? .utf16 : nil
        if let marked {
            guard let text = String(data: data, encoding: marked) else { throw .undecodable }
            return try parse(text)  // a byte-order mark left in the text is skipped there
        }
        return try data.withUnsafeBytes { raw in
            Result { () throws(ParseError) in try read(raw.bindMemory(to: UInt8.self)) }
        }.get()
    }

    /// The bytes as JSONSerialization takes them: a UTF-8 byte-order mark is skipped; NUL bytes among the first four
    /// (two for a shorter text) mean UTF-32 or UTF-16 without a mark, and the text is decoded as that and read again.
    /// The other marks it knows (FF FE, FE FF, 00 00 FE FF) cannot start valid UTF-8.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> JSONValue {
        if bytes.count >= 4, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return try Reader.document(UnsafeBufferPointer(rebasing: bytes[3...]))
        }
        if let encoding = encodingByNULs(bytes) {
            guard var decoded = String(bytes: bytes, encoding: encoding) else { throw .undecodable }
            return try decoded.withUTF8 { utf8 in
                Result { () throws(ParseError) in try Reader.document(utf8) }
            }.get()
        }
        return try Reader.document(bytes)
    }

    /// JSONSerialization's guess of UTF-16 or UTF-32 from where the first bytes are NUL.
    private static func encodingByNULs(_ bytes: UnsafeBufferPointer<UInt8>) -> String.Encoding? {
        if bytes.count >= 4 {
            switch (bytes[0], bytes[1], bytes[2], bytes[3]) {
            case (0, 0, 0, _): return .utf32BigEndian
            case (_, 0, 0, 0): return .utf32LittleEndian
            case (0, _, 0, _): return .utf16BigEndian
            case (_, 0, _, 0): return .utf16LittleEndian
            default: return nil
            }
        }
        if bytes.count >= 2 {
            if bytes[0] == 0 { return .utf16BigEndian }
            if bytes[1] == 0 { return .utf16LittleEndian }
        }
        return nil
    }
}

/// Reads one JSON text from UTF-8 bytes, without recursion: the open containers are a stack of frames, so nesting
/// costs heap, not call stack.
///
/// Beyond RFC 8259 it mirrors JSONSerialization in three points: one trailing comma before `]` or `}` is
/// accepted; each stretch of a string between escapes drops one leading UTF-8 byte-order mark (its
/// `String(bytes:encoding: .utf8)` does); a number whose `Double` overflows is refused.
private struct Reader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private var i = 0
    /// The open containers, innermost last.
    private var open: [Open] = []

    /// An array or object being read: what it holds so far, and for an object the key whose value is being read.
    private struct Open {
        let isObject: Bool
        var items: [JSONValue] = []
        var members: [(key: String, value: JSONValue)] = []
        var key = ""

        init(isObject: Bool) {
            self.isObject = isObject
            // Most arrays and objects of a CV hold a few values: one allocation, not three or four as they grow.
            if isObject { members.reserveCapacity(8) } else { items.reserveCapacity(8) }
        }
    }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), comma = UInt8(ascii: ",")
    private static let colon = UInt8(ascii: ":"), openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    private static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

    private init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        self.count = count
        open.reserveCapacity(8)
    }

    /// The whole text: white space, an object or an array, white space.
    static func document(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONValue.ParseError) -> JSONValue {
        guard let base = bytes.baseAddress else { throw .unexpectedEnd }
        var reader = Reader(base: base, count: bytes.count)
        reader.skipSpace()
        guard reader.i < reader.count else { throw .unexpectedEnd }
        guard base[reader.i] == openBracket || base[reader.i] == openBrace else { throw .fragment }
        let root = try reader.value()
        reader.skipSpace()
        guard reader.i == reader.count else { throw .unexpectedByte(offset: reader.i) }
        return root
    }

    /// One value and everything nested in it.
    private mutating func value() throws(JSONValue.ParseError) -> JSONValue {
        next: while true {
            skipSpace()
            guard i < count else { throw .unexpectedEnd }
            var value: JSONValue
            switch base[i] {
            case Self.openBracket, Self.openBrace:
                guard open.count < JSONValue.maximumDepth else { throw .tooDeep(offset: i) }
                let isObject = base[i] == Self.openBrace
                i += 1
                skipSpace()
                guard i < count else { throw .unexpectedEnd }
                if base[i] == (isObject ? Self.closeBrace : Self.closeBracket) {
                    i += 1
                    value = isObject ? .object(JSONObject()) : .array([])
                } else {
                    open.append(Open(isObject: isObject))
                    if isObject { open[open.count - 1].key = try key() }
                    continue next
                }
            case Self.quote:
                value = .string(try string())
            case UInt8(ascii: "t"):
                try literal("true")
                value = .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                value = .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                value = .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = .number(try number())
            default:
                throw .unexpectedByte(offset: i)
            }
            // `value` is whole: it joins the innermost open container, which may close in turn and join the next.
            while !open.isEmpty {
                let top = open.count - 1
                let isObject = open[top].isObject
                // `value` moves into its container: a copy would retain what it holds, and the release of the
                // local would follow.
                if isObject {
                    let key = open[top].key
                    open[top].members.append((key, consume value))
                } else {
                    open[top].items.append(consume value)
                }
                skipSpace()
                guard i < count else { throw .unexpectedEnd }
                let closer = isObject ? Self.closeBrace : Self.closeBracket
                if base[i] == Self.comma {
                    i += 1
                    skipSpace()
                    guard i < count, base[i] == closer else {
                        if isObject { open[top].key = try key() }
                        continue next
                    }
                } else if base[i] != closer {
                    throw .unexpectedByte(offset: i)
                }
                i += 1
                let closed = open.removeLast()
                value = isObject ? .object(JSONObject(members: closed.members)) : .array(closed.items)
            }
            return value
        }
    }

    /// An object member's key and its colon.
    private mutating func key() throws(JSONValue.ParseError) -> String {
        guard i < count else { throw .unexpectedEnd }
        guard base[i] == Self.quote else { throw .unexpectedByte(offset: i) }
        let key = try string()
        skipSpace()
        guard i < count else { throw .unexpectedEnd }
        guard base[i] == Self.colon else { throw .unexpectedByte(offset: i) }
        i += 1
        return key
    }

    private mutating func skipSpace() {
        while i < count {
            switch base[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONValue.ParseError) {
        let length = word.utf8CodeUnitCount
        for k in 0..<length {
            guard i + k < count else { throw .unexpectedEnd }
            guard base[i + k] == word.utf8Start[k] else { throw .unexpectedByte(offset: i + k) }
        }
        i += length
    }

    /// JSONSerialization's decoding of each stretch of a string drops one leading byte-order mark.
    private mutating func skipByteOrderMark() {
        if i + 2 < count, base[i] == 0xEF, base[i + 1] == 0xBB, base[i + 2] == 0xBF { i += 3 }
    }

    /// A string from its opening quote; without escapes, straight from its bytes.
    private mutating func string() throws(JSONValue.ParseError) -> String {
        i += 1
        skipByteOrderMark()
        let start = i
        while i + 8 <= count, !Self.holdsStop(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
        while i < count {
            let byte = base[i]
            if byte == Self.quote {
                i += 1
                return String(decoding: UnsafeBufferPointer(start: base + start, count: i - 1 - start), as: UTF8.self)
            }
            if byte == Self.backslash { return try escapedString(from: start) }
            // RFC 8259: U+0000–U+001F must be escaped.
            guard byte >= 0x20 else { throw .unexpectedByte(offset: i) }
            i += 1
        }
        throw .unexpectedEnd
    }

    /// Whether one of the eight bytes of `word` is a quote, a backslash or below 0x20, by the bit tricks for
    /// "has a zero byte" and "has a byte less than n" (exact for any byte values).
    private static func holdsStop(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let quotes = word ^ (ones &* 0x22)
        let backslashes = word ^ (ones &* 0x5C)
        let stops = (quotes &- ones) & ~quotes | (backslashes &- ones) & ~backslashes | (word &- ones &* 0x20) & ~word
        return stops & (ones &* 0x80) != 0
    }

    /// The rest of a string that holds escapes, its bytes gathered from `start` (`i` is at the first backslash).
    private mutating func escapedString(from start: Int) throws(JSONValue.ParseError) -> String {
        var utf8: [UInt8] = []
        utf8.reserveCapacity(i - start + 16)
        var stretch = start
        while i < count {
            let byte = base[i]
            if byte == Self.quote {
                utf8.append(contentsOf: UnsafeBufferPointer(start: base + stretch, count: i - stretch))
                i += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if byte == Self.backslash {
                utf8.append(contentsOf: UnsafeBufferPointer(start: base + stretch, count: i - stretch))
                try escape(into: &utf8)
                skipByteOrderMark()
                stretch = i
                continue
            }
            guard byte >= 0x20 else { throw .unexpectedByte(offset: i) }
            i += 1
        }
        throw .unexpectedEnd
    }

    /// One escape from its backslash, appended as UTF-8; a `\u` high surrogate needs a `\u` low surrogate next.
    private mutating func escape(into utf8: inout [UInt8]) throws(JSONValue.ParseError) {
        let at = i
        guard i + 1 < count else { throw .unexpectedEnd }
        let letter = base[i + 1]
        i += 2
        switch letter {
        case Self.quote, Self.backslash, UInt8(ascii: "/"): utf8.append(letter)
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try hexUnit(escape: at)
            var value = UInt32(unit)
            if unit & 0xFC00 == 0xD800 {
                guard i + 1 < count else { throw .unexpectedEnd }
                guard base[i] == Self.backslash, base[i + 1] == UInt8(ascii: "u") else { throw .invalidEscape(offset: at) }
                i += 2
                let low = try hexUnit(escape: at)
                guard low & 0xFC00 == 0xDC00 else { throw .invalidEscape(offset: at) }
                value = 0x10000 + (UInt32(unit) - 0xD800) << 10 + (UInt32(low) - 0xDC00)
            }
            // A low surrogate without a high one is no scalar.
            guard let scalar = Unicode.Scalar(value) else { throw .invalidEscape(offset: at) }
            UTF8.encode(scalar) { utf8.append($0) }
        default:
            throw .invalidEscape(offset: at)
        }
    }

    /// The four hex digits after `\u`.
    private mutating func hexUnit(escape at: Int) throws(JSONValue.ParseError) -> UInt16 {
        guard i + 4 <= count else { throw .unexpectedEnd }
        var unit: UInt16 = 0
        for byte in UnsafeBufferPointer(start: base + i, count: 4) {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw .invalidEscape(offset: at)
            }
            unit = unit << 4 | UInt16(digit)
        }
        i += 4
        return unit
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`, refused when its `Double` overflows.
    ///
    /// JSONSerialization makes an `NSNumber` of an integer that fits 64 bits, of a `Decimal` for more than 17
    /// digits, or of a finite `Double`, and refuses the text otherwise; a 64-bit integer is a finite `Double` too,
    /// and `Decimal(string:)` gives nil for anything beyond its ~1e165, so the `Double` alone decides.
    private mutating func number() throws(JSONValue.ParseError) -> Double {
        let start = i
        if base[i] == UInt8(ascii: "-") { i += 1 }
        guard i < count else { throw .unexpectedEnd }
        if base[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            try digits()
        }
        if i < count, base[i] == UInt8(ascii: ".") {
            i += 1
            try digits()
        }
        if i < count, base[i] | 0x20 == UInt8(ascii: "e") {
            i += 1
            if i < count, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
            try digits()
        }
        let lexeme = String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
        guard let value = Double(lexeme), value.isFinite else { throw .unrepresentableNumber(offset: start) }
        return value
    }

    /// One or more decimal digits.
    private mutating func digits() throws(JSONValue.ParseError) {
        let start = i
        while i < count, base[i] &- UInt8(ascii: "0") < 10 { i += 1 }
        guard i > start else { throw i < count ? .unexpectedByte(offset: i) : .unexpectedEnd }
    }
}
