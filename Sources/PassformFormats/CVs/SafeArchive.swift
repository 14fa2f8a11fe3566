import Foundation

/// A ZIP container (DOCX, ODT) read in memory (``ZipDirectory``), with limits against zip bombs.
///
/// Entries are only ever read into memory by name; their paths are never used as file paths. The archive is
/// refused when its entries declare more than ``InputLimits/archiveTotalBytes`` in all, more than
/// ``InputLimits/archiveParts`` entries, an entry compressed more than ``InputLimits/archiveRatio`` times, or a nested archive
/// (`.zip`, `.gz`, `.7z`, `.rar`, `.tar` anywhere, or a part that is itself a ZIP). Reading stops as soon as
/// an entry produces more bytes than it declared.
struct SafeArchive {
    private let directory: ZipDirectory
    let file: String
    let limits: InputLimits

    init(data: Data, file: String, limits: InputLimits = .standard) throws {
        self.file = file
        self.limits = limits
        var total: UInt64 = 0
        var count = 0
        do {
            directory = try ZipDirectory(data: data) { entry in
                count += 1
                if count > limits.archiveParts {
                    throw CVReadError.unsafeArchive(file: file, reason: "more than \(limits.archiveParts) parts")
                }
                if Self.namesArchive(entry.path) {
                    throw CVReadError.unsafeArchive(file: file, reason: "it holds another archive")
                }
                let (sum, overflow) = total.addingReportingOverflow(entry.uncompressedSize)
                total = sum
                if overflow || total > limits.archiveTotalBytes {
                    throw CVReadError.unsafeArchive(file: file, reason: "it would unpack to more than \(limits.archiveTotalBytes >> 20) MiB")
                }
                let (allowed, unbounded) = max(entry.compressedSize, 1).multipliedReportingOverflow(by: limits.archiveRatio)
                if entry.uncompressedSize > 1 << 20, !unbounded, entry.uncompressedSize > allowed {
                    throw CVReadError.unsafeArchive(file: file, reason: "a part is compressed more than \(limits.archiveRatio) times")
                }
            }
        } catch is ZipDirectory.Failure {
            throw CVReadError.damagedArchive(file: file)
        }
        if count == 0 { throw CVReadError.damagedArchive(file: file) }
    }

    /// The extensions of archives, which an archive must not hold.
    private static let nestedExtensions: Set<String> = ["zip", "gz", "7z", "rar", "tar", "tgz", "bz2", "xz"]

    /// True when `path`, lowercased, ends with a dot and one of ``nestedExtensions``. An ASCII path is read by its
    /// bytes: an extension holds no dot, so the dot is the path's last.
    static func namesArchive(_ path: String) -> Bool {
        let ascii: Bool?? = path.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot + 1 < bytes.count, bytes.count - dot <= 4 else {
                return false
            }
            let suffix = String(unsafeUninitializedCapacity: bytes.count - dot - 1) { out in
                for k in out.indices {
                    let byte = bytes[dot + 1 + k]
                    out[k] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                }
                return out.count
            }
            return nestedExtensions.contains(suffix)
        }
        if let ascii = ascii ?? nil { return ascii }
        let lowered = path.lowercased()
        return nestedExtensions.contains { lowered.hasSuffix("." + $0) }
    }

    /// True when the archive has an entry at `path`.
    func contains(_ path: String) -> Bool { directory.entry(path) != nil }

    /// The bytes of the entry at `path`, or nil when there is none.
    func data(at path: String) throws -> Data? {
        guard let entry = directory.entry(path), entry.isFile else { return nil }
        let declared = entry.uncompressedSize
        if declared > limits.archivePartBytes {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) would unpack to more than \(limits.archivePartBytes >> 20) MiB")
        }
        let out: Data
        do {
            out = try directory.contents(of: entry, declared: declared)
        } catch ZipDirectory.Failure.overflow {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) unpacks to more than it declares")
        } catch {
            throw CVReadError.damagedArchive(file: file)
        }
        let isArchive = out.withUnsafeBytes { $0.count >= 4 && $0[0] == 0x50 && $0[1] == 0x4B && $0[2] == 0x03 && $0[3] == 0x04 }
        if isArchive {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) is itself an archive")
        }
        return out
    }
}
