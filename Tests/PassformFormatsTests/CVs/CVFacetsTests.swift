import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

/// A parser told to leave facets out reads everything else as before, and a screen that leaves out what its target
/// does not ask about gives the same evaluations.
struct CVFacetsTests {
    let asOf = YearMonth(year: 2026, month: 11)

    @Test func aTargetNeedsTheFacetsItsRequirementsAndMeritsNameEvenInsideAlternatives() {
        let language = Requirement(text: "svenska", condition: .language(language: "sv", spoken: true, written: true, level: .b2))
        let licence = Requirement(text: "B-körkort", condition: .licence(licenceClass: "B"))
        let law = Requirement(text: "LAS", condition: .law(topic: "LAS"))
        let office = Requirement(text: "Office", condition: .office(level: .goda))
        #expect(ScreeningTarget(id: "a", title: "a", requirements: [office]).facets == [])
        #expect(ScreeningTarget(id: "b", title: "b", requirements: [Requirement(text: "x", condition: .anyOf([[office], [language]]))]).facets == [.languages])
        #expect(ScreeningTarget(id: "c", title: "c", requirements: [licence], merits: [law]).facets == [.licences, .laws])
    }

    /// Text and JSON Resume CVs as the generator writes them, and the hand-written examples as text.
    func documents() throws -> [(name: String, text: String, json: Bool)] {
        let generator = CorpusGenerator(seed: 11, asOf: asOf)
        var documents: [(String, String, Bool)] = []
        for index in 0..<150 {
            let person = generator.person(at: index)
            documents.append(("text \(index)", person.text(layout: generator.layout(for: person, index: index)), false))
            documents.append(("json \(index)", String(decoding: try person.jsonResume(), as: UTF8.self), true))
        }
        let folder = Fixtures.packageRoot.appendingPathComponent("Examples/cvs")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where (file.hasSuffix(".txt") || file.hasSuffix(".md")) && !file.lowercased().hasPrefix("readme") {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            documents.append((file, try TextDecoding.decode(data).text, false))
        }
        return documents
    }

    func parse(_ document: (name: String, text: String, json: Bool), _ facets: CVFacets) throws -> Candidate {
        var reader = CVReader()
        reader.facets = facets
        return document.json
            ? try reader.jsonResumeParser.parse(document.text, asOf: asOf)
            : try reader.textParser.parse(document.text, asOf: asOf)
    }

    @Test func leavingFacetsOutChangesNothingElse() throws {
        var seen: CVFacets = []
        for document in try documents() {
            let all = try parse(document, .all)
            for facets in [CVFacets(), .languages, .licences, .laws, .certifications] {
                let some = try parse(document, facets)
                #expect(some.name == all.name, "\(document.name)")
                #expect(some.contacts == all.contacts, "\(document.name)")
                #expect(some.employment == all.employment, "\(document.name)")
                #expect(some.education == all.education, "\(document.name)")
                #expect(some.skills == all.skills, "\(document.name)")
                #expect(some.languages == (facets.contains(.languages) ? all.languages : []), "\(document.name)")
                #expect(some.licences == (facets.contains(.licences) ? all.licences : []), "\(document.name)")
                #expect(some.laws == (facets.contains(.laws) ? all.laws : []), "\(document.name)")
                #expect(some.certifications == (facets.contains(.certifications) ? all.certifications : []), "\(document.name)")
            }
            if !all.languages.isEmpty { seen.insert(.languages) }
            if !all.licences.isEmpty { seen.insert(.licences) }
            if !all.laws.isEmpty { seen.insert(.laws) }
            if !all.certifications.isEmpty { seen.insert(.certifications) }
        }
        // The documents hold every facet, so that leaving each out was tested on something.
        #expect(seen == .all)
    }

    @Test func everyShippedTargetEvaluatesTheSameOnTheFacetsItNeeds() throws {
        let targets = try FastPathPropertyTests().targets()
        let documents = try documents().prefix(120)
        let everything = try documents.map { PreparedCandidate(try parse($0, .all), asOf: asOf) }
        for target in targets {
            let screener = Screener(target: target)
            for (document, full) in zip(documents, everything) {
                let needed = PreparedCandidate(try parse(document, target.facets), asOf: asOf)
                let a = screener.evaluate(full)
                let b = screener.evaluate(needed)
                #expect(a.verdict == b.verdict && a.score == b.score, "\(target.id): \(document.name)")
                #expect(a.requirements == b.requirements && a.merits == b.merits, "\(target.id): \(document.name)")
            }
        }
    }
}
