@testable import PassformCore
import PassformTestSupport
import Testing

struct RoleProfileDocumentParserTests {
    static let expectedIDs = [
        "administrator-1", "administrator-2", "arkivarie", "assistent-1", "assistent-2", "controller", "ekonomiassistent-1",
        "ekonomiassistent-2", "handlaggare-1", "handlaggare-2", "handlaggare-3", "inkopare", "jurist", "kommunikator",
        "loneadministrator-1", "loneadministrator-2", "personaladministrator-1", "personaladministrator-2", "receptionist",
        "redovisningsekonom-1", "redovisningsekonom-2", "registrator", "vaktmastare-1", "vaktmastare-2", "vaxeltelefonist",
    ]

    @Test func findsTheTwentyFiveRoleLevelsOfTheSeed() throws {
        let result = RoleProfileDocumentParser().parse(try Fixtures.frameworkDocument())
        #expect(result.profiles.map(\.id.rawValue).sorted() == Self.expectedIDs)
        for profile in result.profiles {
            #expect(!profile.tasks.isEmpty, "\(profile.id) has no tasks")
            #expect(!profile.requirements.isEmpty, "\(profile.id) has no requirements")
        }
    }

    @Test func namesTheThreeSectionsWhoseHeadingWasLostAndWarns() throws {
        let result = RoleProfileDocumentParser().parse(try Fixtures.frameworkDocument())
        let titles = Set(result.profiles.map(\.title))
        #expect(titles.isSuperset(of: ["Controller", "Inköpare", "Löneadministratör 1"]))
        let warned = result.warnings.map(\.message).joined(separator: "\n")
        for title in ["Controller", "Inköpare", "Löneadministratör 1"] { #expect(warned.contains("'\(title)'")) }
    }

    @Test func ekonomiassistent2HasTwoAlternativesOfficeAndAnOpenEconomySystem() throws {
        let profile = try #require(try Fixtures.parsedFramework()["ekonomiassistent-2"])
        let anyOf = profile.requirements.compactMap(\.alternatives)
        #expect(anyOf.count == 1)
        let alternatives = try #require(anyOf.first)
        #expect(alternatives.count == 2)
        #expect(alternatives[0].map(\.condition) == [
            .education(level: .hogskola, field: "ekonomi", orEquivalent: true),
            .experience(months: 36, occupation: "ekonomiassistent", match: .similar),
        ])
        #expect(alternatives[1].map(\.condition) == [
            .education(level: .gymnasium, field: nil, orEquivalent: true),
            .experience(months: 60, occupation: "ekonomiassistent", match: .as),
        ])
        #expect(profile.requirements.contains { $0.condition == .office(level: .goda) })
        #expect(profile.requirements.contains {
            $0.condition == .system(category: "ekonomisystem", examples: ["Agresso", "Raindance"], open: true, level: .goda)
        })
    }

    @Test func vaktmastare2NeedsThreeYearsAndLicenceBButNoEducation() throws {
        let profile = try #require(try Fixtures.parsedFramework()["vaktmastare-2"])
        #expect(profile.requirements.contains { $0.condition == .experience(months: 36, occupation: "vaktmastare", match: .as) })
        #expect(profile.requirements.contains { $0.condition == .licence(licenceClass: "B") })
        #expect(!profile.requirements.contains { $0.kind == "education" })
    }

    @Test func controllerNeedsAYearAsControllerAndAnAnalysisTool() throws {
        let profile = try #require(try Fixtures.parsedFramework()["controller"])
        #expect(profile.requirements.contains { $0.condition == .experience(months: 12, occupation: "controller", match: .as) })
        #expect(profile.requirements.contains {
            if case .system("analysverktyg", let examples, true, _) = $0.condition { return examples == ["QlikView"] }
            return false
        })
    }

    @Test func loneadministrator2NeedsPayrollAndEconomySystems() throws {
        let profile = try #require(try Fixtures.parsedFramework()["loneadministrator-2"])
        #expect(profile.requirements.contains {
            $0.condition == .experience(months: 36, occupation: "loneadministrator", match: .as)
        })
        #expect(profile.requirements.contains {
            $0.condition == .system(category: "lonesystem", examples: ["Heroma", "Agda"], open: true, level: .goda)
        })
        #expect(profile.requirements.contains {
            $0.condition == .system(category: "ekonomisystem", examples: ["Agresso", "Raindance"], open: true, level: .goda)
        })
    }

    @Test func juristNeedsALawDegree() throws {
        let profile = try #require(try Fixtures.parsedFramework()["jurist"])
        #expect(profile.requirements.contains {
            if case .education(_, "juridik", true) = $0.condition { return true }
            return false
        })
    }

    @Test(arguments: ["receptionist", "vaxeltelefonist"])
    func frontDeskRolesNeedSpokenAndWrittenEnglish(id: String) throws {
        let profile = try #require(try Fixtures.parsedFramework()[ProfileID(id)])
        #expect(profile.requirements.contains {
            $0.condition == .language(language: "en", spoken: true, written: true, level: .b2)
        })
    }

    @Test func untanglesTheTwoColumnSections() throws {
        let framework = try Fixtures.parsedFramework()
        let handlaggare = try #require(framework["handlaggare-1"])
        #expect(handlaggare.tasks == [
            "självständigt arbete utifrån riktlinjer och praxis", "utarbeta förslag, exempelvis beslutsunderlag",
            "planera och följa upp ärenden", "utreda, granska och handlägga ärenden, samt fatta beslut i enklare ärenden",
        ])
        #expect(handlaggare.requirements.map(\.kind) == ["education", "experience", "office"])
        let vaxel = try #require(framework["vaxeltelefonist"])
        #expect(vaxel.requirements.map(\.text) == [
            "gymnasium eller likvärdig utbildning", "minst ett (1) års arbetslivserfarenhet som växeltelefonist",
            "goda kunskaper i engelska avseende tal och skrift", "goda kunskaper i MS Office eller likvärdigt",
            "stor erfarenhet av att använda datoriserade telefonväxlar och hänvisningssystem",
        ])
        #expect(vaxel.tasks.count == 4)
    }

    @Test func keepsEachRequirementsSourceSentenceRepaired() throws {
        let profile = try #require(try Fixtures.parsedFramework()["personaladministrator-1"])
        #expect(profile.requirements.last?.text == "kännedom om lagar och förordningar på området")
        #expect(profile.tasks.first == "löpande personaladministration")
    }

    @Test func aRetypedCopyInAnotherOrderGivesTheSameProfiles() throws {
        let framework = try Fixtures.parsedFramework()
        let copy = RoleProfileDocumentParser().parse(try Fixtures.text("profiles/retyped-reordered.txt"))
        #expect(copy.profiles.map(\.id) == ["vaxeltelefonist", "registrator", "ekonomiassistent-2", "vaktmastare-2"])
        #expect(copy.warnings.isEmpty)
        for profile in copy.profiles {
            let original = try #require(framework[profile.id])
            #expect(profile.title == original.title)
            #expect(profile.requirements.map(\.condition) == original.requirements.map(\.condition), "\(profile.id)")
        }
    }

    @Test func aNewRoleLevelInTheSameStyleParsesSensibly() throws {
        let result = RoleProfileDocumentParser().parse(try Fixtures.text("profiles/new-role-level.txt"))
        #expect(result.profiles.map(\.id) == ["upphandlare-2", "dokumentcontroller"])
        let upphandlare = result.profiles[0]
        let alternatives = try #require(upphandlare.requirements.first?.alternatives)
        #expect(alternatives[0].map(\.condition) == [
            .education(level: .hogskola, field: "juridik", orEquivalent: true),
            .experience(months: 24, occupation: "inkopare", match: .similar),
        ])
        #expect(alternatives[1].map(\.condition) == [.experience(months: 48, occupation: "inkopare", match: .as)])
        #expect(upphandlare.requirements[1].condition == .system(
            category: "upphandlingsverktyg", examples: ["TendSign", "Kommers"], open: true, level: .goda))
        #expect(upphandlare.requirements[2].condition == .language(language: "sv", spoken: true, written: true, level: .b2))
        #expect(upphandlare.requirements[3].condition == .law(topic: "offentlig upphandling"))
        let dokument = result.profiles[1]
        #expect(dokument.requirements.map(\.condition) == [
            .education(level: .gymnasium, field: nil, orEquivalent: true),
            .experience(months: 6, occupation: "dokumentcontroller", match: .as),
            .system(category: "dokument-och-arendehanteringssystem", examples: ["Platina"], open: true, level: .kunskaper),
            .licence(licenceClass: "BE"),
        ])
    }

    @Test func dropsPageDebris() {
        #expect(RoleProfileDocumentParser.isDebris("$"))
        #expect(RoleProfileDocumentParser.isDebris("1(0)]"))
        #expect(RoleProfileDocumentParser.isDebris("M KAMMARKOLLEGIET"))
        #expect(!RoleProfileDocumentParser.isDebris("m.fl.)."))
        #expect(!RoleProfileDocumentParser.isDebris("Controller"))
    }
}
