import Foundation

/// Decodes the bytes of a text document whose encoding nobody declared: UTF-8 (with or without BOM),
/// UTF-16 (by BOM or by its zero bytes), and otherwise Windows-1252, the superset of ISO-8859-1 that
/// Nordic systems export.
public enum TextDecoding {
    /// The encodings ``decode(_:)`` recognises.
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8BOM = "UTF-8 with BOM"
        case utf16LE = "UTF-16LE"
        case utf16BE = "UTF-16BE"
        case windows1252 = "Windows-1252"
    }

    /// The text and the encoding it was read as. Line endings become `\n`; the result is NFC.
    public static func decode(_ data: Data) -> (text: String, encoding: Encoding) {
        let bytes = [UInt8](data.prefix(4))
        let (raw, encoding): (String, Encoding)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            (raw, encoding) = (String(decoding: data.dropFirst(3), as: UTF8.self), .utf8BOM)
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            (raw, encoding) = (utf16(data.dropFirst(2), littleEndian: true), .utf16LE)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            (raw, encoding) = (utf16(data.dropFirst(2), littleEndian: false), .utf16BE)
        } else if let guess = utf16WithoutBOM(data) {
            (raw, encoding) = guess
        } else if let text = String(validatingUTF8: data) {
            (raw, encoding) = (text, .utf8)
        } else {
            (raw, encoding) = (windows1252(data), .windows1252)
        }
        return (normalisedLines(raw), encoding)
    }

    /// Line endings as `\n`, composed characters (NFC).
    private static func normalisedLines(_ raw: String) -> String {
        composed(unixLines(raw))
    }

    /// `\r\n` and a lone `\r` as `\n`, on the bytes (neither is ever part of a longer UTF-8 sequence).
    static func unixLines(_ text: String) -> String {
        guard CVText.contains(text, byte: 13) else { return text }
        return CVText.withUTF8(text) { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                guard let source = bytes.baseAddress, let target = out.baseAddress else { return 0 }
                // The runs between carriage returns are copied whole, found with `memchr`.
                var i = 0
                var n = 0
                while i < bytes.count {
                    let next = memchr(source + i, 13, bytes.count - i).map { UnsafeRawPointer(source).distance(to: $0) } ?? bytes.count
                    let run = next - i
                    (target + n).initialize(from: source + i, count: run)
                    n += run
                    i += run
                    guard i < bytes.count else { break }
                    target[n] = 10
                    n += 1
                    i += 1
                    if i < bytes.count, bytes[i] == 10 { i += 1 }
                }
                return n
            }
        }
    }

    /// NFC; text is NFC already when every scalar is one that normalisation neither changes nor combines with what
    /// comes before: below U+0300, or punctuation, currency signs, arrows, shapes and bullets that CVs use.
    private static func composed(_ text: String) -> String {
        let isComposed = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var i = 0
            while i < bytes.count {
                // Eight ASCII bytes at a time: none has its high bit set.
                if i + 8 <= bytes.count,
                    UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    i += 8
                    continue
                }
                let b = bytes[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let (scalar, length) = CVText.decodeScalar(bytes, at: i)
                guard isStable(scalar.value) else { return false }
                i += length
            }
            return true
        } ?? false
        return isComposed ? text : text.precomposedStringWithCanonicalMapping
    }

    private static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x2002...0x206F, 0x20A0...0x20CF, 0x2122, 0x2190...0x2199, 0x2500...0x25FF, 0x2713, 0x2714,
            0x27A2, 0xF000...0xF8FF, 0xFEFF:
            true
        default:
            false
        }
    }

    private static func utf16WithoutBOM(_ data: Data) -> (String, Encoding)? {
        guard data.count >= 4, data.count % 2 == 0 else { return nil }
        let sample = data.prefix(512)
        // Without a zero byte the sample is not UTF-16 by either count below: found without counting.
        let hasZero = sample.withUnsafeBytes { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
        guard hasZero else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        sample.withUnsafeBytes { bytes in
            for (i, byte) in bytes.enumerated() where byte == 0 {
                if i % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
            }
        }
        let half = sample.count / 2
        if oddZeros > half * 3 / 4, evenZeros == 0 { return (utf16(data, littleEndian: true), .utf16LE) }
        if evenZeros > half * 3 / 4, oddZeros == 0 { return (utf16(data, littleEndian: false), .utf16BE) }
        return nil
    }

    private static func utf16<D: DataProtocol>(_ data: D, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var iterator = data.makeIterator()
        while let a = iterator.next(), let b = iterator.next() {
            units.append(littleEndian ? UInt16(a) | UInt16(b) << 8 : UInt16(a) << 8 | UInt16(b))
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's mapping of 0x80–0x9F; the other bytes are Latin-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    private static func windows1252(_ data: Data) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in data {
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}

extension String {
    /// Strict UTF-8 decoding: nil when the bytes are not valid UTF-8.
    init?(validatingUTF8 data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        // Decoding repairs invalid bytes; the text is the data only when there was nothing to repair.
        let unchanged = data.withUnsafeBytes { raw in
            text.utf8.withContiguousStorageIfAvailable { utf8 in
                utf8.count == raw.count && (raw.isEmpty || memcmp(utf8.baseAddress!, raw.baseAddress!, raw.count) == 0)
            } ?? text.utf8.elementsEqual(raw)
        }
        guard unchanged else { return nil }
        self = text
    }
}

extension TextDecoding {
    /// Line endings as `\n`, a leading BOM removed, composed characters (NFC).
    public static func normalise(_ text: String) -> String {
        var out = unixLines(text)
        if out.hasPrefix("\u{FEFF}") { out.removeFirst() }
        return composed(out)
    }
}
