import Foundation
import PassformCore
import Yams

/// The folder of human-editable role profiles (`Profiles/*.yaml`): one file a role level, written by
/// `profiles import` and read by every command, so that a person's correction of a file is what counts.
public struct ProfileStore: Sendable {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// Every profile in the folder, sorted by id.
    /// - Throws: ``ProfileStoreError`` naming the file and line of the first file that cannot be read.
    public func loadAll() throws -> [RoleProfile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ProfileStoreError.noFolder(path: folder.path)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var profiles: [RoleProfile] = []
        var ids: [ProfileID: String] = [:]
        for name in names.sorted() where ["yaml", "yml", "json"].contains((name as NSString).pathExtension.lowercased()) {
            let path = folder.appendingPathComponent(name).path
            let profile = try Self.load(path: path)
            if let other = ids[profile.id] { throw ProfileStoreError.duplicate(id: profile.id.rawValue, paths: [other, path]) }
            ids[profile.id] = path
            profiles.append(profile)
        }
        return profiles.sorted { $0.id < $1.id }
    }

    /// The profile with `id`: the file named after it (`<id>.yaml`, `.yml` or `.json`) when that file holds it,
    /// otherwise the one file in the folder that does.
    /// - Throws: ``ProfileStoreError/unknownProfile(id:known:)`` with the ids there are.
    public func load(id: String) throws -> RoleProfile {
        if !id.contains("/") {
            for ext in ["yaml", "yml", "json"] {
                let path = folder.appendingPathComponent("\(id).\(ext)").path
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let profile = try Self.load(path: path)
                if profile.id.rawValue == id { return profile }
            }
        }
        let all = try loadAll()
        guard let profile = all.first(where: { $0.id.rawValue == id }) else {
            throw ProfileStoreError.unknownProfile(id: id, known: all.map(\.id.rawValue))
        }
        return profile
    }

    /// One profile file, YAML or JSON.
    /// - Parameter limits: The bounds on the file's size and, for YAML, its alias expansion.
    public static func load(path: String, limits: InputLimits = .standard) throws -> RoleProfile {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.yamlBytes {
            throw ProfileStoreError.invalid(path: path, reason: "\(size) bytes is over the yaml-bytes limit of \(limits.yamlBytes) bytes")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw ProfileStoreError.unreadable(path: path) }
        let text = TextDecoding.decode(data).text
        do {
            if (path as NSString).pathExtension.lowercased() == "json" {
                return try JSONDecoder().decode(RoleProfile.self, from: Data(text.utf8))
            }
            guard let node = try BoundedYAML.compose(text, limits: limits) else {
                throw ProfileStoreError.invalid(path: path, reason: "the file is empty")
            }
            return try YAMLDecoder().decode(RoleProfile.self, from: node)
        } catch let error as ProfileStoreError {
            throw error
        } catch let refusal as BoundedYAML.Refusal {
            throw ProfileStoreError.invalid(path: path, reason: refusal.message)
        } catch let error as YamlError {
            throw ProfileStoreError.invalid(path: path, reason: Self.describe(error))
        } catch let error as DecodingError {
            throw ProfileStoreError.invalid(path: path, reason: DecodingErrorText.describe(error))
        } catch {
            throw ProfileStoreError.invalid(path: path, reason: "\(error)")
        }
    }

    private static func describe(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return "line \(mark.line): \(problem)"
        default:
            return "\(error)".split(separator: "\n").first.map(String.init) ?? "not valid YAML"
        }
    }

    /// Writes one file a profile (`<id>.yaml`), each opening with a comment naming the source and any warnings.
    public func write(_ profiles: [RoleProfile], source: String, warnings: [RoleProfileDocumentParser.Warning]) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = YAMLEncoder()
        encoder.options.allowUnicode = true
        encoder.options.width = -1
        encoder.options.sortKeys = false
        for profile in profiles {
            var header = """
                # Role profile '\(profile.title)', generated by `passform profiles import` from \(source).
                # Review and correct it by hand: Passform reads this file, not the source document.
                # Requirements are an AND of items; `anyOf` lists alternatives, each an AND.

                """
            let relevant = warnings.filter { $0.message.contains("'\(profile.title)'") }
            for warning in relevant { header += "# Warning: \(warning)\n" }
            let body = try encoder.encode(profile)
            let url = folder.appendingPathComponent("\(profile.id.rawValue).yaml")
            do {
                try Data((header + body + (body.hasSuffix("\n") ? "" : "\n")).utf8).write(to: url)
            } catch {
                throw ProfileStoreError.unwritable(path: url.path)
            }
        }
    }
}

/// Why the profiles folder or a profile file cannot be used.
public enum ProfileStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The folder does not exist.
    case noFolder(path: String)
    /// A file could not be read.
    case unreadable(path: String)
    /// A file could not be written.
    case unwritable(path: String)
    /// A file is not a valid profile.
    case invalid(path: String, reason: String)
    /// Two files hold the same id.
    case duplicate(id: String, paths: [String])
    /// No profile has the id asked for.
    case unknownProfile(id: String, known: [String])

    public var description: String {
        switch self {
        case .noFolder(let path):
            "\(path): no profiles folder here; pass --profiles DIR or run 'passform profiles import' first"
        case .unreadable(let path): "\(path): cannot be read"
        case .unwritable(let path): "\(path): cannot be written"
        case .invalid(let path, let reason): "\(path): not a valid role profile: \(reason)"
        case .duplicate(let id, let paths): "profile id '\(id)' is used by both \(paths.joined(separator: " and "))"
        case .unknownProfile(let id, let known):
            "no role profile '\(id)'; known ids: \(known.joined(separator: ", "))"
        }
    }
}

/// Decoding errors as one line a person can act on: which field, and what was wrong.
public enum DecodingErrorText {
    public static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.hasPrefix(".") ? String(text.dropFirst()) : text
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = path(context.codingPath)
            return "missing field '\(key.stringValue)'" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let at = path(context.codingPath)
            return (at.isEmpty ? "" : "\(at): ") + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
