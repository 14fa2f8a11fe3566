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
        let nested = [".zip", ".gz", ".7z", ".rar", ".tar", ".tgz", ".bz2", ".xz"]
        do {
            directory = try ZipDirectory(data: data) { entry in
                count += 1
                if count > limits.archiveParts {
                    throw CVReadError.unsafeArchive(file: file, reason: "more than \(limits.archiveParts) parts")
                }
                let path = entry.path.lowercased()
                if nested.contains(where: path.hasSuffix) {
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
        if out.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw CVReadError.unsafeArchive(file: file, reason: "\(path) is itself an archive")
        }
        return out
    }
}
