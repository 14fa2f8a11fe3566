import Foundation
@testable import PassformCore
import PassformTestSupport
import Testing

struct JobPostingParserTests {
    let parser = JobPostingParser()

    func posting(_ name: String) throws -> JobPosting {
        let url = Fixtures.packageRoot.appendingPathComponent("Postings/\(name)")
        return parser.parse(try String(contentsOf: url, encoding: .utf8))
    }

    // MARK: - The seed: a Norwegian ad run together into one paragraph

    @Test func seedHasItsSevenTasks() throws {
        let seed = try posting("regnskapskonsulent-oslo.txt")
        #expect(seed.tasks == [
            "Fakturering", "Innlesing av bankfiler", "Oppfølging av kundefordringer/kundereskontro", "Svare på kundehenvendelser",
            "Purringer", "Manuell bokføring/bilagsføring", "Diverse øvrige regnskapsarbeid",
        ])
    }

    @Test func seedFacts() throws {
        let seed = try posting("regnskapskonsulent-oslo.txt")
        #expect(seed.title == "Regnskapskonsulent")
        #expect(seed.employer == "Plan- og bygningsetaten")
        #expect(seed.location == "Oslo")
        #expect(seed.language == "no")
        #expect(seed.deadline == nil)
        #expect(seed.extent == nil)
        let salary = try #require(seed.salary)
        #expect(salary.min == 397_400)
        #expect(salary.max == 459_800)
        #expect(salary.currency == "NOK")
        #expect(salary.period == .year)
        #expect(salary.text == "Lønnstrinn 26-35 som tilsvarer fra kr 397 400 til kr 459 800 pr år")
    }

    @Test func seedEducationCanBeReplacedByDocumentedPractice() throws {
        let seed = try posting("regnskapskonsulent-oslo.txt")
        let education = try #require(seed.requirements.first)
        #expect(education.kind == "anyOf")
        #expect(education.alternatives?.map { $0.map(\.condition) } == [
            [.education(level: .hogskola, field: "ekonomi", orEquivalent: false)],
            [.experience(months: 36, occupation: "ekonomiassistent", match: .similar)],
        ])
        #expect(education.alternatives?.last?.first?.text
            == "Dokumenterte resultater og god relevant praksis kan oppveie for manglende formell utdanning")
    }

    @Test func seedRequirementsAgressoNorwegianAndAccountingExperience() throws {
        let seed = try posting("regnskapskonsulent-oslo.txt")
        let byText = Dictionary(seed.requirements.map { ($0.text, $0.condition) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Erfaring med regnskapsarbeid"] == .experience(months: 1, occupation: "ekonomiassistent", match: .similar))
        #expect(byText["God kjennskap til økonomisystem AGRESSO"]
            == .system(category: "ekonomisystem", examples: ["Agresso"], open: false, level: .goda))
        #expect(byText["God norsk muntlig og skriftlig fremstillingsevne"]
            == .language(language: "no", spoken: true, written: true, level: .b2))
        #expect(seed.requirements.count == 5)
        #expect(seed.merits.isEmpty)
        #expect(seed.qualities.count == 4)
        #expect(seed.qualities.first == "Selvstendig og selvgående med evne til samarbeid og til utvikling")
    }
}

// MARK: - Layout

struct JobPostingLayoutTests {
    let parser = JobPostingParser()

    @Test func headingsRunIntoOneParagraphOpenSections() {
        let text = "Regnskapsmedarbeider Vi søker en regnskapsmedarbeider til vår økonomiavdeling i Bergen med ansvar for "
            + "regnskap og rapportering til ledelsen og styret og vi har et godt miljø med hyggelige kolleger i nye lokaler "
            + "Arbeidsoppgaver Bokføring Bankavstemminger Kvalifikasjoner Erfaring med Tripletex Egenskaper Nøyaktig"
        let kinds = parser.sections(of: text).map(\.kind)
        #expect(kinds == [.intro, .tasks, .requirements, .qualities])
        #expect(parser.sections(of: text)[1].items == ["Bokføring", "Bankavstemminger"])
    }

    @Test func aCapitalisedNameAfterAPrepositionIsNotANewItem() {
        let text = "Lyse lokaler sentralt i Oslo Gode pensjonsordninger Erfaring fra Region Stockholm Fleksitid"
        let items = parser.capitalisedItems(text, WordScanner(text))
        #expect(items == ["Lyse lokaler sentralt i Oslo", "Gode pensjonsordninger", "Erfaring fra Region Stockholm", "Fleksitid"])
    }

    @Test(arguments: [
        ("Arbetsuppgifter", PostingSection.Kind.tasks), ("Dina arbetsuppgifter:", .tasks), ("Vem är du?", .requirements),
        ("## Kvalifikasjoner", .requirements), ("Det er en fordel, hvis du", .merits), ("Meriterande", .merits),
        ("Personlige egenskaper", .qualities), ("Vi tilbyr:", .offer), ("Om arbeidsgiveren", .about), ("What we offer", .offer),
        ("Key responsibilities", .tasks), ("Nice to have", .merits), ("Om Jefferson Wells", .about),
    ])
    func headingLines(line: String, kind: PostingSection.Kind) {
        let sections = parser.sections(of: line + "\nFörsta raden i avsnittet")
        #expect(sections.first?.kind == kind)
    }

    @Test func aListItemIsNotAHeadingEvenWithAHeadingWord() {
        let sections = parser.sections(of: "Kvalifikationer\nErfarenhet av Agresso\nKompetens inom lönearbete.")
        #expect(sections.map(\.kind) == [.requirements])
        #expect(sections.first?.items == ["Erfarenhet av Agresso", "Kompetens inom lönearbete"])
    }

    @Test func abbreviationsDoNotEndSentences() {
        #expect(JobPostingParser.sentences(of: "Kunskaper i t.ex. Visma m.fl. krävs. Du har ca. 3 års erfarenhet.")
            == ["Kunskaper i t.ex. Visma m.fl. krävs.", "Du har ca. 3 års erfarenhet."])
    }
}

// MARK: - Facts

struct JobPostingFactTests {
    let parser = JobPostingParser()

    @Test(arguments: [
        ("Vi söker en ekonomiassistent som har erfarenhet av arbete med kundreskontra och bokföring.", "sv"),
        ("Vi søker en økonomimedarbeider som har erfaring med regnskap og bokføring av bilag.", "no"),
        ("Vi søger en bogholder, som har erfaring med regnskab og bogføring af bilag hos os.", "da"),
        ("We are looking for an accounts assistant with experience of invoicing and bookkeeping.", "en"),
    ])
    func tellsTheLanguage(text: String, language: String) {
        #expect(parser.language(of: text) == language)
    }

    @Test(arguments: [
        ("Lønnstrinn 26-35 som tilsvarer fra kr 397 400 til kr 459 800 pr år", "no", 397_400, 459_800, "NOK", JobPosting.Salary.Period.year),
        ("Månadslön 32 000–36 000 kr", "sv", 32_000, 36_000, "SEK", .month),
        ("Salary: EUR 45,000 per year", "en", 45_000, 45_000, "EUR", .year),
        ("Timeløn 180 kr. i timen", "da", 180, 180, "DKK", .hour),
    ])
    func readsSalaries(text: String, language: String, min: Int, max: Int, currency: String, period: JobPosting.Salary.Period) throws {
        let salary = try #require(parser.salary(in: [text], language: language))
        #expect(salary.min == min)
        #expect(salary.max == max)
        #expect(salary.currency == currency)
        #expect(salary.period == period)
        #expect(salary.text == text)
    }

    @Test func aNumberOfEmployeesIsNotASalary() {
        #expect(parser.salary(in: ["Etat for lønn og regnskap betjener kommunens 20 000 ansatte"], language: "no") == nil)
    }

    @Test(arguments: [
        ("Sista ansökningsdag: 2026-03-15", "2026-03-15"), ("Søknadsfrist 15.04.2026", "2026-04-15"),
        ("Ansøgningsfrist: 20. marts 2026", "2026-03-20"), ("Application deadline: June 10, 2026", "2026-06-10"),
        ("Søknadsfrist: snarest", "snarest"), ("Søknadsfrist 12. april", "12. april"),
    ])
    func readsDeadlines(text: String, deadline: String) {
        #expect(parser.parse("Ekonomiassistent\n\n" + text).deadline == deadline)
    }

    @Test(arguments: [
        ("Tillsvidareanställning, heltid", "full-time, permanent"), ("Vikariat 80 %", "part-time (80%), temporary"),
        ("Fast 100 % stilling", "full-time, permanent"), ("Deltid 32 timer om ugen, tidsbegrænset", "part-time, temporary"),
        ("Full-time, fixed-term contract", "full-time, temporary"),
    ])
    func readsExtent(text: String, extent: String) {
        #expect(parser.parse("Ekonomiassistent\n\n" + text).extent == extent)
    }
}

// MARK: - Requirements

struct JobPostingRequirementTests {
    let parser = JobPostingParser()

    @Test func meritCuesAndMeritSectionsGoToMerits() {
        let posting = parser.parse("""
            Ekonomiassistent
            Kvalifikationer
            - Goda kunskaper i Raindance
            - Erfarenhet av offentlig sektor är meriterande
            Ønskelig
            - Kjennskap til Visma
            """)
        #expect(posting.requirements.map(\.text) == ["Goda kunskaper i Raindance"])
        #expect(posting.merits.map(\.text) == ["Erfarenhet av offentlig sektor är meriterande", "Kjennskap til Visma"])
    }

    /// "Vi ser gärna att …" (no: "vi ser gjerne", da: "vi ser gerne") is a wish, not a demand.
    @Test(arguments: [
        "Vi ser gärna att du har arbetat med Raindance",
        "Vi ser gjerne at du har erfaring med Visma",
        "Vi ser gerne, at du har erfaring med Navision",
        "Ideally you have worked with Agresso",
    ])
    func aWishInARequirementsSectionIsAMerit(wish: String) {
        let posting = parser.parse("Ekonomiassistent\nKvalifikationer\n- Gymnasieutbildning\n- \(wish)\n")
        #expect(posting.requirements.map(\.text) == ["Gymnasieutbildning"])
        #expect(posting.merits.map(\.text) == [wish])
    }

    @Test func aWishJoinedToADemandLeavesTheDemandARequirement() throws {
        let posting = parser.parse("""
            Controller
            Kvalifikationer
            - Du har flerårig erfarenhet som controller och vi ser gärna att du har arbetat i en politiskt styrd organisation
            """)
        let requirement = try #require(posting.requirements.first)
        #expect(posting.requirements.count == 1)
        #expect(requirement.text == "Du har flerårig erfarenhet som controller")
        #expect(requirement.condition == .experience(months: 24, occupation: "controller", match: .as))
        #expect(posting.merits.map(\.text) == ["Vi ser gärna att du har arbetat i en politiskt styrd organisation"])
        #expect(posting.merits.map(\.condition) == [.publicSector])
    }

    @Test func theSplitKeepsTheDemandsClosingBracket() {
        let posting = parser.parse("Ekonomiassistent\nKvalifikationer\n- Högskoleexamen inom ekonomi (kandidat), och vi ser gärna att du har arbetat med Raindance\n")
        #expect(posting.requirements.map(\.text) == ["Högskoleexamen inom ekonomi (kandidat)"])
        #expect(posting.merits.map(\.text) == ["Vi ser gärna att du har arbetat med Raindance"])
    }

    /// "är" (is) folds as "år" (year) does: "i en … är meriterande" is no year of experience.
    @Test func isIsNotAYear() {
        let posting = parser.parse("Controller\nKvalifikationer\n- Erfarenhet av att arbeta i en politiskt styrd organisation är meriterande\n- Ett års erfarenhet som controller är ett krav\n")
        #expect(posting.merits.map(\.condition) == [.publicSector])
        #expect(posting.requirements.map(\.condition) == [.experience(months: 12, occupation: "controller", match: .as)])
    }

    /// Only a conjunction followed by a subject starts a clause: "ekonomi och lön är meriterande" is one merit.
    @Test func aMeritOfTwoThingsIsNotSplit() {
        let posting = parser.parse("Ekonomiassistent\nKvalifikationer\n- Erfarenhet av arbete med ekonomi och lön är meriterande\n")
        #expect(posting.requirements.isEmpty)
        #expect(posting.merits.map(\.text) == ["Erfarenhet av arbete med ekonomi och lön är meriterande"])
    }

    @Test func equivalentExperienceInTheSameSentenceIsAnAlternative() throws {
        let posting = parser.parse("Accounts Assistant\nQualifications\n- Bachelor's degree in accounting or equivalent experience\n")
        let requirement = try #require(posting.requirements.first)
        #expect(requirement.alternatives?.map { $0.map(\.condition) } == [
            [.education(level: .hogskola, field: "ekonomi", orEquivalent: false)],
            [.experience(months: 36, occupation: "ekonomiassistent", match: .similar)],
        ])
    }

    @Test func aStatedDurationIsTheSubstitutesMinimum() throws {
        let posting = parser.parse("""
            Lönehandläggare
            Kvalifikationer
            - Gymnasieutbildning med ekonomisk inriktning
            - Minst fem års erfarenhet av lönearbete kan kompensera för utbildningen
            """)
        let requirement = try #require(posting.requirements.first)
        #expect(requirement.alternatives?.last?.first?.condition
            == .experience(months: 60, occupation: "loneadministrator", match: .similar))
    }

    @Test func everySystemIsFoundWhateverItsCapitalisation() throws {
        let posting = parser.parse(try Fixtures.text("postings/systems-any-case.txt"))
        let named = Set(posting.requirements.flatMap(JobPostingParser.systemNames))
        #expect(named == [
            "Agresso", "Raindance", "Visma", "Heroma", "Agda", "Personec P", "Hogia", "Public360", "W3D3", "Platina", "QlikView",
            "Power BI", "Excel",
        ])
    }

    @Test func anAdWithoutHeadingsStillHasATitleTasksAndRequirements() throws {
        let posting = parser.parse(try Fixtures.text("postings/no-headings.txt"))
        #expect(posting.title == "Handläggare till kommunens kansli")
        #expect(posting.tasks == ["Du kommer att handlägga ärenden, skriva protokoll och ta fram beslutsunderlag till nämnden"])
        #expect(posting.requirements.map(\.kind).contains("education"))
        #expect(posting.requirements.map(\.kind).contains("experience"))
    }

    @Test func gibberishGivesATitleAndTasksNeverAnEmptyPosting() {
        let posting = parser.parse("xq zzv blorp flim. wug wug wug wug.")
        #expect(!posting.title.isEmpty)
        #expect(!posting.tasks.isEmpty || !posting.requirements.isEmpty)
    }

    @Test func theJSONHasEveryKeyOfTheContract() throws {
        let data = try JSONEncoder().encode(parser.parse("Ekonomiassistent\nArbetsuppgifter\n- Bokföring"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == [
            "title", "employer", "location", "language", "tasks", "requirements", "merits", "qualities", "salary", "deadline", "extent",
        ])
        #expect(object["salary"] is NSNull)
    }
}
