/// A file the user named cannot be read or written; one line, naming the file.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String)
    /// The path is a folder where a file was expected.
    case isDirectory(path: String)
    /// The file could not be written.
    case unwritable(path: String)
    /// The file is larger than Passform accepts.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The file was read but its content is wrong; `reason` says how.
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .unreadable(let path): "\(path): cannot be read (check its permissions)"
        case .isDirectory(let path): "\(path): is a folder, expected a file"
        case .unwritable(let path): "\(path): cannot be written (check the folder exists and is writable)"
        case .tooLarge(let path, let bytes, let limit): "\(path): \(bytes) bytes is over the limit of \(limit) bytes"
        case .invalid(let path, let reason): "\(path): \(reason)"
        }
    }
}
