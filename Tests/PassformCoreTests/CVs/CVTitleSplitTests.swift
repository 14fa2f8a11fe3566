@testable import PassformCore
import Testing

/// `CVFactReader.titleSplit` hands on the title's words, occupation and the employer's public-sector mark, which
/// the employment entry then uses instead of its own look-ups: each must equal what that look-up would give.
struct CVTitleSplitTests {
    let facts = CVFactReader()

    @Test(arguments: [
        "Ekonomiassistent, Malmö stad", "Malmö stad – Ekonomiassistent", "Controller | Region Skåne | Lund",
        "Löneadministratör på Skatteverket", "Servitør (Tripletex AS)", "Ekonomiassistent (vikariat)",
        "Lagerarbetare, Lidl Sverige AB", "Föräldraledig", "Kommunikatör, Trafikverket", "Økonomimedarbeider, Oslo kommune",
        "Ekonomiassistent, Malmo\u{0308} stad", "Бухгалтер, ООО Ромашка", "", "  –  ",
    ])
    func whatTheSplitHandsOnIsWhatTheEntryWouldLookUp(text: String) {
        let split = facts.titleSplit(text)
        let plain = facts.splitTitleAndEmployer(text)
        #expect(split.title == plain.title)
        #expect(split.employer == plain.employer)
        if let words = split.titleWords { #expect(words == CVText.words(split.title)) }
        if let occupation = split.occupation { #expect(occupation == facts.occupation(forTitle: split.title)) }
        if let isPublic = split.employerIsPublic, let employer = split.employer {
            #expect(isPublic == facts.isPublicSector(employer))
        }
    }

    @Test func aSplitAtASeparatorKeepsWhatItLearnt() {
        let split = facts.titleSplit("Ekonomiassistent, Malmö stad")
        #expect(split.titleWords == ["ekonomiassistent"])
        #expect(split.occupation != nil)
        #expect(split.employerIsPublic == true)
    }

    @Test(arguments: ["Malmö stad", "Skatteverket", "Lidl Sverige AB", "Statens vegvesen", "Region Skåne", "Malmo\u{0308} stad", ""])
    func namesOrganisationAgreesWithItsCues(text: String) {
        let words = CVText.words(text)
        #expect(facts.organisationCues(words: words).namesOrganisation == facts.namesOrganisation(text))
        #expect(facts.organisationCues(words: words).isPublicSector == facts.isPublicSector(text))
    }
}
