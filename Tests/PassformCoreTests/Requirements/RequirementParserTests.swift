import PassformCore
import Testing

struct RequirementParserTests {
    let parser = RequirementParser()

    func conditions(_ text: String, occupation: OccupationID? = nil) -> [Requirement.Condition] {
        parser.parse(text, context: .init(occupation: occupation)).map(\.condition)
    }

    @Test(arguments: [
        ("minst tre (3) års arbetslivserfarenhet som administratör", 36),
        ("minst ett (1) års arbetslivserfarenhet som administratör", 12),
        ("minst 2 års erfarenhet som administratör", 24),
        ("1-2 års erfarenhet som administratör", 12),
        ("at least three years of experience as an administrator", 36),
        ("minst 18 månaders erfarenhet som administratör", 18),
    ])
    func readsTheMinimumExperience(text: String, months: Int) {
        #expect(conditions(text) == [.experience(months: months, occupation: "administrator", match: .as)])
    }

    @Test func similarWorkCountsForTheRolesOwnOccupation() {
        #expect(conditions("minst ett (1) års arbetslivserfarenhet från liknande arbete", occupation: "registrator")
            == [.experience(months: 12, occupation: "registrator", match: .similar)])
    }

    @Test func alternativesBecomeAnyOfEachAnAnd() {
        let result = parser.parse(
            "högskoleutbildning inom ekonomi eller likvärdig utbildning och minst tre (3) års arbetslivserfarenhet "
                + "från liknande arbete. Alternativt, gymnasium eller likvärdig utbildning samt fem (5) års "
                + "arbetslivserfarenhet som redovisningsekonom.", context: .init(occupation: "redovisningsekonom"))
        #expect(result.count == 1)
        #expect(result.first?.kind == "anyOf")
        #expect(result.first?.text.hasPrefix("högskoleutbildning inom ekonomi") == true)
    }

    @Test func openCategoryNeedsMflOrEquivalent() {
        #expect(conditions("kunskaper i lönesystem (exempelvis Heroma, Agda m.fl.)")
            == [.system(category: "lonesystem", examples: ["Heroma", "Agda"], open: true, level: .kunskaper)])
        #expect(conditions("God kjennskap til økonomisystem AGRESSO")
            == [.system(category: "ekonomisystem", examples: ["Agresso"], open: false, level: .goda)])
    }

    @Test func twoCategoriesInOneSentenceAreTwoRequirements() {
        let result = parser.parse(
            "goda kunskaper i lönesystem (exempelvis Heroma, Agda m.fl.) och ekonomisystem (exempelvis Agresso, Raindance m.fl.)")
        #expect(result.map(\.text) == [
            "goda kunskaper i lönesystem (exempelvis Heroma, Agda m.fl.)", "ekonomisystem (exempelvis Agresso, Raindance m.fl.)",
        ])
        #expect(result.map(\.kind) == ["system", "system"])
    }

    @Test(arguments: [
        ("grundkunskaper i MS Office eller likvärdigt", SkillLevel.grund),
        ("kunskaper i MS Office eller likvärdigt", .kunskaper),
        ("goda kunskaper i MS Office eller likvärdigt", .goda),
    ])
    func officeLevels(text: String, level: SkillLevel) {
        #expect(conditions(text) == [.office(level: level)])
    }

    @Test func languagesWithModesAndLevel() {
        #expect(conditions("God norsk muntlig og skriftlig fremstillingsevne")
            == [.language(language: "no", spoken: true, written: true, level: .b2)])
        #expect(conditions("flytande engelska i tal")
            == [.language(language: "en", spoken: true, written: false, level: .c1)])
        #expect(conditions("Fluent written English")
            == [.language(language: "en", spoken: false, written: true, level: .c1)])
    }

    @Test func educationLevelFieldAndEquivalence() {
        #expect(conditions("Utdanning på bachelornivå innen økonomi- og regnskapsområdet")
            == [.education(level: .hogskola, field: "ekonomi", orEquivalent: false)])
        #expect(conditions("Bachelor's degree in accounting or equivalent")
            == [.education(level: .hogskola, field: "ekonomi", orEquivalent: true)])
        #expect(conditions("jur kand., juristexamen eller likvärdig utbildning")
            == [.education(level: .master, field: "juridik", orEquivalent: true)])
    }

    @Test func publicSectorLawsAndLicence() {
        #expect(conditions("praktisk erfarenhet av offentlig verksamhet") == [.publicSector])
        #expect(conditions("kännedom om lagar och förordningar som styr offentlig verksamhet")
            == [.law(topic: "offentlig verksamhet")])
        #expect(conditions("B-körkort") == [.licence(licenceClass: "B")])
        #expect(conditions("Førerkort klasse C") == [.licence(licenceClass: "C")])
    }

    @Test func whatItCannotReadIsKeptForAPerson() {
        let result = parser.parse("kunskap om digital kommunikation, sociala medier och varumärkesbyggande.")
        #expect(result == [Requirement(text: "kunskap om digital kommunikation, sociala medier och varumärkesbyggande", condition: .judgement)])
    }
}
