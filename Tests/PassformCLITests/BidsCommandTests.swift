import Foundation
import PassformTestSupport
import Testing

struct BidsCommandTests {
    @Test func theExampleCallOffRejectsRanksAndBreaksTheTie() throws {
        let result = try CommandRunner.run([
            "bids", "evaluate", "Examples/bids/ekonomiassistent-avrop.yaml", "--as-of", "2026-11-01", "--format", "json",
        ])
        #expect(result.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(report["winner"] as? String == "Beta Konsult AB / Bertil Betasson")
        #expect(report["contractValue"] as? Double == 1_040_000)
        let bids = try #require(report["bids"] as? [[String: Any]])
        let status = Dictionary(uniqueKeysWithValues: bids.map { ($0["supplier"] as? String ?? "", $0["status"] as? String ?? "") })
        #expect(status["Epsilon Staffing AB"] == "rejected")
        #expect(status["Zeta Redovisning AB"] == "rejected")
        #expect((report["ties"] as? [String])?.count == 1)
        let zeta = try #require(bids.first { $0["supplier"] as? String == "Zeta Redovisning AB" })
        #expect((zeta["reasons"] as? [String])?.first?.contains("no Agresso in the CV") == true)
    }

    @Test func theWeightedExampleWarnsOfARankReversal() throws {
        let result = try CommandRunner.run(["bids", "evaluate", "Examples/bids/ekonomiassistent-avrop-viktad.yaml", "--as-of", "2026-11-01"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("if Alfa Bemanning AB / Anna Alfasson (not the winner) were withdrawn"))
    }

    @Test func theMemoIsMarkdown() throws {
        let result = try CommandRunner.run([
            "bids", "evaluate", "Examples/bids/ekonomiassistent-avrop.yaml", "--as-of", "2026-11-01", "--format", "md",
        ])
        #expect(result.stdout.hasPrefix("# Tilldelningsbeslut (utkast): "))
        #expect(result.stdout.contains("## Förkastade anbud"))
    }

    func run(_ yaml: String) throws -> CommandRunner.Result {
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples/bids")
        let file = folder.appendingPathComponent("test-\(UUID().uuidString).yaml")
        try Data(yaml.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try CommandRunner.run(["bids", "evaluate", "Examples/bids/\(file.lastPathComponent)"])
    }

    @Test(arguments: [
        ("bids:\n  - supplier: A\n    consultant: B\n    price: 500\n", ":6: bid 1 (A): no CV file (field 'cv')"),
        ("bids:\n  - supplier: A\n    consultant: B\n    cv: cvs/alfa-anna.txt\n    price: -5\n", ":9: bid 1 (A): the price must be positive (SEK per hour excluding VAT), got -5.00"),
    ])
    func badBidsNameTheBidAndTheProblem(bids: String, message: String) throws {
        let result = try run("calloff:\n  title: T\n  role: ekonomiassistent-1\n  estimatedHours: 10\n" + bids)
        #expect(result.status != 0)
        #expect(result.stderr.hasSuffix(message + "\n"))
    }

    @Test func anUnknownRoleIsNamed() throws {
        let result = try run("calloff:\n  title: T\n  role: ekonomiassistent-9\n  estimatedHours: 10\nbids:\n  - supplier: A\n    consultant: B\n    cv: cvs/alfa-anna.txt\n    price: 500\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("calloff.role: no role profile 'ekonomiassistent-9'"))
    }
}
