import Foundation

/// The data files shipped in PassformCore's bundle, looked up under one lock: each vocabulary loads its files on
/// whatever thread first uses it, and several may do so at once; Foundation's bundle look-up is shared state.
package enum BundledData {
    private static let lock = NSLock()

    /// The bytes of `Data/<name>.<ext>`, or nil when the file is missing or unreadable.
    package static func data(_ name: String, _ ext: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Data") else { return nil }
        return try? Data(contentsOf: url)
    }
}
