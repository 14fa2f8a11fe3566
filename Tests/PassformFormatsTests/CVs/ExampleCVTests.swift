import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

/// Every CV in `Examples/cvs/` against the ground truth in `Examples/cvs/README.md`.
struct ExampleCVTests {
    struct Truth: Sendable, CustomStringConvertible {
        var file: String
        var months: [OccupationID: Int]
        var education: [String]
        var systems: [String]
        var licences: [String]
        var description: String { file }
    }

    static let folder = Fixtures.packageRoot.appendingPathComponent("Examples/cvs")
    static let asOf = YearMonth(year: 2026, month: 11)

    /// The README's table rows.
    static let truths: [Truth] = {
        guard let text = try? String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        func list(_ cell: String, separator: String) -> [String] {
            cell == "-" || cell == "none" ? [] : cell.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return text.split(separator: "\n").compactMap { line -> Truth? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 9, cells[1].contains("."), !cells[1].hasPrefix("-") else { return nil }
            var months: [OccupationID: Int] = [:]
            for item in list(cells[4], separator: ";") {
                let parts = item.split(separator: " ")
                if parts.count == 2, let count = Int(parts[1]) { months[OccupationID(String(parts[0]))] = count }
            }
            return Truth(
                file: cells[1], months: months, education: list(cells[5], separator: ";"), systems: list(cells[6], separator: ", "),
                licences: list(cells[7], separator: ", "))
        }
    }()

    @Test func theReadmeListsAtLeastTwentyCVsInEveryFormat() throws {
        #expect(Self.truths.count >= 20)
        let extensions = Set(Self.truths.map { ($0.file as NSString).pathExtension })
        #expect(extensions == ["txt", "md", "docx", "odt", "pdf", "json", "xml"])
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0 != "README.md" }
        #expect(Set(files) == Set(Self.truths.map(\.file)), "every example is in the README and the other way round")
    }

    @Test(arguments: truths)
    func readsTheFactsAScreenerShouldFind(truth: Truth) throws {
        let path = Self.folder.appendingPathComponent(truth.file).path
        let candidate = try CVReader().read(path: path, asOf: Self.asOf).candidate
        #expect(candidate.experienceMonthsByOccupation(asOf: Self.asOf) == truth.months)
        let education = candidate.education.map { "\($0.level?.rawValue ?? "-")/\($0.field?.rawValue ?? "-")" }
        #expect(education == truth.education)
        let systems = candidate.skills.map { skill in skill.name + (skill.level.map { " (\($0.rawValue))" } ?? "") }
        #expect(Set(systems) == Set(truth.systems))
        #expect(candidate.licences.map(\.licenceClass) == truth.licences)
        #expect(candidate.name != nil)
        for job in candidate.employment {
            #expect(job.source.line > 0 && !job.source.text.isEmpty)
        }
    }

    @Test func blindModeLeavesNoPersonalDataOfTheBlindCase() throws {
        let path = Self.folder.appendingPathComponent("johanna-ek.txt").path
        let candidate = try CVReader().read(path: path, asOf: Self.asOf).candidate
        #expect(candidate.contacts.nationalID == "19970402-2384")
        let blind = candidate.blinded()
        let shown = "\(blind)"
        for secret in ["Johanna", "19970402", "1997-04-02", "29", "Kvinna", "female", "Sambo", "porträtt", "Kungsgatan", "073-111", "Karl Berg"] {
            #expect(!shown.contains(secret), "blind candidate still shows \(secret)")
        }
    }
}
