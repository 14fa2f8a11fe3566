import Foundation
import PassformCore

/// The input bounds as a person sets them: `cv-bytes=48M`, `line-bytes=50000`, one per `--limit` or comma-separated
/// in `$PASSFORM_LIMITS`. Holds the formats layer's ``InputLimits`` and the text parsers' ``TextLimits`` together,
/// so one setting reaches every reader.
///
/// ```swift
/// var settings = InputLimitSettings()
/// try settings.apply("cv-bytes=48M, markup-depth=512")
/// var reader = CVReader()
/// settings.configure(&reader)
/// ```
public struct InputLimitSettings: Sendable, Hashable {
    public var input = InputLimits.standard
    public var text = TextLimits.standard

    public init() {}

    /// Every limit's name, its unit, and what it bounds (for `--help` and errors).
    public static var names: [(name: String, unit: Unit, meaning: String)] { limits.map { ($0.name, $0.unit, $0.meaning) } }

    /// A limit a person can set, and where its value goes.
    private struct Limit: Sendable {
        var name: String
        var unit: Unit
        var meaning: String
        var apply: @Sendable (inout InputLimitSettings, Int) -> Void
    }

    private static let limits: [Limit] = [
        Limit(name: "cv-bytes", unit: .bytes, meaning: "the largest CV file") { $0.input.cvBytes = $1 },
        Limit(name: "posting-bytes", unit: .bytes, meaning: "the largest job ad file") { $0.input.postingBytes = $1 },
        Limit(name: "yaml-bytes", unit: .bytes, meaning: "the largest plan or call-off file") { $0.input.yamlBytes = $1 },
        Limit(name: "yaml-nodes", unit: .count, meaning: "YAML nodes with every alias expanded") { $0.input.yamlNodes = $1 },
        Limit(name: "markup-depth", unit: .count, meaning: "element nesting in XML and HTML") { $0.input.markupDepth = $1 },
        Limit(name: "archive-bytes", unit: .bytes, meaning: "what a DOCX or ODT may unpack to in all") {
            $0.input.archiveTotalBytes = UInt64($1)
        },
        Limit(name: "archive-part-bytes", unit: .bytes, meaning: "what one part of a DOCX or ODT may unpack to") {
            $0.input.archivePartBytes = UInt64($1)
        },
        Limit(name: "archive-parts", unit: .count, meaning: "parts in a DOCX or ODT") { $0.input.archiveParts = $1 },
        Limit(name: "archive-ratio", unit: .count, meaning: "compression ratio of a part over 1 MiB") {
            $0.input.archiveRatio = UInt64($1)
        },
        Limit(name: "line-bytes", unit: .bytes, meaning: "the longest line of a CV or ad") { $0.text.lineBytes = $1 },
    ]

    /// How a limit's value is written.
    public enum Unit: Sendable, Hashable {
        /// A size: a whole number, optionally with K, M or G (binary: 1K = 1024).
        case bytes
        /// A whole number.
        case count
    }

    /// Applies settings such as `"cv-bytes=48M, markup-depth=512"` (comma- or space-separated); an empty text
    /// changes nothing.
    public mutating func apply(_ settings: String) throws(InputLimitSettingsError) {
        for item in settings.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\n" }) {
            try set(String(item))
        }
    }

    /// Sets one limit from `name=value`.
    public mutating func set(_ assignment: String) throws(InputLimitSettingsError) {
        let parts = assignment.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
        guard parts.count == 2 else { throw .notAnAssignment(assignment) }
        guard let limit = Self.limits.first(where: { $0.name == name }) else { throw .unknownLimit(name) }
        let written = parts[1].trimmingCharacters(in: .whitespaces)
        guard let value = Self.value(written, unit: limit.unit), value > 0 else {
            throw .badValue(limit: name, value: written, unit: limit.unit)
        }
        limit.apply(&self, value)
    }

    private static func value(_ text: String, unit: Unit) -> Int? {
        var digits = Substring(text)
        var scale = 1
        if unit == .bytes, let last = digits.last?.uppercased() {
            let scales = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
            if let found = scales[last] {
                scale = found
                digits = digits.dropLast()
            }
        }
        guard let number = Int(digits) else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: scale)
        return overflow ? nil : product
    }

    /// Gives a CV reader these limits (its container, XML and size bounds, and its text parser's line bound).
    public func configure(_ reader: inout CVReader) {
        reader.limits = input
        reader.textParser.limits = text
    }

    /// A CV reader with these limits.
    public var cvReader: CVReader {
        var reader = CVReader()
        configure(&reader)
        return reader
    }

    /// A job ad reader with these limits.
    public var postingReader: PostingReader {
        var reader = PostingReader()
        reader.limits = input
        reader.textLimits = text
        return reader
    }
}

/// A limit setting that cannot be applied.
public enum InputLimitSettingsError: Error, CustomStringConvertible, Equatable {
    case notAnAssignment(String)
    case unknownLimit(String)
    case badValue(limit: String, value: String, unit: InputLimitSettings.Unit)

    public var description: String {
        switch self {
        case .notAnAssignment(let text):
            "limit '\(text)' is not of the form name=value, such as cv-bytes=48M"
        case .unknownLimit(let name):
            "there is no limit called '\(name)'; the limits are \(InputLimitSettings.names.map(\.name).joined(separator: ", "))"
        case .badValue(let limit, let value, let unit):
            "limit \(limit) needs a positive whole number\(unit == .bytes ? " (K, M or G allowed, as 48M)" : ""), got '\(value)'"
        }
    }
}
