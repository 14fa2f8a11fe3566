import CLibZ
import Foundation

/// The entries of a ZIP container read straight from its bytes in memory, as ZIPFoundation reads them from a
/// file, without the temporary file and without ever reading outside the bytes: every offset and length is
/// checked before it is used.
///
/// It follows ZIPFoundation 0.9's reading rules, so that archives read and fail as they did: the end record is
/// the last `PK\5\6` whose comment fits; a ZIP64 record counts only with its locator right before that end
/// record; the entries are walked in central-directory order and the walk ends quietly at the first entry
/// whose central or local header is cut short, has the wrong signature, or is encrypted; sizes come from a
/// data descriptor when the entry has one; the local header decides the compression method; and a deflated
/// part is inflated from its data offset to the end of its deflate stream.
struct ZipDirectory {
    /// One part of the container, as its headers describe it.
    struct Entry {
        /// The entry's name: UTF-8 when its flag says so, else code page 437, in which every byte outside
        /// printable ASCII is some other non-ASCII character (here U+FFFD stands for all of them).
        var path: String
        var isFile: Bool
        /// What the entry says it unpacks to, and its compressed size (from the data descriptor if it has one).
        var uncompressedSize: UInt64
        var compressedSize: UInt64
        /// The uncompressed size in the central directory, which is what a stored entry reads.
        var storedSize: UInt64
        /// The local header's compression method (0 stored, 8 deflated).
        var method: UInt16
        /// Where the entry's data starts: after its local header, name and extra field.
        var dataOffset: Int
    }

    /// Why the container cannot be read.
    enum Failure: Error, Equatable {
        /// No end-of-central-directory record, or one whose comment runs past the end.
        case noEndRecord
        /// An entry uses a compression method other than stored or deflated.
        case unsupportedMethod
        /// An entry's deflate stream is broken or ends before the data does.
        case corruptData
        /// An entry unpacks to more bytes than it declares.
        case overflow
    }

    let data: Data
    /// The entries in central-directory order, up to the first one that cannot be read.
    private(set) var entries: [Entry] = []

    /// Reads the end record and walks the central directory; `visit` sees each entry as it is read and may
    /// throw to stop the walk (the limits of ``SafeArchive``).
    init(data: Data, visit: (Entry) throws -> Void) throws {
        self.data = data
        var entries: [Entry] = []
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = Bytes(raw: raw)
            guard let directory = Self.endRecord(bytes) else { throw Failure.noEndRecord }
            // The count is the archive's word: a forged one reserves no more than a usual document has.
            entries.reserveCapacity(Int(min(directory.count, 16)))
            var position = directory.offset
            var index: UInt64 = 0
            while index < directory.count, let (entry, next) = Self.entry(bytes, at: position) {
                try visit(entry)
                entries.append(entry)
                position = next
                index += 1
            }
        }
        self.entries = entries
    }

    /// The first entry named `path`.
    func entry(_ path: String) -> Entry? { entries.first { $0.path == path } }

    /// The bytes of `entry`, stopping with ``Failure/overflow`` as soon as more than `declared` come out.
    func contents(of entry: Entry, declared: UInt64) throws -> Data {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
            let available = raw.count - entry.dataOffset
            switch entry.method {
            case 0:
                let count = entry.storedSize < UInt64(available) ? Int(entry.storedSize) : available
                if UInt64(count) > declared { throw Failure.overflow }
                return Data(UnsafeRawBufferPointer(rebasing: raw[entry.dataOffset..<(entry.dataOffset + count)]))
            case 8:
                return try Self.inflate(UnsafeRawBufferPointer(rebasing: raw[entry.dataOffset...]), declared: declared)
            default:
                throw Failure.unsupportedMethod
            }
        }
    }

    // MARK: - Headers

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let zip64EndSignature: UInt32 = 0x0606_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50
    private static let descriptorSignature: UInt32 = 0x0807_4B50

    /// Little-endian reads that return nil instead of reading outside the bytes.
    private struct Bytes {
        let raw: UnsafeRawBufferPointer
        var count: Int { raw.count }

        /// True when `length` bytes from `offset` are inside.
        func holds(_ offset: UInt64, _ length: UInt64) -> Bool {
            let (end, overflow) = offset.addingReportingOverflow(length)
            return !overflow && end <= UInt64(raw.count)
        }

        func u16(_ offset: Int) -> UInt16 { UInt16(raw[offset]) | UInt16(raw[offset + 1]) << 8 }
        func u32(_ offset: Int) -> UInt32 { UInt32(u16(offset)) | UInt32(u16(offset + 2)) << 16 }
        func u64(_ offset: Int) -> UInt64 { UInt64(u32(offset)) | UInt64(u32(offset + 4)) << 32 }
    }

    /// Where the central directory starts and how many entries it holds.
    private static func endRecord(_ bytes: Bytes) -> (offset: UInt64, count: UInt64)? {
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        while bytes.u32(end) != endSignature {
            if end == 0 { return nil }
            end -= 1
        }
        guard bytes.holds(UInt64(end + 22), UInt64(bytes.u16(end + 20))) else { return nil }
        let count = UInt64(bytes.u16(end + 10))
        let offset = UInt64(bytes.u32(end + 16))
        // A ZIP64 locator (20 bytes) right before the end record, and the ZIP64 record (56 bytes) before that.
        guard end > 20, end - 20 > 56 else { return (offset, count) }
        let locator = end - 20
        let record = locator - 56
        guard bytes.u32(locator) == zip64LocatorSignature, bytes.u32(record) == zip64EndSignature,
            bytes.u16(record + 14) >= 45
        else { return (offset, count) }
        return (bytes.u64(record + 48), bytes.u64(record + 32))
    }

    /// The entry whose central header is at `position`, and where the next central header starts; nil where
    /// ZIPFoundation's walk would end.
    private static func entry(_ bytes: Bytes, at position: UInt64) -> (Entry, next: UInt64)? {
        guard bytes.holds(position, 46) else { return nil }
        let p = Int(position)
        guard bytes.u32(p) == centralSignature else { return nil }
        let versionMadeBy = bytes.u16(p + 4)
        let versionNeeded = bytes.u16(p + 6)
        let flags = bytes.u16(p + 8)
        let centralMethod = bytes.u16(p + 10)
        let compressed32 = bytes.u32(p + 20)
        let uncompressed32 = bytes.u32(p + 24)
        let nameLength = Int(bytes.u16(p + 28))
        let extraLength = Int(bytes.u16(p + 30))
        let commentLength = Int(bytes.u16(p + 32))
        let disk16 = bytes.u16(p + 34)
        let external = bytes.u32(p + 38)
        let offset32 = bytes.u32(p + 42)
        guard bytes.holds(position + 46, UInt64(nameLength + extraLength + commentLength)) else { return nil }
        let name = UnsafeRawBufferPointer(rebasing: bytes.raw[(p + 46)..<(p + 46 + nameLength)])
        let extra = UnsafeRawBufferPointer(rebasing: bytes.raw[(p + 46 + nameLength)..<(p + 46 + nameLength + extraLength)])

        let zip64 = zip64Information(
            extra, uncompressed: uncompressed32 == .max, compressed: compressed32 == .max, offset: offset32 == .max,
            disk: disk16 == .max)
        let isZIP64 = versionNeeded & 0xFF >= 45 || zip64 != nil
        var compressed = UInt64(compressed32)
        var uncompressed = UInt64(uncompressed32)
        var local = UInt64(offset32)
        if isZIP64, let zip64 {
            if zip64.compressed > 0 { compressed = zip64.compressed }
            if zip64.uncompressed > 0 { uncompressed = zip64.uncompressed }
            if zip64.offset > 0 { local = zip64.offset }
        }

        guard bytes.holds(local, 30) else { return nil }
        let l = Int(local)
        guard bytes.u32(l) == localSignature else { return nil }
        let localMethod = bytes.u16(l + 8)
        let localNames = UInt64(bytes.u16(l + 26)) + UInt64(bytes.u16(l + 28))
        guard bytes.holds(local + 30, localNames) else { return nil }
        let dataOffset = local + 30 + localNames

        var declaredUncompressed = isZIP64 ? uncompressed : UInt64(uncompressed32)
        var declaredCompressed = isZIP64 ? compressed : UInt64(compressed32)
        if flags & 0x8 != 0 {
            let (descriptor, overflow) = dataOffset.addingReportingOverflow(centralMethod != 0 ? compressed : uncompressed)
            if !overflow, let sizes = dataDescriptor(bytes, at: descriptor, wide: isZIP64) {
                declaredCompressed = sizes.compressed
                declaredUncompressed = sizes.uncompressed
            }
        }
        guard flags & 0x1 == 0 else { return nil }

        let path = Self.path(name, utf8: flags & 0x800 != 0)
        let entry = Entry(
            path: path, isFile: isFile(path: path, versionMadeBy: versionMadeBy, external: external),
            uncompressedSize: declaredUncompressed, compressedSize: declaredCompressed, storedSize: uncompressed,
            method: localMethod, dataOffset: Int(dataOffset))
        return (entry, position + 46 + UInt64(nameLength + extraLength + commentLength))
    }

    /// The ZIP64 extended information field (ID 1) of an extra field, holding, in this order, the 8-byte values
    /// whose 32-bit fields are all ones and the 4-byte disk number if its 16-bit field is; absent values are 0.
    private static func zip64Information(
        _ extra: UnsafeRawBufferPointer, uncompressed: Bool, compressed: Bool, offset: Bool, disk: Bool
    ) -> (uncompressed: UInt64, compressed: UInt64, offset: UInt64)? {
        let bytes = Bytes(raw: extra)
        var position = 0
        while position < extra.count - 4 {
            let id = bytes.u16(position)
            let size = Int(bytes.u16(position + 2))
            let next = position + 4 + size
            guard next <= extra.count else { return nil }
            if id == 1 {
                let expected = (uncompressed ? 8 : 0) + (compressed ? 8 : 0) + (offset ? 8 : 0) + (disk ? 4 : 0)
                guard expected == size else { return nil }
                var read = position + 4
                func value(_ present: Bool) -> UInt64 {
                    guard present else { return 0 }
                    defer { read += 8 }
                    return bytes.u64(read)
                }
                return (value(uncompressed), value(compressed), value(offset))
            }
            position = next
        }
        return nil
    }

    /// The sizes in a data descriptor (with or without its signature), if it lies inside the bytes.
    private static func dataDescriptor(_ bytes: Bytes, at position: UInt64, wide: Bool) -> (compressed: UInt64, uncompressed: UInt64)? {
        let width = wide ? 8 : 4
        guard bytes.holds(position, UInt64(2 * width + 8)) else { return nil }
        var read = Int(position) + (bytes.u32(Int(position)) == descriptorSignature ? 8 : 4)
        func size() -> UInt64 {
            defer { read += width }
            return wide ? bytes.u64(read) : UInt64(bytes.u32(read))
        }
        let compressed = size()
        return (compressed, size())
    }

    private static func path(_ name: UnsafeRawBufferPointer, utf8: Bool) -> String {
        if utf8 {
            if name.allSatisfy({ $0 < 0x80 }) { return String(decoding: name, as: UTF8.self) }
            return String(data: Data(name), encoding: .utf8) ?? ""
        }
        if name.allSatisfy({ (0x20...0x7E).contains($0) }) { return String(decoding: name, as: UTF8.self) }
        var path = String.UnicodeScalarView()
        for byte in name { path.append((0x20...0x7E).contains(byte) ? Unicode.Scalar(byte) : "\u{FFFD}") }
        return String(path)
    }

    /// ZIPFoundation's entry type: Unix modes when the archive was made on Unix or macOS, else a name ending
    /// in `/` or the MS-DOS directory attribute means a folder; symbolic links and folders are not files.
    private static func isFile(path: String, versionMadeBy: UInt16, external: UInt32) -> Bool {
        let directory = path.hasSuffix("/")
        switch versionMadeBy >> 8 {
        case 3, 19:
            switch UInt16(truncatingIfNeeded: external >> 16) & 0xF000 {
            case 0x8000: return true
            case 0x4000, 0xA000: return false
            default: return !directory
            }
        case 0:
            return !(directory || external >> 4 == 0x01)
        default:
            return !directory
        }
    }

    // MARK: - Inflate

    /// Inflates a raw deflate stream, 16 KiB in and out at a time as ZIPFoundation does, stopping as soon as
    /// more than `declared` bytes have come out.
    private static func inflate(_ input: UnsafeRawBufferPointer, declared: UInt64) throws -> Data {
        let chunk = 16 << 10
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.corruptData
        }
        defer { inflateEnd(&stream) }
        var out = Data(capacity: Int(min(declared, 1 << 20)) + 1)
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        var position = 0
        var result = Z_OK
        repeat {
            guard position < input.count, let base = input.baseAddress else { throw Failure.corruptData }
            let size = min(chunk, input.count - position)
            stream.next_in = UnsafeMutablePointer(mutating: base.advanced(by: position).assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(size)
            position += size
            repeat {
                stream.next_out = buffer
                stream.avail_out = UInt32(chunk)
                // Z_FINISH only spares zlib its 32 KiB window when the part comes out in one call (zlib's manual:
                // the flush mode changes the window and the return code, never the output); the Z_BUF_ERROR it
                // returns instead of Z_OK is handled alike.
                result = CLibZ.inflate(&stream, Z_FINISH)
                if result == Z_NEED_DICT || result == Z_DATA_ERROR || result == Z_MEM_ERROR { throw Failure.corruptData }
                out.append(buffer, count: chunk - Int(stream.avail_out))
                if UInt64(out.count) > declared { throw Failure.overflow }
            } while stream.avail_out == 0
        } while result != Z_STREAM_END
        return out
    }
}
