import Foundation
import PassformCore
import PassformFormats

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
            // The folder's path as `appendingPathComponent` writes it, then each file's path below it.
            let prefix = String((path as NSString).appendingPathComponent("-").dropLast())
            var found: [String] = []
            guard walk(prefix, into: &found, extensions: extensions) else { throw InputError.unreadable(path: path) }
            result += found.sorted()
        }
        return result
    }

    /// Adds the files in the folder `prefix` names (with its trailing slash) and in every folder below it, symbolic
    /// links to folders not followed; false when the folder cannot be opened.
    private static func walk(_ prefix: String, into found: inout [String], extensions: Set<String>?) -> Bool {
        guard let folder = opendir(prefix.isEmpty ? "." : prefix) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = prefix + name
            var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), isDirectory.boolValue {
                    let type = (try? FileManager.default.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
                    if type == .typeSymbolicLink { continue }  // a link to a folder
                    isFolder = true
                }
            }
            if isFolder {
                _ = walk(full + "/", into: &found, extensions: extensions)
                continue
            }
            // Hidden files and a folder's README are not inputs.
            if name.hasPrefix(".") || isReadme(name) { continue }
            if let extensions, !extensions.contains(PathNames.lowercasedExtension(name)) { continue }
            found.append(full)
        }
        return true
    }

    /// Whether a file name starts with "readme" in any case; an ASCII name is checked on its bytes, without lowercasing
    /// a copy of every name in a folder of 20,000 CVs.
    static func isReadme(_ name: String) -> Bool {
        // The byte after the six must be ASCII too: a combining mark there would join the sixth letter.
        let head = name.utf8.prefix(7)
        guard head.allSatisfy({ $0 < 0x80 }) else { return name.lowercased().hasPrefix("readme") }
        return head.count >= 6
            && head.prefix(6).lazy.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }.elementsEqual("readme".utf8)
    }
}
