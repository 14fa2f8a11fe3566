/// Why a job posting file cannot be read; one line naming the file and what a person can do.
public enum PostingReaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case notFound(path: String)
    /// The path is a folder.
    case isDirectory(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// The file is larger than Passform accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file has no text in it.
    case empty(path: String)
    /// A JSON or JSON-LD file that is not valid JSON.
    case invalidJSON(path: String, reason: String)
    /// A JSON-LD file without a schema.org `JobPosting`.
    case noJobPosting(path: String, found: [String])
    /// An HTML page libxml2 refused.
    case invalidMarkup(path: String, reason: String)
    /// A line of the ad's text is longer than ``TextLimits/lineBytes``.
    case lineTooLong(path: String, line: Int, bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .isDirectory(let path): "\(path): is a folder, expected a job posting file"
        case .unreadable(let path): "\(path): cannot be read (check its permissions)"
        case .tooLarge(let path, let bytes, let limit): "\(path): \(bytes) bytes is over the posting-bytes limit of \(limit) bytes for a job posting"
        case .empty(let path): "\(path): the file has no text; expected a job ad as text, Markdown, HTML or JSON-LD"
        case .invalidJSON(let path, let reason): "\(path): not valid JSON (\(reason)); fix the file or save the ad as text"
        case .noJobPosting(let path, let found):
            "\(path): no schema.org JobPosting in the JSON-LD"
                + (found.isEmpty ? "" : " (found \(found.joined(separator: ", ")))")
                + "; expected an object with \"@type\": \"JobPosting\""
        case .invalidMarkup(let path, let reason): "\(path): cannot read the HTML page (\(reason))"
        case .lineTooLong(let path, let line, let bytes, let limit):
            "\(path): line \(line) of the ad's text is \(bytes) bytes long, over the line-bytes limit of \(limit) for one line"
        }
    }
}
