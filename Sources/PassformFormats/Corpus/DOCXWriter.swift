import Foundation
import PassformCore
import ZIPFoundation

/// Writes paragraphs of text as a minimal Word document (OOXML in a ZIP), byte for byte the same for the same text.
///
/// The package holds `[Content_Types].xml`, `_rels/.rels`, `word/document.xml` and `word/_rels/document.xml.rels`;
/// every entry carries the same fixed modification time, so a corpus is reproducible. Lines starting with a bullet
/// ("- ", "• ") become list paragraphs; a line with a tab keeps it as `<w:tab/>`.
public struct DOCXWriter: Sendable {
    /// The modification time written for every entry: 2026-01-01T00:00:00Z.
    public static let fixedDate = Date(timeIntervalSince1970: 1_767_225_600)

    public init() {}

    /// The document's bytes.
    /// - Throws: ``CorpusWriteError/archive(file:)`` when the archive cannot be built.
    public func document(paragraphs: [String], title: String, file: String = "document.docx") throws -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in parts(paragraphs: paragraphs, title: title) {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: Self.fixedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CorpusWriteError.archive(file: file) }
            return data
        } catch let error as CorpusWriteError {
            throw error
        } catch {
            throw CorpusWriteError.archive(file: file)
        }
    }

    private func parts(paragraphs: [String], title: String) -> [(String, String)] {
        let contentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/word/document.xml" \
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
            </Types>
            """
        let rels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" \
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
            Target="word/document.xml"/></Relationships>
            """
        let documentRels = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>
            """
        var body = ""
        for paragraph in paragraphs { body += Self.paragraph(paragraph, isTitle: paragraph == title) }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            \(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
            """
        return [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", rels), ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRels),
        ]
    }

    static func paragraph(_ text: String, isTitle: Bool) -> String {
        if text.isEmpty { return "<w:p/>" }
        var line = Substring(text)
        var properties = ""
        for bullet in ["- ", "• ", "* "] where line.hasPrefix(bullet) {
            line = line.dropFirst(bullet.count)
            properties = "<w:pPr><w:pStyle w:val=\"ListBullet\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
        }
        var markdownHeading = 0
        while line.hasPrefix("#") {
            line = line.dropFirst()
            markdownHeading += 1
        }
        if markdownHeading > 0 {
            line = line.drop { $0 == " " }
            properties = "<w:pPr><w:pStyle w:val=\"Heading\(markdownHeading)\"/></w:pPr>"
        } else if isTitle {
            properties = "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>"
        }
        let runs = line.split(separator: "\t", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(escaped($0))</w:t>"
        }.joined(separator: "<w:tab/>")
        return "<w:p>\(properties)<w:r>\(runs)</w:r></w:p>"
    }

    static func escaped(_ text: Substring) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
