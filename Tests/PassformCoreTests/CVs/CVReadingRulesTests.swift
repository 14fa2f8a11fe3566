import PassformCore
import Testing

/// Rules found by measuring the parser against the corpus's ground truth: each case once lost or misread a fact.
struct CVReadingRulesTests {
    let parser = CVTextParser()
    let asOf = YearMonth(year: 2026, month: 11)

    func parse(_ text: String) throws -> Candidate {
        try parser.parse(text, asOf: asOf, file: "test.txt")
    }

    // MARK: - Periods are not phone or identity numbers

    @Test(arguments: [
        "Vaktmester | Tripletex AS | 08/2019 - 09/2020",
        "2019-04 - 2026-02",
        "Økonomiassistent | Helse Bergen HF | 01/2012 - 09/2014",
        "04/2015 - 07/2019 Regnskapsfører, Regnskapshuset Vest AS",
    ])
    func aPeriodWithALeadingZeroOrTwelveDigitsIsNotAPhoneOrIdentityNumber(line: String) {
        #expect(PersonalData.phones(in: line).isEmpty)
        #expect(PersonalData.nationalID(in: line) == nil)
    }

    @Test(arguments: ["01.12.2020 to 01.09.2026  Case Officer, HM Revenue and Customs", "2019-03-15 – nu"])
    func aDateWithTheDayIsNotAPhone(line: String) {
        #expect(PersonalData.phones(in: line).isEmpty)
    }

    @Test func aPhoneAfterAPeriodIsStillAPhone() {
        #expect(PersonalData.phones(in: "2019-04 - 2026-02 070-123 45 67") == ["070-123 45 67"])
    }

    @Test(arguments: ["19850312-1234", "850312-1234"])
    func aPersonnummerIsStillAnIdentityNumber(number: String) {
        #expect(PersonalData.nationalID(in: "Personnummer \(number)") == number)
    }

    @Test func jobsDatedLikePhoneNumbersAreAllRead() throws {
        let candidate = try parse(
            """
            Håkon Ali
            Telefon: 518 29 982

            Yrkeserfaring

            Vaktmester | Tripletex AS | 08/2019 - 09/2020

            Økonomiassistent | Helse Bergen HF | 01/2012 - 09/2014

            Fakturamedarbeider, Bergen kommune
            2019-04 - 2026-02
            """)
        #expect(candidate.employment.map(\.title) == ["Vaktmester", "Økonomiassistent", "Fakturamedarbeider"])
        #expect(candidate.contacts.phones == ["518 29 982"])
        #expect(candidate.contacts.nationalID == nil)
    }

    @Test(arguments: ["08/2019 - 09/2020", "2019-04 - 2026-02", "2015 2019", "2016-2019"])
    func blindModeKeepsPeriods(period: String) {
        #expect(PersonalData.redacted("\(period), ring 070-123 45 67", names: []) == "\(period), ring […]")
    }

    // MARK: - Title, employer and period on lines of their own

    @Test func aTitleOverAnEmployerOverThePeriodIsOneJob() throws {
        let candidate = try parse(
            """
            Kari Nordmann

            Arbeidserfaring

            HR-rådgiver
            Rema 1000
            12/2021–07/2024
            - Støtte til ledere i rekruttering

            Ekonomiadministratör
            Redovisningshuset i Norr AB
            01/2014 till 08/2014
            """)
        #expect(candidate.employment.map(\.title) == ["HR-rådgiver", "Ekonomiadministratör"])
        #expect(candidate.employment.map(\.employer) == ["Rema 1000", "Redovisningshuset i Norr AB"])
        #expect(candidate.employment.map(\.occupation) == ["personaladministrator", "ekonomiassistent"])
    }

    // MARK: - An employer in parentheses

    @Test(arguments: [
        ("Ekonomiadministratör (Länsstyrelsen i Västra Götalands län)", "Ekonomiadministratör", "Länsstyrelsen i Västra Götalands län"),
        ("Servitør (Tripletex AS)", "Servitør", "Tripletex AS"),
        ("HR-rådgiver (Rema 1000)", "HR-rådgiver", "Rema 1000"),
        ("Administratör (deltid 75 %) (Länsstyrelsen i Västra Götalands län)", "Administratör (deltid 75 %)", "Länsstyrelsen i Västra Götalands län"),
    ])
    func anEmployerInParenthesesIsTheEmployer(text: String, title: String, employer: String) {
        let split = CVFactReader().splitTitleAndEmployer(text)
        #expect(split.title == title)
        #expect(split.employer == employer)
    }

    @Test(arguments: ["Ekonomiassistent (vikariat)", "Case Officer (maternity cover)", "Regnskapsmedarbeider (deltidsstilling)", "Servitør (Rema 1000)"])
    func aQualifierOrAnUnknownPairInParenthesesIsNoEmployer(text: String) {
        #expect(CVFactReader().splitTitleAndEmployer(text).employer == nil)
    }

    @Test func aQualifiedTitleStillSplitsAtTheComma() {
        let split = CVFactReader().splitTitleAndEmployer("Ekonomiassistent (vikariat), Malmö stad")
        #expect(split.title == "Ekonomiassistent (vikariat)")
        #expect(split.employer == "Malmö stad")
    }

    @Test func aQualifierAndAnEmployerInParenthesesAfterTheTitle() throws {
        let candidate = try parse("Anna Berg\n\nErfarenhet\nmars 2012 - feb 2013  Administratör (deltid 75 %) (Länsstyrelsen i Västra Götalands län)\n")
        #expect(candidate.employment.map(\.employer) == ["Länsstyrelsen i Västra Götalands län"])
        #expect(candidate.employment.map(\.occupation) == ["administrator"])
    }

    @Test func aSystemsNameAsEmployerInParenthesesIsNoSkill() throws {
        let candidate = try parse("Ola Nordmann\n\nArbeidserfaring\n2019-03 – 2021-02 Servitør (Tripletex AS)\n")
        #expect(candidate.employment.map(\.employer) == ["Tripletex AS"])
        #expect(candidate.skills.isEmpty)
    }

    // MARK: - Danish CVs

    @Test(arguments: [
        ("Fuldmægtig", "handlaggare"), ("Regnskabsøkonom", "redovisningsekonom"), ("Personalekonsulent", "personaladministrator"),
        ("Indkøbskonsulent", "inkopare"), ("Omstillingsmedarbejder", "vaxeltelefonist"), ("Receptionsmedarbejder", "receptionist"),
        ("Ejendomsservicetekniker", "vaktmastare"),
    ] as [(String, OccupationID)])
    func danishTitlesNameTheirOccupation(title: String, occupation: OccupationID) {
        #expect(CVFactReader().occupation(forTitle: title) == occupation)
    }

    @Test func aDanishSystemsHeadingOpensTheSkills() throws {
        let candidate = try parse(
            "Mette Jensen\n\nErhvervserfaring\n2019-03 – nu Bogholder, Odense Kommune\n\nUddannelse\n\nSystemkendskab\nPower BI (grundlæggende)\n")
        #expect(candidate.skills.map(\.name) == ["Power BI"])
        #expect(candidate.skills.map(\.level) == [.grund])
        #expect(candidate.education.isEmpty)
    }

    // MARK: - Line ends

    @Test(arguments: ["\r\n", "\r"])
    func textWithCRLineEndsIsReadLikeLF(end: String) throws {
        let lines = ["Anna Berg", "", "Arbetslivserfarenhet", "2019-03 – 2021-02 Ekonomiassistent, Malmö stad"]
        let candidate = try parse(lines.joined(separator: end) + end)
        #expect(candidate.employment.map(\.occupation) == ["ekonomiassistent"])
        #expect(candidate.employment.first?.source.line == 4)
    }

    // MARK: - Levels written one after another

    @Test(arguments: [
        ("Svært gode kunnskaper i Proceedo", .storErfarenhet),
        ("Meget gode kunnskaper i Proceedo", .storErfarenhet),
        ("Erfaren användare av Visma", .goda),
        ("Kunskaper i Visma", .kunskaper),
    ] as [(String, SkillLevel)])
    func theFirstOfAdjacentLevelWordsQualifiesTheSystem(line: String, level: SkillLevel) throws {
        let candidate = try parse("Anna Berg\n\nKompetanse\n\(line)\n")
        #expect(candidate.skills.map(\.level) == [level])
    }

    @Test func adjacentLevelWordsAfterAListCoverTheList() throws {
        let candidate = try parse("Kari Nordmann\n\nKompetanse\nAgresso, Fortnox – svært gode kunnskaper\n")
        #expect(candidate.skills.map(\.name) == ["Agresso", "Fortnox"])
        #expect(candidate.skills.map(\.level) == [.storErfarenhet, .storErfarenhet])
    }

    // MARK: - Fields inside degree compounds

    @Test(arguments: [
        ("Civilekonomexamen, Uppsala universitet", "ekonomi"),
        ("Ekonomexamen, Lunds universitet", "ekonomi"),
        ("Redovisningsutbildning, Lernia", "ekonomi"),
        ("Siviløkonomutdanning, NHH", "ekonomi"),
        ("Juristexamen, Lunds universitet", "juridik"),
    ] as [(String, EducationField)])
    func aFieldLeadingADegreeWordIsRead(line: String, field: EducationField) throws {
        let candidate = try parse("Anna Berg\n\nUtbildning\n2003–2007 \(line)\n")
        #expect(candidate.education.map(\.field) == [field])
    }

    @Test func aDegreeWordAloneNamesNoField() throws {
        let candidate = try parse("Anna Berg\n\nUtbildning\n2003–2007 Filosofie kandidatexamen, Umeå universitet\n")
        #expect(candidate.education.map(\.field) == [nil])
    }

    // MARK: - Titles outside the occupations

    @Test(arguments: ["Sales Assistant", "Shop Assistant", "Personlig assistent", "Butiksassistent", "Teaching Assistant"])
    func anAssistantOutsideOfficeWorkHasNoOccupation(title: String) {
        #expect(CVFactReader().occupation(forTitle: title) == nil)
        #expect(Vocabulary.standard.occupation(forTitle: title) == nil)
    }

    @Test(arguments: ["Assistant", "Executive Assistant", "Team Assistant", "Personal Assistant", "Ledningsassistent"])
    func anOfficeAssistantKeepsItsOccupation(title: String) {
        #expect(CVFactReader().occupation(forTitle: title) == "assistent")
    }

    @Test func aSalesAssistantsMonthsAreNotAssistantMonths() throws {
        let candidate = try parse("Priya Wright\n\nExperience\n05/2024 to 10/2026    Sales Assistant, Tesco Stores Ltd\n")
        #expect(candidate.employment.count == 1)
        #expect(candidate.experienceMonthsByOccupation(asOf: asOf).isEmpty)
    }
}
