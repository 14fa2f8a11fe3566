import ArgumentParser
import Foundation
@testable import PassformCLI
import PassformCore
import PassformTestSupport
import Testing

struct CVCommandTests {
    @Test func parsesOptions() throws {
        let command = try PassformCommand.parseAsRoot(["cv", "parse", "a.txt", "b.pdf", "--format", "json", "--as-of", "2026-11-01", "--blind"])
        let parse = try #require(command as? PassformCommand.CV.Parse)
        #expect(parse.paths == ["a.txt", "b.pdf"])
        #expect(parse.asOf.asOf == "2026-11-01")
        #expect(parse.asOf.month == YearMonth(year: 2026, month: 11))
        #expect(parse.blind)
    }

    @Test(arguments: [["cv", "parse", "a.txt", "--as-of", "1 nov"], ["cv", "parse", "a.txt", "--format", "csv"]])
    func refusesBadOptions(arguments: [String]) {
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(arguments) }
    }

    @Test func blindLabelsCountLikeSpreadsheetColumns() {
        #expect((0..<3).map(ScreeningReport.blindID) == ["A", "B", "C"])
        #expect(ScreeningReport.blindID(26) == "AA")
    }

    @Test func printsTheJSONContractForOneCV() throws {
        let result = try CommandRunner.run(["cv", "parse", "Examples/cvs/sofia-holm.txt", "--format", "json", "--as-of", "2026-11-01"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["name", "contacts", "education", "employment", "skills", "languages", "licences", "experienceMonths", "warnings"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["experienceMonths"] as? [String: Int] == ["ekonomiassistent": 42])
        let job = try #require((object["employment"] as? [[String: Any]])?.first)
        #expect(Set(job.keys).isSuperset(of: ["title", "occupation", "employer", "start", "end", "publicSector", "source"]))
        #expect(job["publicSector"] as? Bool == true)
    }

    @Test func blindOutputHasNoPersonalData() throws {
        let result = try CommandRunner.run(["cv", "parse", "Examples/cvs/johanna-ek.txt", "--blind", "--as-of", "2026-11-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Candidate A (blind)"))
        for secret in ["Johanna", "19970402", "1997-04-02", "29 år", "Kvinna", "porträtt", "example.se", "073-111"] {
            #expect(!result.stdout.contains(secret), "blind output still shows \(secret)")
        }
    }

    @Test func batchReportsBrokenFilesAtTheEndAndFails() throws {
        let broken = try Fixtures.url("cvs/truncated.docx").path
        let result = try CommandRunner.run(["cv", "parse", broken, "Examples/cvs/anna-lindqvist.txt", "--as-of", "2026-11-01"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("Anna Lindqvist"))
        #expect(result.stderr == "1 of 2 CV files could not be read:\n  \(broken): the document is damaged or truncated (its ZIP container cannot be opened); ask for a new copy\n")
    }

    @Test func readsTheWholeExamplesFolder() throws {
        let result = try CommandRunner.run(["cv", "parse", "Examples/cvs", "--format", "json", "--as-of", "2026-11-01"])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 23)
    }
}
