import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

struct CVReaderTests {
    let reader = CVReader()
    let asOf = YearMonth(year: 2026, month: 11)

    func fixture(_ name: String) throws -> String {
        try Fixtures.url("cvs/" + name).path
    }

    func message(reading path: String) -> String? {
        do {
            _ = try reader.read(path: path, asOf: asOf)
            return nil
        } catch {
            return "\(error)"
        }
    }

    // MARK: - Broken files

    @Test(arguments: [
        ("truncated.docx", "the document is damaged or truncated (its ZIP container cannot be opened); ask for a new copy"),
        ("zip-bomb.docx", "refused for safety: a part is compressed more than 200 times"),
        ("nested-archive.docx", "refused for safety: it holds another archive"),
        ("invoice.pdf", "no CV sections found (expected headings such as 'Arbetslivserfarenhet', 'Utbildning', 'Work experience'); is this a CV?"),
        ("no-text.pdf", "the PDF has no text layer (a scanned image?); ask for a text PDF or a Word file"),
        ("not-a-pdf.pdf", "pdftotext could not read the PDF (the file does not start like a PDF)"),
        ("empty.txt", "the CV is empty (no text found)"),
    ])
    func brokenFileGivesOneClearLine(name: String, expected: String) throws {
        let path = try fixture(name)
        let text = try #require(message(reading: path))
        #expect(text == "\(path): \(expected)")
        #expect(!text.contains("\n"))
    }

    @Test func invalidXMLNamesTheLine() throws {
        let path = try fixture("invalid-europass.xml")
        let text = try #require(message(reading: path))
        #expect(text.hasPrefix("\(path):7: not well-formed XML ("))
    }

    @Test func missingFileAndFolderAreErrorsNotCrashes() throws {
        #expect(message(reading: "/nonexistent/cv.txt") == "/nonexistent/cv.txt: no such file")
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples").path
        #expect(message(reading: folder) == "\(folder): is a folder, expected a CV file")
    }

    @Test func batchGoesOnPastBrokenFiles() throws {
        let good = Fixtures.packageRoot.appendingPathComponent("Examples/cvs/anna-lindqvist.txt").path
        let batch = reader.readAll([try fixture("truncated.docx"), good, try fixture("empty.txt")], asOf: asOf)
        #expect(batch.documents.map(\.file) == [good])
        #expect(batch.failures.count == 2)
    }

    // MARK: - Encodings and formats

    @Test(arguments: [
        ("lina-ahmed.txt", TextDecoding.Encoding.windows1252, "Växeltelefonist"),
        ("per-olsson.txt", .utf16LE, "Fastighetsskötare"),
        ("anna-lindqvist.txt", .utf8, "Ekonomiassistent"),
    ])
    func detectsTheEncoding(file: String, encoding: TextDecoding.Encoding, firstTitle: String) throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Examples/cvs/" + file).path
        let document = try reader.read(path: path, asOf: asOf)
        #expect(document.encoding == encoding)
        #expect(document.candidate.employment.first?.title == firstTitle)
    }

    @Test func readsUTF8WithBOMAndUTF16BigEndian() throws {
        let text = "Ola Nordmann\n\nArbeidserfaring\n2017-08 til nå  Regnskapsmedarbeider, Skatteetaten\n"
        for (data, encoding) in [
            (Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), TextDecoding.Encoding.utf8BOM),
            (Data([0xFE, 0xFF]) + (text.data(using: .utf16BigEndian) ?? Data()), .utf16BE),
        ] {
            let document = try reader.read(data, file: "ola.txt", asOf: asOf)
            #expect(document.encoding == encoding)
            #expect(document.candidate.name == "Ola Nordmann")
            #expect(document.candidate.experienceMonthsByOccupation(asOf: asOf) == ["ekonomiassistent": 112])
        }
    }

    @Test(arguments: [
        ("sara-nilsson.docx", CVFormat.docx), ("johan-berg.odt", .odt), ("maria-karlsson.pdf", .pdf),
        ("fatima-yilmaz.json", .jsonResume), ("lars-eriksson.xml", .europass), ("erik-johansson.md", .markdown),
    ])
    func picksTheFormatByContent(file: String, format: CVFormat) throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Examples/cvs/" + file).path
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        // Named without an extension, the content still decides (Markdown is text without one).
        let document = try reader.read(data, file: "upload", asOf: asOf)
        #expect(document.format == (format == .markdown ? .text : format))
    }

    @Test func wordDocumentTablesKeepTheirRowsTogether() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Examples/cvs/sara-nilsson.docx").path
        let job = try #require(try reader.read(path: path, asOf: asOf).candidate.employment.first)
        #expect(job.source.text == "2021-08 – nu | Lönespecialist, Volvo Personalservice AB")
        #expect(job.employer == "Volvo Personalservice AB")
    }

    // MARK: - Real-world files by others

    @Test(.enabled(if: Fixtures.realWorld != nil, "needs ../shared/realworld"))
    func readsTheOfficialEuropassExamples() throws {
        let folder = try #require(Fixtures.realWorld).appendingPathComponent("cvs")
        let document = try reader.read(path: folder.appendingPathComponent("europass_v3.4_CV_example.xml").path, asOf: asOf)
        let candidate = document.candidate
        #expect(document.format == .europass)
        #expect(candidate.name == "Chuck NORRIS")
        #expect(candidate.employment.first?.title == "Martial Arts Instructor")
        #expect(candidate.employment.first?.isCurrent == true)
        #expect(candidate.employment.first?.isYearOnly == true)
        #expect(candidate.education.first?.level == .hogskola)
        #expect(candidate.licences.map(\.licenceClass) == ["A", "B", "BE"])
        #expect(candidate.languages.first { $0.language == "ja" }?.level == .c1)
        #expect(candidate.contacts.birthDate == "1940-03-10")
    }

    @Test(.enabled(if: Fixtures.realWorld != nil, "needs ../shared/realworld"))
    func readsTheEuropassJSONForm() throws {
        let folder = try #require(Fixtures.realWorld).appendingPathComponent("cvs")
        let document = try reader.read(path: folder.appendingPathComponent("europass_json_v3.4_ECV_example.json").path, asOf: asOf)
        #expect(document.format == .europassJSON)
        #expect(document.candidate.name == "Betty Smith")
        #expect(document.candidate.employment.map(\.title) == ["Independent consultant", "Internship", "Researcher / Independent Consultant"])
        #expect(document.candidate.employment.first?.start == YearMonth(year: 2002, month: 8))
        #expect(document.candidate.employment.first?.isCurrent == true)
        #expect(document.candidate.licences.map(\.licenceClass) == ["A", "A1", "B"])
        #expect(document.candidate.contacts.birthDate == "1975-03-01")
        #expect(document.candidate.employment.allSatisfy { $0.source.line > 1 })
    }

    @Test(.enabled(if: Fixtures.realWorld != nil, "needs ../shared/realworld"))
    func oldEuropassDialectsAndOtherFilesNeverCrash() throws {
        let folder = try #require(Fixtures.realWorld).appendingPathComponent("cvs")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".source") }.sorted()
        let batch = reader.readAll(files.map { folder.appendingPathComponent($0).path }, asOf: asOf)
        #expect(batch.documents.count + batch.failures.count == files.count)
        let italian = try #require(batch.documents.first { $0.file.hasSuffix("learnerinfo_it_IT.xml") })
        #expect(italian.candidate.employment.count == 5)
        #expect(italian.candidate.languages.first?.level == .native)
        let hungarian = try #require(batch.documents.first { $0.file.hasSuffix("learnerinfo_hu_HU.xml") })
        #expect(hungarian.candidate.licences.map(\.licenceClass) == ["B"])
        for failure in batch.failures { #expect(!failure.message.contains("\n")) }
    }

    // MARK: - Files that are not regular

    /// A named pipe has no size to go by: the reader reads until the writer closes it, however the writes are split.
    @Test func cvFromANamedPipeIsReadToItsEnd() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("anna.txt").path
        #expect(mkfifo(path, 0o600) == 0)
        let text = "Anna Berg\n\nArbetslivserfarenhet\n2019–2024 Ekonomiassistent, Region Skåne\n\nUtbildning\n"
            + "2015–2018 Ekonomie kandidatexamen, Lunds universitet\n"
        let bytes = Array(text.utf8)
        let writer = Thread {
            let descriptor = open(path, O_WRONLY)
            guard descriptor >= 0 else { return }
            for part in [bytes[..<20], bytes[20..<60], bytes[60...]] {
                _ = part.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
                usleep(20_000)
            }
            close(descriptor)
        }
        writer.start()
        let document = try reader.read(path: path, asOf: asOf)
        #expect(document.candidate.employment.map(\.title) == ["Ekonomiassistent"])
        #expect(document.candidate.education.count == 1)
    }
}
