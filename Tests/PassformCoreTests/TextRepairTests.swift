import PassformCore
import Testing

struct TextRepairTests {
    let repair = TextRepair()

    @Test(arguments: [
        ("ars", "års"), ("fran", "från"), ("I6n", "lön"), ("|6n", "lön"), ("[6neadministrator", "löneadministratör"),
        ("kdnnedom", "kännedom"), ("hégskoleutbildning", "högskoleutbildning"), ("Ibpande", "löpande"),
        ("drenden", "ärenden"), ("darenden", "ärenden"), ("6ver", "över"), ("likvardig", "likvärdig"),
        ("arbetsmiljofragor", "arbetsmiljöfrågor"), ("inkdpare", "inköpare"), ("I16nesystem", "lönesystem"),
        ("fdr", "för"), ("ldn", "lön"), ("mdl", "mål"),
    ])
    func restoresWordsOfTheField(ocr: String, expected: String) {
        #expect(repair.repairWord(ocr) == expected)
    }

    @Test(arguments: ["Agresso", "Public360", "W3D3", "MS", "kontroll", "Office", "2019", "högskola"])
    func leavesKnownAndForeignWordsAlone(word: String) {
        #expect(repair.repairWord(word) == word)
    }

    @Test func keepsPunctuationAndLineBreaks() {
        #expect(repair.repair("- minst tre (3) ars\narbetslivserfarenhet fran liknande arbete.")
            == "- minst tre (3) års\narbetslivserfarenhet från liknande arbete.")
    }
}

struct PersonalDataTests {
    @Test(arguments: [
        ("Personnummer: 19850312-1234", "Personnummer: […]"),
        ("Fødselsnummer 12038512345", "Fødselsnummer […]"),
        ("Tel +46 70 123 45 67, e-post anna@example.se", "Tel […], e-post […]"),
        ("Mobil 070-123 45 67", "Mobil […]"),
    ])
    func redactsIdentifiers(text: String, expected: String) {
        #expect(PersonalData.redacted(text, names: []) == expected)
    }

    @Test(arguments: ["2019-03 – 2021-02 Ekonomiassistent", "2016-2019 Ekonomiassistent", "Agresso sedan 2020"])
    func leavesDatesAlone(text: String) {
        #expect(PersonalData.redacted(text, names: []) == text)
    }
}
