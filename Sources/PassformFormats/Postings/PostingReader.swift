import Foundation
import PassformCore
import PassformXML

/// Reads a job posting file, whatever its format: plain text or Markdown (any encoding, with an optional
/// `key: value` header), an HTML page (its schema.org `JobPosting` JSON-LD when it has one, else its visible
/// text), or a JSON-LD file.
///
/// ```swift
/// let posting = try PostingReader().read(path: "Postings/regnskapskonsulent-oslo.txt")
/// ```
public struct PostingReader: Sendable {
    /// The formats a posting file can have.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, html, jsonLD = "json-ld"
    }

    /// Files larger than this are refused by default (16 MiB); see ``InputLimits/postingBytes``.
    public static let maximumSize = InputLimits.standard.postingBytes

    /// Reads the ad's text once the format is unwrapped.
    public var parser: JobPostingParser
    /// Reads HTML pages and HTML inside JSON-LD, safely.
    public var markup: MarkupParser
    /// The bound on a posting file's size (``InputLimits/postingBytes``).
    public var limits = InputLimits.standard
    /// The bound on the length of a line of the ad's text, after any HTML is turned into lines.
    public var textLimits = TextLimits.standard

    /// A reader with the shipped parser.
    public init(parser: JobPostingParser = JobPostingParser(), markup: MarkupParser = MarkupParser()) {
        self.parser = parser
        self.markup = markup
    }

    /// The posting in the file at `path`.
    /// - Throws: ``PostingReaderError`` naming the file: missing, a folder, unreadable, too large, empty,
    ///   invalid JSON, JSON-LD without a `JobPosting`, or an HTML page libxml2 refuses.
    public func read(path: String) throws -> JobPosting {
        try read(try data(path: path), path: path)
    }

    private func data(path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PostingReaderError.notFound(path: path)
        }
        if isDirectory.boolValue { throw PostingReaderError.isDirectory(path: path) }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limits.postingBytes {
            throw PostingReaderError.tooLarge(path: path, bytes: size, limit: limits.postingBytes)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw PostingReaderError.unreadable(path: path) }
        return data
    }

    /// The posting in `data`, read as the format its content and `path`'s extension say.
    /// - Throws: ``PostingReaderError`` naming `path`.
    public func read(_ data: Data, path: String) throws -> JobPosting {
        let (body, hints) = try document(data, path: path)
        if let long = textLimits.firstLongLine(in: body) {
            throw PostingReaderError.lineTooLong(path: path, line: long.line, bytes: long.bytes, limit: textLimits.lineBytes)
        }
        return parser.parse(body, hints: hints)
    }

    /// The sections and items the parser finds in the file at `path`, for a person checking the section cues.
    /// - Throws: ``PostingReaderError`` as ``read(path:)``.
    public func sections(path: String) throws -> [PostingSection] {
        let (body, hints) = try document(try data(path: path), path: path)
        return parser.sections(of: body) + hints.sections
    }

    /// The ad's text and the facts its format states outside the text.
    func document(_ data: Data, path: String) throws -> (String, JobPostingParser.Hints) {
        if data.count > limits.postingBytes {
            throw PostingReaderError.tooLarge(path: path, bytes: data.count, limit: limits.postingBytes)
        }
        let text = TextDecoding.decode(data).text
        guard text.contains(where: { $0.isLetter }) else { throw PostingReaderError.empty(path: path) }
        switch Self.format(of: text, path: path) {
        case .jsonLD: return try readJSONLD(text, path: path)
        case .html: return try readHTML(text, path: path)
        case .text, .markdown: return readText(text)
        }
    }

    /// The format of a posting: by its first characters, then by its extension.
    public static func format(of text: String, path: String) -> Format {
        let head = text.prefix(2048).drop { $0.isWhitespace || $0 == "\u{FEFF}" }.lowercased()
        let ext = (path as NSString).pathExtension.lowercased()
        if head.hasPrefix("{") || head.hasPrefix("[") || ["jsonld", "json"].contains(ext) { return .jsonLD }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || ["html", "htm", "xhtml"].contains(ext)
            || (head.hasPrefix("<") && head.contains("<body"))
        {
            return .html
        }
        return ["md", "markdown"].contains(ext) ? .markdown : .text
    }

    // MARK: - Formats

    private func readText(_ text: String) -> (String, JobPostingParser.Hints) {
        let header = PostingHeader(text)
        var body = header.body
        // A text export whose body is HTML ("<p>…</p><ul><li>…").
        if Self.looksLikeMarkup(body) { body = JSONLDPosting.plainText(fromHTML: body, parser: markup) }
        return (body, header.hints)
    }

    private func readHTML(_ text: String, path: String) throws -> (String, JobPostingParser.Hints) {
        let root: MarkupNode
        do {
            root = try markup.parseHTML(Data(text.utf8))
        } catch {
            throw PostingReaderError.invalidMarkup(path: path, reason: "\(error)")
        }
        for script in root.descendants("script") where (script.attributes["type"] ?? "").lowercased().contains("ld+json") {
            guard let json = try? JSONSerialization.jsonObject(with: Data(script.textContent.utf8), options: [.fragmentsAllowed]),
                let object = JSONLDPosting.find(in: json)
            else { continue }
            let posting = JSONLDPosting(object, parser: markup)
            let body = posting.text.isEmpty ? HTMLText.text(of: HTMLText.first("body", in: root) ?? root) : posting.text
            return (body, posting.hints)
        }
        let body = HTMLText.first("body", in: root) ?? root
        var hints = JobPostingParser.Hints()
        if HTMLText.first("h1", in: body) == nil, let title = HTMLText.first("title", in: root)?.textContent {
            hints.title = title.components(separatedBy: " | ").first?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let lang = HTMLText.first("html", in: root)?.attributes["lang"], !lang.isEmpty { hints.language = lang }
        return (HTMLText.text(of: body), hints)
    }

    private func readJSONLD(_ text: String, path: String) throws -> (String, JobPostingParser.Hints) {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw PostingReaderError.invalidJSON(path: path, reason: Self.jsonReason(error, text: text))
        }
        guard let object = JSONLDPosting.find(in: json) else {
            throw PostingReaderError.noJobPosting(path: path, found: JSONLDPosting.allTypes(in: json))
        }
        let posting = JSONLDPosting(object, parser: markup)
        return (posting.text, posting.hints)
    }

    static func looksLikeMarkup(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["<p>", "<p ", "<li>", "<br", "<div", "</p>", "</li>", "<ul>", "<paragraph>"].contains { lower.contains($0) }
    }

    /// Foundation's JSON error as a short reason with a line number when it gives a character index.
    static func jsonReason(_ error: any Error, text: String) -> String {
        let info = (error as NSError).userInfo
        if let index = info["NSJSONSerializationErrorIndex"] as? Int {
            let prefix = text.utf8.prefix(index)
            let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
            return "line \(line)"
        }
        let debug = (info[NSDebugDescriptionErrorKey] as? String) ?? "unexpected content"
        return debug.split(separator: "\n").first.map(String.init) ?? debug
    }
}
