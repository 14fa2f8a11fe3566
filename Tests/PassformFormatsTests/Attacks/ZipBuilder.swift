import Foundation

/// Writes ZIP archives byte by byte for the attack tests, including ones no honest tool would write: sizes that
/// lie, entry paths with `../`, thousands of parts. Data is stored, or deflated as runs of zero bytes with the
/// fixed Huffman code (about 158 : 1), which is all a zip bomb needs.
struct ZipBuilder {
    struct Entry {
        var path: String
        /// The bytes as they stand in the archive (already compressed for `deflated`).
        var payload: [UInt8]
        var method: UInt16
        var crc: UInt32
        var uncompressedSize: UInt32
    }

    private(set) var entries: [Entry] = []

    /// A part stored as is; `declaredSize` lets the headers lie about its size.
    mutating func store(_ path: String, _ bytes: [UInt8], declaredSize: UInt32? = nil) {
        entries.append(
            Entry(
                path: path, payload: bytes, method: 0, crc: Self.crc32(bytes),
                uncompressedSize: declaredSize ?? UInt32(bytes.count)))
    }

    mutating func store(_ path: String, _ text: String) { store(path, Array(text.utf8)) }

    /// A part of `zeros` zero bytes, deflated; `declaredSize` lets the headers lie about what it unpacks to.
    mutating func deflatedZeros(_ path: String, count zeros: Int, declaredSize: UInt32? = nil) {
        entries.append(
            Entry(
                path: path, payload: Self.deflateZeros(zeros), method: 8, crc: Self.crc32(zeros: zeros),
                uncompressedSize: declaredSize ?? UInt32(zeros)))
    }

    /// The archive's bytes: local headers and data, the central directory, and its end record.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            let name = Array(entry.path.utf8)
            out += le32(0x0403_4B50) + le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0x21)
            out += le32(entry.crc) + le32(UInt32(entry.payload.count)) + le32(entry.uncompressedSize)
            out += le16(UInt16(name.count)) + le16(0) + name + entry.payload
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(entry.method) + le16(0) + le16(0x21)
            central += le32(entry.crc) + le32(UInt32(entry.payload.count)) + le32(entry.uncompressedSize)
            central += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    var data: Data { Data(bytes) }

    /// A minimal DOCX around `body` (the inside of `w:body`).
    static func docx(body: String) -> ZipBuilder {
        var zip = ZipBuilder()
        zip.store("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        zip.store("word/document.xml", documentXML(body: body))
        return zip
    }

    static func documentXML(body: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
            + body + "</w:body></w:document>"
    }

    /// A Word paragraph holding `text`.
    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    // MARK: - Encoding

    private func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }

    private static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    static func crc32(zeros: Int) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for _ in 0..<zeros { crc = crcTable[Int(crc & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }

    /// `count` zero bytes as one final deflate block with the fixed Huffman code: a literal 0, then matches of
    /// length 258 at distance 1, then literals for the rest.
    static func deflateZeros(_ count: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman
        var left = count
        if left > 0 {
            bits.writeCode(0x30, length: 8)  // literal 0
            left -= 1
        }
        while left >= 258 {
            bits.writeCode(0xC5, length: 8)  // length symbol 285: 258 bytes
            bits.writeCode(0, length: 5)  // distance code 0: distance 1
            left -= 258
        }
        for _ in 0..<left { bits.writeCode(0x30, length: 8) }
        bits.writeCode(0, length: 7)  // end of block
        return bits.bytes
    }

    private struct BitWriter {
        var bytes: [UInt8] = []
        var used = 8

        mutating func write(_ value: UInt32, count: Int) {
            for i in 0..<count {
                if used == 8 {
                    bytes.append(0)
                    used = 0
                }
                if (value >> i) & 1 == 1 { bytes[bytes.count - 1] |= UInt8(1 << used) }
                used += 1
            }
        }

        /// A Huffman code, which deflate writes most significant bit first.
        mutating func writeCode(_ code: UInt32, length: Int) {
            var reversed: UInt32 = 0
            for i in 0..<length where (code >> i) & 1 == 1 { reversed |= 1 << (length - 1 - i) }
            write(reversed, count: length)
        }
    }
}
