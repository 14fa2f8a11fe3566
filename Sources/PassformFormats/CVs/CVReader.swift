import Foundation
import PassformCore
import PassformXML

#if canImport(Glibc)
import Glibc
#endif

/// The formats a CV file can be in.
public enum CVFormat: String, Sendable, Codable, CaseIterable {
    case text
    case markdown
    case docx
    case odt
    case pdf
    case jsonResume = "json-resume"
    case europass = "europass-xml"
    case europassJSON = "europass-json"
}

/// A CV file read into a candidate: what it was read as, and the facts.
public struct CVDocument: Sendable {
    /// The file as the caller named it.
    public var file: String
    public var format: CVFormat
    /// The text encoding, for plain-text and Markdown files.
    public var encoding: TextDecoding.Encoding?
    public var candidate: Candidate
}

/// Reads CV files of any supported format into a ``Candidate``: plain text and Markdown (UTF-8, UTF-8 with BOM,
/// UTF-16, Windows-1252), DOCX, ODT, PDF (through `pdftotext`), JSON Resume, and Europass XML or JSON.
///
/// ```swift
/// let reader = CVReader()
/// let document = try reader.read(path: "Examples/cvs/anna-andersson.txt", asOf: YearMonth(year: 2026, month: 11))
/// document.candidate.experienceMonthsByOccupation(asOf: YearMonth(year: 2026, month: 11))
/// ```
///
/// The format is picked by content first (ZIP, PDF, JSON, XML signatures) and by extension second.
public struct CVReader: Sendable {
    public var textParser: CVTextParser
    public var jsonResumeParser: JSONResumeParser
    public var europassParser: EuropassParser
    /// The bounds on a CV's size, its ZIP container and its XML.
    public var limits = InputLimits.standard
    /// Files larger than this are refused (``InputLimits/cvBytes``, 32 MiB).
    public var maximumSize: Int {
        get { limits.cvBytes }
        set { limits.cvBytes = newValue }
    }

    /// The facts the text and JSON Resume parsers read besides name, contacts, jobs, education and systems; a
    /// screen sets it to what its target asks about (``ScreeningTarget/facets``). Europass CVs are read whole.
    public var facets: CVFacets {
        get { textParser.facets.intersection(jsonResumeParser.facets) }
        set {
            textParser.facets = newValue
            jsonResumeParser.facets = newValue
        }
    }

    /// The extensions a folder scan picks up; files named explicitly are read whatever their extension.
    public static let fileExtensions: Set<String> = ["txt", "text", "md", "markdown", "docx", "odt", "pdf", "json", "xml"]

    public init(vocabulary: Vocabulary = .standard, words: CVVocabulary = .standard) {
        textParser = CVTextParser(vocabulary: vocabulary, words: words)
        jsonResumeParser = JSONResumeParser(vocabulary: vocabulary, words: words)
        europassParser = EuropassParser(vocabulary: vocabulary, words: words)
    }

    /// Reads the CV at `path`.
    /// - Parameters:
    ///   - path: The file; it is also the name errors and reports show.
    ///   - asOf: The month "present" means.
    /// - Throws: ``CVReadError`` for a file that cannot be read or unpacked, ``CVParseError`` for text that is not a CV.
    public func read(path: String, asOf: YearMonth) throws -> CVDocument {
        return try read(Self.contents(ofFileAt: path, limit: maximumSize), file: path, asOf: asOf, path: path)
    }

    /// The bytes of the file at `path`: one open, one `fstat` for its kind and size, then reads into one buffer.
    static func contents(ofFileAt path: String, limit: Int) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            var info = stat()
            throw stat(path, &info) == 0 ? CVReadError.unreadable(file: path) : CVReadError.notFound(file: path)
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw CVReadError.unreadable(file: path) }
        if info.st_mode & S_IFMT == S_IFDIR { throw CVReadError.isDirectory(file: path) }
        let size = Int(info.st_size)
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if size > limit { throw CVReadError.tooLarge(file: path, bytes: size, limit: limit) }
        // The size is a hint (a file may grow or be a pipe): read until the end, within the limit.
        var data = Data(count: max(size, 0) + 1)
        var filled = 0
        while true {
            if filled == data.count {
                if filled > limit { throw CVReadError.tooLarge(file: path, bytes: filled, limit: limit) }
                data.count = data.count * 2
            }
            let got = data.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw CVReadError.unreadable(file: path)
            }
            if got == 0 { break }
            filled += got
            // A regular file returns less than asked for only at its end: no second read to hear that.
            if isRegular && filled < data.count { break }
        }
        if filled > limit { throw CVReadError.tooLarge(file: path, bytes: filled, limit: limit) }
        data.count = filled
        return data
    }

    /// Reads a CV from its bytes.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - file: The name to pick the format by and to show in errors.
    ///   - asOf: The month "present" means.
    ///   - path: Where the bytes are on disk, if they are (saves a temporary copy for PDF).
    /// - Throws: ``CVReadError`` or ``CVParseError``.
    public func read(_ data: Data, file: String, asOf: YearMonth, path: String? = nil) throws -> CVDocument {
        if data.count > maximumSize { throw CVReadError.tooLarge(file: file, bytes: data.count, limit: maximumSize) }
        if data.isEmpty { throw CVParseError(file: file, reason: .empty) }
        let (format, opened) = try sniff(data, file: file)
        switch format {
        case .docx:
            let archive = try opened ?? SafeArchive(data: data, file: file, limits: limits)
            guard let xml = try archive.data(at: "word/document.xml") else {
                throw CVReadError.missingPart(file: file, part: "word/document.xml")
            }
            let text = try markup(file: file) { try OfficeText.docx(xml, parser: $0) }
            return CVDocument(file: file, format: format, candidate: try textParser.parse(text, asOf: asOf, file: file))
        case .odt:
            let archive = try opened ?? SafeArchive(data: data, file: file, limits: limits)
            guard let xml = try archive.data(at: "content.xml") else {
                throw CVReadError.missingPart(file: file, part: "content.xml")
            }
            let text = try markup(file: file) { try $0.withXML(xml, OfficeText.odt) }
            return CVDocument(file: file, format: format, candidate: try textParser.parse(text, asOf: asOf, file: file))
        case .pdf:
            let raw = try path.map { try PDFText.text(ofFileAt: $0, file: file) } ?? PDFText.text(of: data, file: file)
            let text = raw.precomposedStringWithCanonicalMapping
            return CVDocument(file: file, format: format, candidate: try textParser.parse(text, asOf: asOf, file: file))
        case .europass:
            let root = try parseXML(data, file: file)
            guard let candidate = europassParser.parse(root, asOf: asOf) else { throw CVReadError.notEuropass(file: file) }
            return CVDocument(file: file, format: format, candidate: candidate)
        case .europassJSON:
            let (text, encoding) = TextDecoding.decode(data)
            guard let candidate = europassParser.parse(json: text, asOf: asOf) else {
                throw CVParseError(file: file, reason: .invalidJSON(detail: JSONResumeParser.problem(in: text)))
            }
            return CVDocument(file: file, format: format, encoding: encoding, candidate: candidate)
        case .jsonResume:
            let (text, encoding) = TextDecoding.decode(data)
            return CVDocument(
                file: file, format: format, encoding: encoding,
                candidate: try jsonResumeParser.parse(text, asOf: asOf, file: file))
        case .text, .markdown:
            let (text, encoding) = TextDecoding.decode(data)
            if Self.looksBinary(text) { throw CVReadError.notText(file: file) }
            return CVDocument(
                file: file, format: format, encoding: encoding, candidate: try textParser.parse(text, asOf: asOf, file: file))
        }
    }

    /// The format of a file, by its first bytes and then its extension.
    /// - Throws: ``CVReadError/unsupported(file:what:)`` for formats Passform does not read.
    public func format(of data: Data, file: String) throws -> CVFormat {
        try sniff(data, file: file).format
    }

    /// ``format(of:file:)``, with the container it opened to tell DOCX from ODT, so that it is opened once.
    private func sniff(_ data: Data, file: String) throws -> (format: CVFormat, archive: SafeArchive?) {
        let ext = PathNames.lowercasedExtension(file)
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            if ext == "odt" { return (.odt, nil) }
            if ext == "docx" { return (.docx, nil) }
            let archive = try SafeArchive(data: data, file: file, limits: limits)
            if archive.contains("word/document.xml") { return (.docx, archive) }
            if archive.contains("content.xml") { return (.odt, archive) }
            throw CVReadError.unsupported(file: file, what: "a ZIP archive that is neither DOCX nor ODT")
        }
        if head.starts(with: Array("%PDF".utf8)) { return (.pdf, nil) }
        if ext == "pdf" { throw CVReadError.pdfUnreadable(file: file, reason: "the file does not start like a PDF") }
        if ext == "docx" || ext == "odt" { throw CVReadError.damagedArchive(file: file) }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw CVReadError.unsupported(file: file, what: "a Word 97–2003 .doc file")
        }
        if head.starts(with: Array("{\\rtf".utf8)) { throw CVReadError.unsupported(file: file, what: "an RTF file") }
        let start = Self.firstCharacter(data)
        if start == "{" || ext == "json" {
            return (Self.contains(data, "\"SkillsPassport\"") ? .europassJSON : .jsonResume, nil)
        }
        if start == "<" || ext == "xml" {
            let isEuropass = Self.contains(data, "SkillsPassport") || Self.contains(data, "learnerinfo")
                || Self.contains(data, "europass")
            if isEuropass { return (.europass, nil) }
            if ext == "xml" || Self.contains(data, "<?xml") { throw CVReadError.notEuropass(file: file) }
            if Self.contains(data, "<html") || Self.contains(data, "<HTML") {
                throw CVReadError.unsupported(file: file, what: "an HTML page")
            }
        }
        return (ext == "md" || ext == "markdown" ? .markdown : .text, nil)
    }

    private func parseXML(_ data: Data, file: String) throws -> MarkupNode {
        try markup(file: file) { try $0.parseXML(data) }
    }

    /// Runs `read` with the parser of this reader's limits, its ``MarkupError``s as the reader's errors.
    private func markup<T>(file: String, _ read: (MarkupParser) throws -> T) throws -> T {
        do {
            return try read(MarkupParser(maximumDepth: limits.markupDepth, maximumSize: limits.cvBytes))
        } catch let error as MarkupError {
            throw Self.failure(error, file: file)
        }
    }

    private static func failure(_ error: MarkupError, file: String) -> any Error {
        switch error {
        case .malformed(let line, let reason): CVReadError.invalidXML(file: file, line: line, reason: reason)
        case .empty: CVParseError(file: file, reason: .empty)
        default: CVReadError.unsafeArchive(file: file, reason: error.description)
        }
    }

    /// The first non-space character, after any byte-order mark.
    static func firstCharacter(_ data: Data) -> Character? {
        // Plain ASCII up to the character: it is the byte itself (UTF-8 and Windows-1252 agree there).
        let ascii: UInt8? = data.withUnsafeBytes { raw in
            let head = UnsafeRawBufferPointer(rebasing: raw.prefix(64))
            let count = head.count
            if head.contains(0) || count >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
                return nil
            }
            var i = count >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF ? 3 : 0
            while i < count, head[i] == 32 || (9...13).contains(head[i]) { i += 1 }
            guard i < count, head[i] < 0x80, i + 1 == count || head[i + 1] < 0x80 else { return nil }
            return head[i]
        }
        if let ascii { return Character(Unicode.Scalar(ascii)) }
        let sample = TextDecoding.decode(data.prefix(64)).text
        return sample.first { !$0.isWhitespace && $0 != "\u{FEFF}" }
    }

    /// True when `text`'s bytes are in the first 4 KiB of `data`.
    static func contains(_ data: Data, _ text: String) -> Bool {
        CVText.withUTF8(text) { pattern in
            data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                return CVText.firstRange(of: pattern, in: UnsafeBufferPointer(rebasing: bytes.prefix(4096))) != nil
            }
        }
    }

    /// True when decoded text is mostly control characters: a binary file, not a CV.
    static func looksBinary(_ text: String) -> Bool {
        var controls = 0
        var total = 0
        // On the bytes: a scalar starts at every byte that is not a continuation byte (10xxxxxx).
        let counted: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // No control character at all (the usual case): nothing to count.
            guard bytes.contains(where: { $0 < 32 && $0 != 10 && $0 != 9 && $0 != 13 && $0 != 12 }) else { return }
            for byte in bytes where byte & 0xC0 != 0x80 {
                if total == 4096 { break }
                total += 1
                if byte < 32, byte != 10, byte != 9, byte != 13, byte != 12 { controls += 1 }
            }
        }
        if counted != nil { return total > 0 && controls * 10 > total }
        for scalar in text.unicodeScalars.prefix(4096) {
            total += 1
            if scalar.value < 32, scalar != "\n", scalar != "\t", scalar != "\r", scalar != "\u{0C}" { controls += 1 }
        }
        return total > 0 && controls * 10 > total
    }
}
