import Foundation
import PassformCore

/// Reading the files a user names, with errors a person can act on.
enum InputFiles {
    /// Files larger than this are refused unless a caller names its own limit (64 MiB).
    static let maximumSize = 64 << 20

    /// The bytes of a file of at most `limit` bytes.
    static func data(at path: String, limit: Int = maximumSize) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.notFound(path: path)
        }
        if isDirectory.boolValue { throw InputError.isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw InputError.tooLarge(path: path, bytes: size, limit: limit)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError.unreadable(path: path) }
        return data
    }

    /// The text of a file, whatever its encoding (see ``TextDecoding``).
    static func text(at path: String, limit: Int = maximumSize) throws -> String {
        TextDecoding.decode(try data(at: path, limit: limit)).text
    }

    /// The files named, with folders expanded to the files inside them (sorted, hidden files skipped).
    static func expand(_ paths: [String], extensions: Set<String>? = nil) throws -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError.notFound(path: path)
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else {
                throw InputError.unreadable(path: path)
            }
            var found: [String] = []
            while let item = enumerator.nextObject() as? String {
                let name = (item as NSString).lastPathComponent
                // Hidden files and a folder's README are not inputs.
                if name.hasPrefix(".") || name.lowercased().hasPrefix("readme") { continue }
                let full = (path as NSString).appendingPathComponent(item)
                var isDir: ObjCBool = false
                FileManager.default.fileExists(atPath: full, isDirectory: &isDir)
                if isDir.boolValue { continue }
                if let extensions, !extensions.contains((name as NSString).pathExtension.lowercased()) { continue }
                found.append(full)
            }
            result += found.sorted()
        }
        return result
    }
}
