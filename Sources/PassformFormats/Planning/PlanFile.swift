import Foundation
import PassformCore
import Yams

/// Reads a YAML plan file into a ``StaffingPlan``, with errors that name the file, line and field.
///
/// The file is composed into Yams nodes (not decoded with `Codable`) so that every value keeps its line:
/// a typo in a key, a negative volume or a channel that does not exist is reported where it is written.
///
/// ```swift
/// let document = try PlanFile.parse(text, file: "Examples/plans/stad-ekonomiservice.yaml")
/// let report = try StaffingPlanner().plan(document.plan)
/// ```
public enum PlanFile {
    /// A parsed plan, with where its role references are written so they can be checked against the
    /// role profiles.
    public struct Document: Sendable {
        /// The plan.
        public var plan: StaffingPlan
        /// Each role named in the file, with its place.
        public var roleReferences: [RoleReference]

        /// Checks every role against the ids of the role profiles there are.
        /// - Throws: ``PlanFileError`` at the first role that names no profile, with the closest id.
        public func checkRoles(known: [ProfileID]) throws {
            let ids = Set(known)
            for reference in roleReferences where !ids.contains(reference.role) {
                var message = "no role profile '\(reference.role)'"
                if let close = Suggestion.closest(to: reference.role.rawValue, in: known.map(\.rawValue)) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += " (see 'passform profiles list')"
                }
                throw PlanFileError(
                    file: reference.file, line: reference.line, column: reference.column, field: reference.field,
                    message: message)
            }
        }
    }

    /// A role profile id written in a plan file, and where.
    public struct RoleReference: Sendable, Hashable {
        /// The id as written.
        public var role: ProfileID
        /// The file.
        public var file: String
        /// The line, from 1.
        public var line: Int
        /// The column, from 1.
        public var column: Int
        /// The field, such as `processes.kundreskontra.role`.
        public var field: String
    }

    /// Parses the text of a plan file.
    /// - Parameters:
    ///   - text: The YAML text.
    ///   - file: The path to name in errors.
    ///   - limits: The bounds on the file's size and alias expansion.
    /// - Throws: ``PlanFileError``.
    public static func parse(_ text: String, file: String, limits: InputLimits = .standard) throws -> Document {
        let root: Node?
        do {
            root = try BoundedYAML.compose(text, limits: limits)
        } catch let error as YamlError {
            throw PlanFileReader.yamlError(error, file: file)
        } catch let refusal as BoundedYAML.Refusal {
            throw PlanFileError(file: file, line: 0, column: 0, field: "", message: refusal.message)
        }
        guard let root else {
            throw PlanFileError(file: file, line: 0, column: 0, field: "", message: "the file is empty; see Examples/plans/")
        }
        var reader = PlanFileReader(file: file)
        let plan = try reader.plan(root)
        return Document(plan: plan, roleReferences: reader.roleReferences)
    }
}

/// The closest known word to a misspelt one, for "did you mean" hints.
enum Suggestion {
    /// The known word with the smallest edit distance, if it is within a third of the word's length (at least 2).
    static func closest(to word: String, in known: [String]) -> String? {
        let limit = max(2, word.count / 3)
        let scored = known.map { ($0, distance(word.lowercased(), $0.lowercased())) }.filter { $0.1 <= limit }
        return scored.min { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }?.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
