/// A CV whose text cannot be read into a candidate; one line for a person, naming the file.
public struct CVParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Why the CV could not be read.
    public enum Reason: Sendable, Equatable {
        /// The document has no text at all.
        case empty
        /// The text has none of a CV's sections (work experience, education, skills …).
        case notACV
        /// A JSON document is not well-formed; `detail` says where.
        case invalidJSON(detail: String)
        /// A JSON document is well-formed but is neither a JSON Resume nor a Europass CV.
        case unknownJSON
        /// A line is longer than ``TextLimits/lineBytes``.
        case lineTooLong(line: Int, bytes: Int, limit: Int)
    }

    /// The display path of the file, if known.
    public var file: String?
    public var reason: Reason

    public init(file: String? = nil, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        let place = file.map { "\($0): " } ?? ""
        switch reason {
        case .empty:
            return place + "the CV is empty (no text found)"
        case .notACV:
            return place
                + "no CV sections found (expected headings such as 'Arbetslivserfarenhet', 'Utbildning', 'Work experience'); is this a CV?"
        case .invalidJSON(let detail):
            return place + "not valid JSON (\(detail))"
        case .unknownJSON:
            return place + "JSON that is neither a JSON Resume (basics/work/education) nor a Europass CV (SkillsPassport)"
        case .lineTooLong(let line, let bytes, let limit):
            return place + "line \(line) is \(bytes) bytes long, over the line-bytes limit of \(limit) for one line; is this a CV?"
        }
    }
}
