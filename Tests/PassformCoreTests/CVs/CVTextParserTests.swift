import PassformCore
import Testing

struct CVTextParserTests {
    let parser = CVTextParser()
    let asOf = YearMonth(year: 2026, month: 11)

    func parse(_ text: String) throws -> Candidate {
        try parser.parse(text, asOf: asOf, file: "test.txt")
    }

    @Test func aDocumentTitleInCapitalsIsNotTheName() throws {
        let candidate = try parse("CURRICULUM VITAE\n\nUlla Bergström\n\nErfarenhet\nJan 2015 – Dec 2018: Redovisningsekonom, Uppsala universitet\n")
        #expect(candidate.name == "Ulla Bergström")
    }

    @Test func aNorwegianOrDanishNumberWithoutPrefixIsAPhone() throws {
        let candidate = try parse("Ingrid Haugen\ningrid@example.no · 913 45 678\n20 12 34 56\n\nArbeidserfaring\n2015 2019 Regnskapsmedarbeider, Bærum kommune\n")
        #expect(candidate.contacts.phones == ["913 45 678", "20 12 34 56"])
    }

    @Test(arguments: ["2015 2019", "1 020 000", "12 34 567", "0155 Oslo 1234", "397 400 459 800"])
    func otherGroupedNumbersAreNotPhones(text: String) {
        #expect(PersonalData.phones(in: text).isEmpty)
    }

    @Test func aBareITHeadingOpensTheSkills() throws {
        let candidate = try parse("Ingrid Haugen\n\nArbeidserfaring\n2019 – nå Regnskapsmedarbeider, Bærum kommune\n\nIT\nAgresso (avansert), Excel (god)\n")
        #expect(candidate.skills.map(\.name) == ["Agresso", "Excel"])
        #expect(candidate.skills.map(\.level) == [.storErfarenhet, .goda])
    }

    @Test func danishLevelWordsAreRead() throws {
        let candidate = try parse("Søren Kjær\n\nKompetencer\nGode kendskab til SAP, Excel (øvet)\n")
        #expect(candidate.skills.map(\.level) == [.goda, .goda])
    }

    @Test func danishAdvancedAndVeryExperiencedAreTheHighestLevel() throws {
        let candidate = try parse(
            "Mette Kjær\n\nIT\nNavision (Dynamics NAV) – meget erfaren; Prisme; Excel – avanceret; KMD Opus – rutineret\n")
        #expect(candidate.skills.map(\.level) == [.storErfarenhet, nil, .storErfarenhet, .goda])
    }

    @Test func aDanishBusinessUpperSecondaryIsAnEconomicsEducation() throws {
        let candidate = try parse("Mette Kjær\n\nUddannelse\n2006–2009 HHX, Vejle Handelsskole\n")
        #expect(candidate.education.map(\.level) == [.gymnasium])
        #expect(candidate.education.map(\.field) == ["ekonomi"])
    }

    @Test func danishMunicipalFinanceSystemsAreSystems() throws {
        let candidate = try parse(
            "Mads Sørensen\n\nErhvervserfaring\n03/2020 – nu Regnskabsassistent, Odense Kommune\n- Kreditorbogføring i Prisme og KMD Opus\n")
        #expect(candidate.skills.map(\.name) == ["Prisme", "KMD Opus"])
        #expect(candidate.skills.allSatisfy { $0.category == SystemCategory(rawValue: "ekonomisystem") })
    }

    // MARK: - Months

    @Test func countsInclusiveMonthsAndOverlapOnce() throws {
        let candidate = try parse("""
            Test Person

            Arbetslivserfarenhet
            2018-01 – 2020-12  Ekonomiassistent, Vellinge kommun
            2020-01 – 2021-06  Ekonomiassistent, Bokföringsbyrån AB
            """)
        #expect(candidate.employment.count == 2)
        #expect(candidate.experienceMonthsByOccupation(asOf: asOf) == ["ekonomiassistent": 42])
    }

    @Test(arguments: [("2021-01 – 2023-11", 35), ("2021-01 – 2023-12", 36)])
    func boundaryOfThreeYears(period: String, months: Int) throws {
        let candidate = try parse("Arbetslivserfarenhet\n\(period)  Ekonomiassistent, Kriminalvården\n")
        #expect(candidate.experienceMonths(asOf: asOf) { $0.occupation == "ekonomiassistent" } == months)
    }

    @Test func countsYearOnlyDatesConservativelyAndWarns() throws {
        let candidate = try parse("Erfarenhet\nVaktmästare, Lunds kommun\n2010 – 2020\n")
        let job = try #require(candidate.employment.first)
        #expect(job.isYearOnly)
        #expect(job.start == YearMonth(year: 2010, month: 12))
        #expect(job.end == YearMonth(year: 2020, month: 1))
        #expect(candidate.experienceMonthsByOccupation(asOf: asOf) == ["vaktmastare": 110])
        #expect(candidate.warnings.contains("line 2: year-only dates; months counted conservatively as 2010-12 to 2020-01"))
    }

    @Test func presentMeansTheAsOfDate() throws {
        let candidate = try parse("Work experience\nAug 2015 – Present | Accounts Payable Clerk | Leeds City Council\n")
        #expect(candidate.employment.first?.isCurrent == true)
        #expect(candidate.experienceMonths(asOf: YearMonth(year: 2016, month: 7)) { _ in true } == 12)
    }

    // MARK: - Entries

    @Test func readsTitleBeforeAndAfterTheDates() throws {
        let before = try parse("Erfarenhet\n\nEkonomiassistent, Malmö stad\n2019-03 – 2021-02\nBokföring.\n")
        let after = try parse("Erfarenhet\n\n2019-03 – 2021-02\nEkonomiassistent, Malmö stad\nBokföring.\n")
        for candidate in [before, after] {
            let job = try #require(candidate.employment.first)
            #expect(job.title == "Ekonomiassistent")
            #expect(job.employer == "Malmö stad")
            #expect(job.occupation == "ekonomiassistent")
            #expect(job.publicSector)
            #expect(job.start == YearMonth(year: 2019, month: 3))
            #expect(job.end == YearMonth(year: 2021, month: 2))
        }
    }

    @Test(arguments: [
        ("Skatteverket", true), ("Plan- og bygningsetaten", true), ("Region Skåne", true), ("Københavns Kommune", true),
        ("Leeds City Council", true), ("Lunds universitet", true), ("Försäkringskassan", true), ("Statens vegvesen", true),
        ("ICA Sverige AB", false), ("Tripletex AS", false), ("Dansk Revision A/S", false), ("Kommuninvest AB", false),
        ("Acme Logistics Ltd", false),
    ])
    func marksPublicEmployers(employer: String, isPublic: Bool) throws {
        let candidate = try parse("Erfarenhet\n2019-03 – 2021-02  Ekonomiassistent, \(employer)\n")
        #expect(candidate.employment.first?.publicSector == isPublic)
    }

    @Test func readsEducationLevelAndField() throws {
        let candidate = try parse("""
            Utbildning
            2020–2022 Yrkeshögskoleexamen Redovisningsekonom, Yrkeshögskolan Malmö
            2012–2015 Kandidatexamen i företagsekonomi, Lunds universitet
            2009–2012 Samhällsvetenskapsprogrammet, Katedralskolan (gymnasium)
            Master i rettsvitenskap, Universitetet i Oslo, 2015
            """)
        let pairs = candidate.education.map { "\($0.level?.rawValue ?? "-")/\($0.field?.rawValue ?? "-")" }
        #expect(pairs == ["yrkeshogskola/ekonomi", "hogskola/ekonomi", "gymnasium/-", "master/juridik"])
        #expect(candidate.education[1].institution == "Lunds universitet")
    }

    // MARK: - Skills, languages, licences, laws

    @Test func readsSystemsWithTheirStatedLevels() throws {
        let candidate = try parse("""
            IT-kunskaper
            Grundläggande Excel, goda kunskaper i Agresso och Raindance
            Heroma – expert
            Visma (avancerad), Public360
            Unit4 Business World
            """)
        let levels = Dictionary(uniqueKeysWithValues: candidate.skills.map { ($0.name, $0.level) })
        #expect(levels["Excel"] == .grund)
        #expect(levels["Agresso"] == .goda)
        #expect(levels["Raindance"] == .goda)
        #expect(levels["Heroma"] == .storErfarenhet)
        #expect(levels["Visma"] == .storErfarenhet)
        #expect(levels["Public360"] == .some(nil))
        #expect(candidate.skills.filter { $0.name == "Agresso" }.count == 1)
        #expect(candidate.skills.first { $0.name == "Heroma" }?.source == SourceSpan(line: 3, text: "Heroma – expert"))
    }

    @Test func readsLanguagesWithWordsAndCEFR() throws {
        let candidate = try parse("""
            Språk
            Svenska – modersmål
            Engelska: flytande i tal och skrift
            Tyska (B1), franska – grundläggande
            Norsk: god
            """)
        let levels = Dictionary(uniqueKeysWithValues: candidate.languages.map { ($0.language, $0.level) })
        #expect(levels == ["sv": .native, "en": .c1, "de": .b1, "fr": .a2, "no": .b2])
    }

    @Test func readsDrivingLicencesAndIgnoresTheirAbsence() throws {
        let withLicence = try parse("Körkort\nB, BE\n\nÖvrigt\nHar även C-körkort.\n")
        #expect(withLicence.licences.map(\.licenceClass) == ["B", "BE", "C"])
        let without = try parse("Körkort\nInget körkort\n")
        #expect(without.licences.isEmpty)
        let norwegian = try parse("Førerkort\nFørerkort klasse B\n")
        #expect(norwegian.licences.map(\.licenceClass) == ["B"])
    }

    @Test func readsNamedLaws() throws {
        let candidate = try parse("""
            Profil
            Van vid LOU, LAS och offentlighets- och sekretesslagen. Kjenner forvaltningsloven og GDPR.
            Läs mer om mig nedan.
            """)
        #expect(Set(candidate.laws.map(\.name)) == ["LOU", "LAS", "offentlighets- och sekretesslagen", "forvaltningsloven", "GDPR"])
    }

    @Test func readsTitleCaseCombinedHeadingsAndDottedLanguageLists() throws {
        let candidate = try parse("""
            Malin Sjöberg

            Yrkeserfarenhet
            Lönehandläggare  |  Statens tjänstepensionsverk (SPV)  |  sep 2020 – pågående

            Utbildning & kurser
            Gymnasieexamen, Ekonomiprogrammet, 2011–2014

            Språk
            Svenska (modersmål) · Engelska (B2) · Finska (A2)
            """)
        #expect(candidate.employment.first?.employer == "Statens tjänstepensionsverk (SPV)")
        #expect(candidate.employment.first?.publicSector == true)
        #expect(candidate.education.first?.level == .gymnasium)
        #expect(candidate.certifications.isEmpty)
        let levels = Dictionary(uniqueKeysWithValues: candidate.languages.map { ($0.language, $0.level) })
        #expect(levels == ["sv": .native, "en": .b2, "fi": .a2])
    }

    // MARK: - Personal data and blind mode

    static let personal = """
        CV
        Johanna Ek
        Foto: Johanna Ek, porträtt
        Personnummer: 19970402-2384
        Ålder: 29 år
        Kön: Kvinna
        johanna.ek@example.se, 073-111 22 33

        Erfarenhet
        2020-01 – nu  Ekonomiassistent, Region Halland
        """

    @Test func keepsPersonalDataApart() throws {
        let candidate = try parse(Self.personal)
        #expect(candidate.name == "Johanna Ek")
        #expect(candidate.contacts.nationalID == "19970402-2384")
        #expect(candidate.contacts.age == 29)
        #expect(candidate.contacts.gender == "female")
        #expect(candidate.contacts.emails == ["johanna.ek@example.se"])
        #expect(candidate.contacts.phones == ["073-111 22 33"])
        #expect(candidate.warnings.contains("line 3: a photo caption left out"))
    }

    @Test func anEmailBehindAnotherLabelOnTheSameLineIsKept() throws {
        let candidate = try parse("""
            Ingrid Bakke
            Telefon: 913 45 678 · E-post: ingrid.bakke@example.no

            Arbeidserfaring
            2019-03 – d.d.  Regnskapsmedarbeider, Bergen kommune
            """)
        #expect(candidate.contacts.phones == ["913 45 678"])
        #expect(candidate.contacts.emails == ["ingrid.bakke@example.no"])
    }

    @Test func blindModeShowsNoPersonalData() throws {
        let blind = try parse(Self.personal).blinded()
        #expect(blind.name == nil)
        #expect(blind.contacts == Contacts())
        let shown = "\(blind)"
        for secret in ["Johanna", "19970402", "2384", "29 år", "Kvinna", "porträtt", "example.se", "073-111"] {
            #expect(!shown.contains(secret), "blind candidate still shows \(secret)")
        }
        #expect(blind.employment.count == 1)
    }

    @Test func redactsPersonalDataInsideQuotedLines() throws {
        var candidate = Candidate(name: "Johanna Ek")
        candidate.contacts.nationalID = "970402-2384"
        candidate.skills = [SkillEntry(name: "Excel", category: .office, level: nil, source: SourceSpan(line: 4, text: "Johanna Ek 970402-2384: Excel"))]
        #expect(candidate.blinded().skills[0].source.text == "[…] […] […]: Excel")
    }

    // MARK: - Errors

    @Test func emptyTextIsAnError() {
        let error = #expect(throws: CVParseError.self) { try parser.parse(" \n\n", asOf: asOf, file: "empty.txt") }
        #expect(error?.description == "empty.txt: the CV is empty (no text found)")
    }

    @Test func textWithoutCVSectionsIsAnError() {
        let error = #expect(throws: CVParseError.self) {
            try parser.parse("FAKTURA 2026-0042\nAtt betala 15 625 kr\n", asOf: asOf, file: "invoice.pdf")
        }
        #expect(error?.reason == .notACV)
    }

    @Test func readsDatedJobsInACVWithoutHeadings() throws {
        let candidate = try parse("""
            Per Persson
            per@example.se

            2019-03 – 2021-02  Ekonomiassistent, Malmö stad
            2021-03 – nu  Redovisningsekonom, Region Skåne
            """)
        #expect(candidate.name == "Per Persson")
        #expect(candidate.experienceMonthsByOccupation(asOf: asOf) == ["ekonomiassistent": 24, "redovisningsekonom": 69])
        #expect(candidate.warnings.contains("no section headings found; dated lines naming an occupation were read as jobs"))
    }

    // MARK: - Markdown

    @Test func readsMarkdownHeadingsListsAndTables() throws {
        let candidate = try parse("""
            # Elin Strand

            ## Erfarenhet

            | Period | Befattning | Arbetsgivare |
            |---|---|---|
            | 2019-09 – nu | Förvaltningsjurist | Försäkringskassan |

            ## Kompetenser
            - **Platina** (goda kunskaper)
            """)
        #expect(candidate.name == "Elin Strand")
        #expect(candidate.employment.map(\.title) == ["Förvaltningsjurist"])
        #expect(candidate.employment.first?.employer == "Försäkringskassan")
        #expect(candidate.skills.map(\.name) == ["Platina"])
        #expect(candidate.skills.first?.level == .goda)
    }
}
