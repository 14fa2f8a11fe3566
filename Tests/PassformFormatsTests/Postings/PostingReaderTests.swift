import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

struct PostingReaderTests {
    let reader = PostingReader()

    func posting(_ name: String) throws -> JobPosting {
        try reader.read(path: Fixtures.packageRoot.appendingPathComponent("Postings/\(name)").path)
    }

    func conditions(_ requirements: [Requirement]) -> [Requirement.Condition] { requirements.map(\.condition) }

    // MARK: - Formats

    @Test(arguments: [
        ("ad.txt", "Ekonomiassistent\nArbetsuppgifter", PostingReader.Format.text), ("ad.md", "# Lønnsmedarbeider", .markdown),
        ("ad.html", "<!DOCTYPE html><html>", .html), ("ad.txt", "  <html lang=\"sv\"><body>", .html),
        ("ad.jsonld", "{\"@type\": \"JobPosting\"}", .jsonLD), ("ad", "[{\"@type\": \"JobPosting\"}]", .jsonLD),
    ])
    func picksTheFormatByContentAndExtension(path: String, head: String, format: PostingReader.Format) {
        #expect(PostingReader.format(of: head, path: path) == format)
    }

    @Test func seedAsAFile() throws {
        let seed = try posting("regnskapskonsulent-oslo.txt")
        #expect(seed.title == "Regnskapskonsulent")
        #expect(seed.tasks.count == 7)
        #expect(seed.salary?.min == 397_400)
    }

    // MARK: - The ads in Postings/

    @Test func swedishTextWithLineBreaks() throws {
        let ad = try posting("ekonomiassistent-uppsala.txt")
        #expect(ad.title == "Ekonomiassistent till Region Uppsala")
        #expect(ad.employer == "Region Uppsala")
        #expect(ad.location == "Uppsala")
        #expect(ad.language == "sv")
        #expect(ad.deadline == "2026-03-15")
        #expect(ad.extent == "full-time, permanent")
        #expect(ad.salary == JobPosting.Salary(text: "Individuell lönesättning"))
        #expect(ad.tasks.count == 6)
        #expect(ad.requirements.first?.alternatives?.map(conditions) == [
            [.education(level: .gymnasium, field: "ekonomi", orEquivalent: false)],
            [.experience(months: 24, occupation: "ekonomiassistent", match: .similar)],
        ])
        #expect(conditions(Array(ad.requirements.dropFirst())) == [
            .experience(months: 24, occupation: "ekonomiassistent", match: .similar),
            .system(category: "ekonomisystem", examples: ["Raindance"], open: false, level: .goda),
            .system(category: "office", examples: ["Excel"], open: false, level: .goda),
            .language(language: "sv", spoken: true, written: true, level: .c1),
        ])
        #expect(conditions(ad.merits) == [
            .publicSector, .system(category: "ekonomisystem", examples: ["Proceedo"], open: false, level: .kunskaper),
        ])
        #expect(ad.qualities == ["Du är noggrann, strukturerad och serviceinriktad", "Du arbetar självständigt men har också lätt för att samarbeta"])
    }

    @Test func norwegianMarkdown() throws {
        let ad = try posting("lonnsmedarbeider-bergen.md")
        #expect(ad.title == "Lønnsmedarbeider")
        #expect(ad.employer == "Bergen kommune, Etat for lønn og regnskap")
        #expect(ad.language == "no")
        #expect(ad.deadline == "2026-04-01")
        #expect(ad.extent == "full-time, permanent")
        #expect(ad.salary == JobPosting.Salary(
            min: 520_000, max: 580_000, currency: "NOK", period: .year, text: "Lønn fra kr 520 000 til kr 580 000 per år"))
        #expect(ad.tasks.first == "Registrering og kontroll av lønnsgrunnlag")
        #expect(ad.requirements.first?.alternatives?.last?.first?.condition
            == .experience(months: 36, occupation: "loneadministrator", match: .similar))
        #expect(ad.requirements.map(\.condition).contains(
            .system(category: "lonesystem", examples: ["Visma Lønn"], open: false, level: .goda)))
        #expect(ad.merits.map(\.condition).contains(.publicSector))
        #expect(ad.qualities == ["Nøyaktig og strukturert", "Serviceinnstilt og løsningsorientert", "Gode samarbeidsevner"])
    }

    @Test func htmlPagePrefersItsJSONLD() throws {
        let ad = try posting("redovisningsekonom-malmo.html")
        #expect(ad.title == "Redovisningsekonom")
        #expect(ad.employer == "Malmö stad, Serviceförvaltningen")
        #expect(ad.location == "Malmö")
        #expect(ad.deadline == "2026-04-30")
        #expect(ad.extent == "full-time")
        #expect(ad.salary?.min == 38_000)
        #expect(ad.salary?.max == 44_000)
        #expect(ad.salary?.currency == "SEK")
        #expect(ad.salary?.period == .month)
        #expect(ad.tasks == [
            "Löpande redovisning och avstämningar", "Månads- och årsbokslut", "Budgetuppföljning och ekonomiska rapporter",
            "Analys av resultat och prognoser",
        ])
        #expect(conditions(ad.requirements) == [
            .education(level: .hogskola, field: "ekonomi", orEquivalent: false),
            .experience(months: 36, occupation: "redovisningsekonom", match: .as),
            .system(category: "ekonomisystem", examples: ["Agresso"], open: false, level: .goda),
        ])
        #expect(conditions(ad.merits).first == .system(category: "analysverktyg", examples: ["Power BI"], open: false, level: .kunskaper))
    }

    @Test func htmlPageWithoutJSONLDIsReadWithoutScriptsNavigationOrFooter() throws {
        let ad = try posting("hr-konsulent-aarhus.html")
        #expect(ad.title == "HR-konsulent til HR og Personale")
        #expect(ad.employer == "Aarhus Kommune")
        #expect(ad.language == "da")
        #expect(ad.deadline == "2026-03-20")
        #expect(ad.extent == "full-time, permanent")
        #expect(ad.tasks.count == 5)
        #expect(!ad.tasks.contains { $0.contains("Forside") || $0.contains("cookies") || $0.contains("Rådhuspladsen") })
        #expect(ad.requirements.map(\.condition).contains(
            .experience(months: 36, occupation: "personaladministrator", match: .similar)))
        #expect(ad.merits.map(\.condition).contains(
            .system(category: "lonesystem", examples: ["SD Løn"], open: false, level: .kunskaper)))
        #expect(ad.qualities == ["Du er struktureret, omhyggelig og har gode samarbejdsevner"])
    }

    @Test func englishJSONLDFile() throws {
        let ad = try posting("payroll-administrator-stockholm.jsonld")
        #expect(ad.title == "Payroll Administrator")
        #expect(ad.employer == "Nordic Institute for Public Policy")
        #expect(ad.location == "Stockholm")
        #expect(ad.language == "en")
        #expect(ad.deadline == "2026-05-31")
        #expect(ad.extent == "part-time (80%), temporary")
        #expect(ad.salary == JobPosting.Salary(
            min: 34_000, max: 38_000, currency: "SEK", period: .month, text: "SEK 34,000–38,000 per month"))
        #expect(ad.tasks.count == 5)
        #expect(ad.requirements.first?.kind == "anyOf")
        #expect(ad.requirements.map(\.condition).contains(
            .system(category: "lonesystem", examples: ["Hogia"], open: false, level: .goda)))
        #expect(conditions(ad.merits).first == .language(language: "sv", spoken: true, written: true, level: .b1))
    }

    @Test func norwegianOneParagraphRegistryAd() throws {
        let ad = try posting("arkivmedarbeider-tromso.txt")
        #expect(ad.title == "Arkivmedarbeider")
        #expect(ad.employer == "Tromsø kommune")
        #expect(ad.location == "Tromsø")
        #expect(ad.deadline == "2026-04-15")
        #expect(ad.extent == "full-time, permanent")
        #expect(ad.tasks.count == 5)
        #expect(ad.requirements.first?.alternatives?.map(conditions) == [
            [.education(level: .gymnasium, field: nil, orEquivalent: false)],
            [.experience(months: 24, occupation: "registrator", match: .similar)],
        ])
        #expect(conditions(Array(ad.requirements.dropFirst())) == [
            .system(category: "dokument-och-arendehanteringssystem", examples: [], open: true, level: .kunskaper),
            .law(topic: "offentlighetsloven og arkivloven"),
            .language(language: "no", spoken: true, written: true, level: .b2),
        ])
        #expect(Set(ad.merits.flatMap(JobPostingParser.systemNames)) == ["Elements", "Public360"])
        #expect(ad.qualities == ["Nøyaktig og strukturert", "Serviceinnstilt"])
    }

    @Test func englishMarkdownOfficeAd() throws {
        let ad = try posting("office-administrator-copenhagen.md")
        #expect(ad.title == "Office Administrator (maternity cover)")
        #expect(ad.language == "en")
        #expect(ad.deadline == "2026-06-10")
        #expect(ad.extent == "full-time, temporary")
        #expect(ad.salary?.currency == "DKK")
        #expect(ad.salary?.min == 32_000)
        #expect(ad.requirements.first?.condition == .education(level: .gymnasium, field: nil, orEquivalent: false))
        #expect(ad.merits.first?.condition == .education(level: .yrkeshogskola, field: "administration", orEquivalent: false))
        let nordic = try #require(ad.requirements.first { $0.text == "Danish, Norwegian or Swedish" })
        #expect(nordic.alternatives?.map { $0.map(\.condition) } == [
            [.language(language: "da", spoken: true, written: true, level: .b2)],
            [.language(language: "no", spoken: true, written: true, level: .b2)],
            [.language(language: "sv", spoken: true, written: true, level: .b2)],
        ])
    }

    @Test func danishTextAd() throws {
        let ad = try posting("regnskabsassistent-odense.txt")
        #expect(ad.language == "da")
        #expect(ad.location == "Odense")
        #expect(ad.extent == "part-time, temporary")
        #expect(ad.deadline == "2026-05-01")
        #expect(ad.tasks == [
            "Udfakturering og debitorbogholderi", "Rykkere og inddrivelse", "Bankafstemninger", "Bogføring af indbetalinger",
            "Besvarelse af henvendelser fra borgere",
        ])
        #expect(ad.requirements.map(\.condition).contains(
            .system(category: "ekonomisystem", examples: ["e-conomic"], open: true, level: .kunskaper)))
        #expect(conditions(ad.merits) == [.publicSector])
    }

    @Test func windows1252TextWithCRLF() throws {
        let ad = try reader.read(try Data(contentsOf: Fixtures.url("postings/loneadministrator-windows-1252.txt")), path: "lön.txt")
        #expect(ad.title == "Löneadministratör")
        #expect(ad.requirements.map(\.condition).first == .experience(months: 36, occupation: "loneadministrator", match: .as))
    }

    // MARK: - Errors

    @Test func errorsNameTheFile() throws {
        let missing = #expect(throws: PostingReaderError.self) { try reader.read(path: "/nonexistent/ad.txt") }
        #expect(missing?.description == "/nonexistent/ad.txt: no such file")
        let folder = #expect(throws: PostingReaderError.self) { try reader.read(path: Fixtures.packageRoot.path + "/Postings") }
        #expect(folder == .isDirectory(path: Fixtures.packageRoot.path + "/Postings"))
        let empty = #expect(throws: PostingReaderError.self) { try reader.read(Data("  \n".utf8), path: "tom.txt") }
        #expect(empty == .empty(path: "tom.txt"))
    }

    @Test func invalidJSONAndJSONWithoutAJobPosting() throws {
        let broken = #expect(throws: PostingReaderError.self) {
            try reader.read(try Data(contentsOf: Fixtures.url("postings/broken.jsonld")), path: "broken.jsonld")
        }
        #expect(broken?.description.hasPrefix("broken.jsonld: not valid JSON (") == true)
        let other = #expect(throws: PostingReaderError.self) {
            try reader.read(try Data(contentsOf: Fixtures.url("postings/no-jobposting.jsonld")), path: "org.jsonld")
        }
        #expect(other?.description
            == "org.jsonld: no schema.org JobPosting in the JSON-LD (found Organization); expected an object with \"@type\": \"JobPosting\"")
    }

    // MARK: - Real ads (../shared/realworld, when present)

    static var realWorldAds: [String] {
        guard let folder = Fixtures.realWorld?.appendingPathComponent("postings"),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0).path }
    }

    @Test(.enabled(if: Fixtures.realWorld != nil, "../shared/realworld is not present"), arguments: realWorldAds)
    func realAdsParseToSomething(path: String) throws {
        let ad = try reader.read(path: path)
        #expect(!ad.title.isEmpty)
        #expect(!ad.tasks.isEmpty || !ad.requirements.isEmpty)
        #expect(["sv", "no", "da", "en"].contains(ad.language))
    }

    @Test(.enabled(if: Fixtures.realWorld != nil, "../shared/realworld is not present"))
    func realAdsHeaderGivesTitleEmployerAndDeadline() throws {
        let path = try #require(Self.realWorldAds.first { $0.hasSuffix("01_controller_varmdo_kommun.txt") })
        let ad = try reader.read(path: path)
        #expect(ad.title == "Controller mot gymnasie, vuxenutbildning och arbetsliv")
        #expect(ad.employer == "Värmdö kommun")
        #expect(ad.deadline == "2025-09-30")
        #expect(ad.requirements.first?.condition == .education(level: .hogskola, field: "ekonomi", orEquivalent: true))
    }
}
