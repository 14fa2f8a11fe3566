import Foundation
import PassformCore

/// The file formats a synthetic corpus can be written in.
public enum CorpusFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text, UTF-8 (the odd file with CRLF line endings).
    case txt
    /// JSON Resume.
    case json
    /// Word (OOXML).
    case docx
}

/// A synthetic CV corpus as files: each person's CV in one of the chosen formats, and `truth.jsonl` beside them.
///
/// ```swift
/// let files = CorpusFiles(generator: CorpusGenerator(seed: 42, asOf: asOf), formats: [.txt, .json, .docx])
/// try files.write(count: 10_000, to: "corpus")   // corpus/cv-000000.txt … corpus/truth.jsonl corpus/README.md
/// ```
///
/// Formats go round in the order given (person 0 in the first format, person 1 in the second …), so a corpus
/// with the same seed, count and formats is the same, byte for byte.
public struct CorpusFiles: Sendable {
    /// One CV of the corpus: its file name, bytes and truth.
    public struct Item: Sendable {
        public var file: String
        public var format: CorpusFormat
        public var data: Data
        public var truth: GroundTruth

        public init(file: String, format: CorpusFormat, data: Data, truth: GroundTruth) {
            self.file = file
            self.format = format
            self.data = data
            self.truth = truth
        }
    }

    public let generator: CorpusGenerator
    public let formats: [CorpusFormat]

    /// A corpus of `generator`'s people in `formats` (at least one).
    public init(generator: CorpusGenerator, formats: [CorpusFormat] = [.txt]) {
        self.generator = generator
        self.formats = formats.isEmpty ? [.txt] : formats
    }

    /// The CV at `index`.
    /// - Throws: ``CorpusWriteError`` when a DOCX cannot be built.
    public func item(at index: Int) throws -> Item {
        let person = generator.person(at: index)
        let format = formats[index % formats.count]
        var layout = generator.layout(for: person, index: index)
        let file = person.id + "." + format.rawValue
        let data: Data
        switch format {
        case .txt:
            data = Data(person.text(layout: layout).utf8)
        case .json:
            data = try person.jsonResume()
        case .docx:
            // Word files have styles, not Markdown marks, and no CRLF or trailing-space noise.
            if layout.entry == .markdown { layout.entry = .datesFirst }
            data = try DOCXWriter().document(paragraphs: person.lines(layout: layout), title: person.name, file: file)
        }
        return Item(file: file, format: format, data: data, truth: GroundTruth(person, file: file, format: format.rawValue, asOf: generator.asOf))
    }

    /// Writes `count` CVs, `truth.jsonl` and a `README.md` into `folder`, creating it if needed.
    /// - Returns: The total bytes of the CV files.
    /// - Throws: ``CorpusWriteError``.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        let root = URL(fileURLWithPath: folder, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw CorpusWriteError.folder(path: folder)
        }
        var truth = ""
        var bytes = 0
        for index in 0..<count {
            let item = try item(at: index)
            try Self.write(item.data, to: root.appendingPathComponent(item.file))
            bytes += item.data.count
            truth += try item.truth.jsonLine() + "\n"
        }
        try Self.write(Data(truth.utf8), to: root.appendingPathComponent("truth.jsonl"))
        let readme = """
            # Synthetic CV corpus

            Written by `passform bench generate --count \(count) --seed \(generator.seed) --as-of \(generator.asOf) \
            --formats \(formats.map(\.rawValue).joined(separator: ","))`. Every person is fictional.
            `truth.jsonl` holds one record per CV: the true months per occupation at \(generator.asOf), education,
            systems, languages and licences. (Folder scans skip this README.)

            """
        try Self.write(Data(readme.utf8), to: root.appendingPathComponent("README.md"))
        return bytes
    }

    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url)
        } catch {
            throw CorpusWriteError.file(path: url.path)
        }
    }
}
