import Foundation
import ZIPFoundation

/// A ZIP container (DOCX, ODT) opened in memory, with limits against zip bombs.
///
/// Entries are only ever read into memory by name; their paths are never used as file paths. The archive is
/// refused when its entries declare more than ``InputLimits/archiveTotalBytes`` in all, more than
/// ``InputLimits/archiveParts`` entries, an entry compressed more than ``InputLimits/archiveRatio`` times, or a nested archive
/// (`.zip`, `.gz`, `.7z`, `.rar`, `.tar` anywhere, or a part that is itself a ZIP). Reading stops as soon as
/// an entry produces more bytes than it declared.
struct SafeArchive {
    private let archive: Archive
    let file: String
    let limits: InputLimits

    init(data: Data, file: String, limits: InputLimits = .standard) throws {
        self.file = file
        self.limits = limits
        archive = try Self.open(data, file: file)
        var total: UInt64 = 0
        var count = 0
        let nested = [".zip", ".gz", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz"]
        for entry in archive {
            count += 1
            if count > limits.archiveParts {
                throw CVReadError.unsafeArchive(file: file, reason: "more than \(limits.archiveParts) parts")
            }
            let path = entry.path.lowercased()
            if nested.contains(where: path.hasSuffix) {
                throw CVReadError.unsafeArchive(file: file, reason: "it holds another archive")
            }
            total += entry.uncompressedSize
            if total > limits.archiveTotalBytes {
                throw CVReadError.unsafeArchive(file: file, reason: "it would unpack to more than \(limits.archiveTotalBytes >> 20) MiB")
            }
            if entry.uncompressedSize > 1 << 20, entry.uncompressedSize > max(entry.compressedSize, 1) * limits.archiveRatio {
                throw CVReadError.unsafeArchive(file: file, reason: "a part is compressed more than \(limits.archiveRatio) times")
            }
        }
        if count == 0 { throw CVReadError.damagedArchive(file: file) }
    }

    /// Opens the bytes through a private temporary file that is unlinked at once (the open handle keeps it).
    ///
    /// Not `Archive(data:)`: ZIPFoundation's in-memory file lets a seek go past the end of the data, and the next
    /// read then traps ("Range requires lowerBound <= upperBound") on a central directory or local header offset
    /// that points outside the file, which the `cv-office` fuzz target found in its first second. A real file
    /// reads short there instead, and ZIPFoundation reports an unreadable archive.
    private static func open(_ data: Data, file: String) throws -> Archive {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-\(UUID().uuidString).zip")
        let descriptor = Foundation.open(url.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CVReadError.unreadable(file: file) }
        defer { unlink(url.path) }
        let written = data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let count = write(descriptor, base + offset, raw.count - offset)
                if count <= 0 { return false }
                offset += count
            }
            return true
        }
        close(descriptor)
        guard written else { throw CVReadError.unreadable(file: file) }
        do {
            return try Archive(url: url, accessMode: .read)
        } catch {
            throw CVReadError.damagedArchive(file: file)
        }
    }

    /// True when the archive has an entry at `path`.
    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of the entry at `path`, or nil when there is none.
    func data(at path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.type == .file else { return nil }
        let declared = entry.uncompressedSize
        if declared > limits.archivePartBytes {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) would unpack to more than \(limits.archivePartBytes >> 20) MiB")
        }
        var out = Data()
        struct Overflow: Error {}
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                out.append(chunk)
                if UInt64(out.count) > declared { throw Overflow() }
            }
        } catch is Overflow {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) unpacks to more than it declares")
        } catch {
            throw CVReadError.damagedArchive(file: file)
        }
        if out.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) is itself an archive")
        }
        return out
    }
}
