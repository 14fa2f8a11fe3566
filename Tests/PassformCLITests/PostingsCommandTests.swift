import ArgumentParser
import Foundation
import PassformTestSupport
import Testing

@testable import PassformCLI

struct PostingsCommandTests {
    @Test func parsesOptions() throws {
        let command = try PassformCommand.parseAsRoot(["postings", "match", "ad.txt", "--top", "3", "--format", "json"])
        let match = try #require(command as? PassformCommand.Postings.Match)
        #expect(match.top == 3)
        #expect(match.file == "ad.txt")
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["postings", "match", "ad.txt", "--top", "0"]) }
        #expect(throws: (any Error).self) { try PassformCommand.parseAsRoot(["postings", "parse", "ad.txt", "--format", "csv"]) }
    }

    @Test func parseWritesTheJSONContract() throws {
        let result = try CommandRunner.run(["postings", "parse", "Postings/regnskapskonsulent-oslo.txt", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Regnskapskonsulent")
        #expect(object["language"] as? String == "no")
        #expect((object["tasks"] as? [String])?.count == 7)
        let salary = try #require(object["salary"] as? [String: Any])
        #expect(salary["min"] as? Int == 397_400)
        #expect(salary["currency"] as? String == "NOK")
        #expect(salary["period"] as? String == "year")
        let first = try #require((object["requirements"] as? [[String: Any]])?.first)
        #expect(first["kind"] as? String == "anyOf")
    }

    @Test func parseTableShowsTheRequirementsAsUnderstood() throws {
        let result = try CommandRunner.run(["postings", "parse", "Postings/regnskapskonsulent-oslo.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Regnskapskonsulent\nEmployer: Plan- og bygningsetaten  ·  Location: Oslo  ·  Language: no\n"))
        #expect(result.stdout.contains("Salary: 397 400–459 800 NOK per year (Lønnstrinn 26-35"))
        #expect(result.stdout.contains("       B) experience: ≥ 36 months similar to ekonomiassistent\n"))
        #expect(result.stdout.contains("     → system: ekonomisystem (goda) e.g. Agresso\n"))
    }

    @Test(arguments: [
        ("Postings/regnskapskonsulent-oslo.txt", "ekonomiassistent-2"), ("Postings/redovisningsekonom-malmo.html", "redovisningsekonom-"),
        ("Postings/hr-konsulent-aarhus.html", "personaladministrator-"), ("Postings/payroll-administrator-stockholm.jsonld", "loneadministrator-"),
        ("Postings/arkivmedarbeider-tromso.txt", "registrator"),
    ])
    func matchRanksTheAdsOwnRoleFirst(file: String, profile: String) throws {
        let result = try CommandRunner.run(["postings", "match", file, "--top", "3", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let matches = try #require(object["matches"] as? [[String: Any]])
        #expect(matches.count == 3)
        #expect((matches.first?["profile"] as? String)?.hasPrefix(profile) == true)
    }

    @Test func matchTableListsSharedTasksAcrossLanguages() throws {
        let result = try CommandRunner.run(["postings", "match", "Postings/regnskapskonsulent-oslo.txt", "--top", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("   1  ekonomiassistent-2"))
        #expect(result.stdout.contains("task: Innlesing av bankfiler  ↔  arbete med kassa- och bankavstämningar  (bank and payment files)"))
    }

    @Test func aMissingOrBrokenFileIsOneLineNamingIt() throws {
        let missing = try CommandRunner.run(["postings", "parse", "Postings/nonexistent.txt"])
        #expect(missing.status != 0)
        #expect(missing.stderr == "Error: Postings/nonexistent.txt: no such file\n")
        let fixture = try Fixtures.url("postings/no-jobposting.jsonld").path
        let other = try CommandRunner.run(["postings", "match", fixture])
        #expect(other.status != 0)
        #expect(other.stderr == "Error: \(fixture): no schema.org JobPosting in the JSON-LD (found Organization); "
            + "expected an object with \"@type\": \"JobPosting\"\n")
    }

    @Test func sectionsShowWhatTheParserFound() throws {
        let result = try CommandRunner.run(["postings", "parse", "--sections", "Postings/regnskapskonsulent-oslo.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("[tasks]\n  - Fakturering\n  - Innlesing av bankfiler\n"))
    }
}
