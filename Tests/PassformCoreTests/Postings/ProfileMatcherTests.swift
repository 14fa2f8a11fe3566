import Foundation
import PassformCore
import PassformTestSupport
import Testing

struct ProfileMatcherTests {
    let matcher = ProfileMatcher()

    func ranking(_ posting: String) throws -> [ProfileMatch] {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Postings/\(posting)"), encoding: .utf8)
        let profiles = try Fixtures.parsedFramework().values.sorted { $0.id < $1.id }
        return matcher.rank(profiles, for: JobPostingParser().parse(text))
    }

    @Test func theSeedsRegnskapskonsulentIsNearTheEconomyRolesAndFarFromVaktmastare() throws {
        let ranking = try ranking("regnskapskonsulent-oslo.txt")
        let ids = ranking.map(\.profile.rawValue)
        #expect(ids.prefix(4).contains("ekonomiassistent-2"))
        #expect(ids.prefix(4).contains("redovisningsekonom-1"))
        let top = try #require(ranking.first)
        let vaktmastare = try #require(ranking.first { $0.profile == "vaktmastare-1" })
        #expect(vaktmastare.score < 0.15)
        #expect(top.score - vaktmastare.score > 0.5)
        for economy in ranking where ["ekonomiassistent", "redovisningsekonom"].contains(economy.profile.rawValue.dropLast(2)) {
            #expect(economy.score > 3 * vaktmastare.score)
        }
    }

    @Test func sharedTasksCrossLanguages() throws {
        let match = try #require(try ranking("regnskapskonsulent-oslo.txt").first { $0.profile == "redovisningsekonom-1" })
        let receivable = try #require(match.sharedTasks.first { $0.posting == "Oppfølging av kundefordringer/kundereskontro" })
        #expect(receivable.concepts == ["accounts receivable"])
        #expect(receivable.profile.contains("kundreskontra"))
        #expect(match.sharedRequirements.contains("system Agresso"))
        #expect(match.sharedRequirements.contains("education in ekonomi"))
    }

    @Test(arguments: [
        ("arkivmedarbeider-tromso.txt", "registrator"), ("ekonomiassistent-uppsala.txt", "ekonomiassistent"),
        ("lonnsmedarbeider-bergen.md", "loneadministrator"), ("regnskabsassistent-odense.txt", "ekonomiassistent"),
        ("office-administrator-copenhagen.md", "administrator"),
    ])
    func eachAdIsClosestToItsOwnOccupation(posting: String, occupation: String) throws {
        // Text and Markdown only: Core has no HTML; PostingsCommandTests matches the HTML and JSON-LD ads.
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Postings/\(posting)"), encoding: .utf8)
        let profiles = try Fixtures.parsedFramework().values.sorted { $0.id < $1.id }
        let top = try #require(matcher.rank(profiles, for: JobPostingParser().parse(text)).first)
        #expect(top.profile.rawValue.hasPrefix(occupation))
    }

    @Test func rankingIsDeterministicWithTiesByID() throws {
        let first = try ranking("redovisningsekonom-malmo.html")
        let second = try ranking("redovisningsekonom-malmo.html")
        #expect(first == second)
        for (a, b) in zip(first, first.dropFirst()) {
            #expect(a.score > b.score || (a.score == b.score && a.profile < b.profile))
        }
    }
}
