import Foundation
import PassformCore
import PassformFormats
import Testing

struct CorpusFilesTests {
    let asOf = YearMonth(year: 2026, month: 11)

    @Test func sameSeedWritesTheSameBytesInEveryFormat() throws {
        let a = CorpusFiles(generator: CorpusGenerator(seed: 8, asOf: asOf), formats: [.txt, .json, .docx])
        let b = CorpusFiles(generator: CorpusGenerator(seed: 8, asOf: asOf), formats: [.txt, .json, .docx])
        for index in 0..<9 {
            let x = try a.item(at: index)
            let y = try b.item(at: index)
            #expect(x.file == y.file)
            #expect(x.data == y.data)
            #expect(x.format == [CorpusFormat.txt, .json, .docx][index % 3])
        }
    }

    @Test func docxReadsAsTheSameFactsAsItsText() throws {
        let generator = CorpusGenerator(seed: 21, asOf: asOf)
        let files = CorpusFiles(generator: generator, formats: [.docx])
        let reader = CVReader()
        var accuracy = CorpusAccuracy()
        for index in 0..<40 {
            let item = try files.item(at: index)
            #expect(item.data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let document = try reader.read(item.data, file: item.file, asOf: asOf)
            #expect(document.format == .docx)
            #expect(document.candidate.name == generator.person(at: index).name)
            accuracy.add(parsed: document.candidate, truth: item.truth)
        }
        #expect(accuracy.monthsRate >= 0.98, "DOCX months exact on \(accuracy.monthsExact) of 40: \(accuracy.monthMismatches)")
        #expect(accuracy.systemsRate >= 0.98)
        #expect(accuracy.languagesRate >= 0.98 && accuracy.licencesRate >= 0.98)
    }

    @Test func writesAFolderWithTruth() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = CorpusFiles(generator: CorpusGenerator(seed: 2, asOf: asOf), formats: [.txt, .json])
        try files.write(count: 5, to: folder.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["README.md", "cv-000000.txt", "cv-000001.json", "cv-000002.txt", "cv-000003.json", "cv-000004.txt", "truth.jsonl"])
        let truth = try GroundTruth.records(inJSONLines: String(contentsOf: folder.appendingPathComponent("truth.jsonl"), encoding: .utf8))
        #expect(truth.map(\.file) == Array(names.dropFirst().dropLast()))
        #expect(throws: CorpusWriteError.self) { try files.write(count: 1, to: "/proc/passform-cannot-write-here") }
    }
}
