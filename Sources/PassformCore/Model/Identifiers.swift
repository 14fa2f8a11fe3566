/// A string-backed identifier that encodes as a plain JSON string and sorts by its text.
public protocol StringIdentifier: RawRepresentable<String>, Hashable, Sendable, Codable, Comparable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    init(rawValue: String)
}

extension StringIdentifier {
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The id of an occupation in the vocabulary, such as `ekonomiassistent` or `vaxeltelefonist`.
public struct OccupationID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A category of systems, such as `ekonomisystem` or `lonesystem`; the vocabulary lists the known ones.
public struct SystemCategory: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Office suites (MS Office, Google Workspace, LibreOffice); checked by `office` requirements.
    public static let office: SystemCategory = "office"
}

/// The id of a role profile, such as `ekonomiassistent-2`.
public struct ProfileID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// An education field, such as `ekonomi`, `juridik` or `media-och-kommunikation`.
public struct EducationField: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// "Inom aktuellt område": the field of the assignment, which only a person can name.
    public static let relevant: EducationField = "aktuellt-omrade"
}
