/// A CV file that cannot be read; one line for a person, naming the file and what to do.
public enum CVReadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file does not exist.
    case notFound(file: String)
    /// The path is a folder.
    case isDirectory(file: String)
    /// The file exists but cannot be read.
    case unreadable(file: String)
    /// The file is larger than the limit.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The file is in a format Passform does not read (`what` names it, e.g. "a Word 97–2003 .doc file").
    case unsupported(file: String, what: String)
    /// A DOCX or ODT file whose ZIP container is damaged or truncated.
    case damagedArchive(file: String)
    /// A DOCX or ODT file that lacks the part holding its text (`word/document.xml`, `content.xml`).
    case missingPart(file: String, part: String)
    /// A ZIP container that would unpack to more than the limits allow (a "zip bomb"), or holds another archive.
    case unsafeArchive(file: String, reason: String)
    /// `pdftotext` (poppler-utils) is not installed.
    case pdftotextMissing(file: String)
    /// `pdftotext` failed on the file.
    case pdfUnreadable(file: String, reason: String)
    /// The PDF has no text layer (a scan or an image).
    case pdfWithoutText(file: String)
    /// An XML file that is not well-formed; `line` is where libxml2 stopped.
    case invalidXML(file: String, line: Int, reason: String)
    /// A well-formed XML file that is not a Europass CV.
    case notEuropass(file: String)
    /// Binary content that is not text in any encoding Passform knows.
    case notText(file: String)

    public var description: String {
        switch self {
        case .notFound(let file): "\(file): no such file"
        case .isDirectory(let file): "\(file): is a folder, expected a CV file"
        case .unreadable(let file): "\(file): cannot be read (check its permissions)"
        case .tooLarge(let file, let bytes, let limit): "\(file): \(bytes) bytes is over the cv-bytes limit of \(limit) bytes for a CV"
        case .unsupported(let file, let what): "\(file): \(what) is not supported; save the CV as .docx, .odt, .pdf or .txt"
        case .damagedArchive(let file): "\(file): the document is damaged or truncated (its ZIP container cannot be opened); ask for a new copy"
        case .missingPart(let file, let part): "\(file): the document has no \(part); is it really this format?"
        case .unsafeArchive(let file, let reason): "\(file): refused for safety: \(reason)"
        case .pdftotextMissing(let file): "\(file): reading PDF needs pdftotext; install poppler-utils (apt-get install poppler-utils)"
        case .pdfUnreadable(let file, let reason): "\(file): pdftotext could not read the PDF (\(reason))"
        case .pdfWithoutText(let file): "\(file): the PDF has no text layer (a scanned image?); ask for a text PDF or a Word file"
        case .invalidXML(let file, let line, let reason): "\(file):\(line): not well-formed XML (\(reason))"
        case .notEuropass(let file): "\(file): XML that is not a Europass CV (expected SkillsPassport or learnerinfo)"
        case .notText(let file): "\(file): binary content that is not a text, Word, ODT, PDF, JSON or XML CV"
        }
    }
}
