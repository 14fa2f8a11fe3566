/// Every bound the formats layer puts on input from outside, in one place: file sizes, XML nesting, ZIP
/// containers and YAML alias expansion. Past a bound, reading stops with the reader's own one-line error.
///
/// ```swift
/// var reader = CVReader()
/// reader.limits.cvBytes = 8 << 20          // refuse CVs over 8 MiB
/// reader.limits.archiveRatio = 100          // and DOCX/ODT parts compressed more than 100 : 1
/// ```
public struct InputLimits: Sendable, Hashable {
    /// The largest CV file, in bytes (32 MiB).
    public var cvBytes = 32 << 20
    /// The largest job ad file, in bytes (16 MiB).
    public var postingBytes = 16 << 20
    /// The largest YAML file (plan, call-off, role profile), in bytes (4 MiB).
    public var yamlBytes = 4 << 20
    /// The most YAML nodes a file may hold with every alias expanded where it is used (a "YAML bomb" defines a
    /// few anchors that expand to billions of nodes); 100 000 is far beyond any real plan or call-off.
    public var yamlNodes = 100_000
    /// The deepest element nesting in XML and HTML.
    public var markupDepth = 256
    /// The most a DOCX or ODT container may unpack to, all parts together, in bytes (64 MiB).
    public var archiveTotalBytes: UInt64 = 64 << 20
    /// The most one part of a container may unpack to, in bytes (32 MiB).
    public var archivePartBytes: UInt64 = 32 << 20
    /// The most parts a container may hold.
    public var archiveParts = 2_000
    /// The highest compression ratio of a part over 1 MiB.
    public var archiveRatio: UInt64 = 200

    /// The shipped limits.
    public init() {}

    /// The shipped limits.
    public static let standard = InputLimits()
}
