import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

struct ApplicationTests {
    static func register() throws -> PassformDatabase {
        let register = try PassformDatabase.inMemory()
        try register.addPosting(.sample(id: "p1"))
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")), by: "hr")
        try register.apply("eva@example.se", to: "p1", by: "anna")
        return register
    }

    @Test func movesThroughTheFlowRecordingWhoAndWhen() throws {
        let register = try Self.register()
        let monday = Date(timeIntervalSince1970: 1_800_000_000)
        try register.move("1", on: "p1", to: .screened, by: "anna", at: monday)
        try register.move("1", on: "p1", to: .interview, by: "bertil", at: monday.addingTimeInterval(86_400))
        try register.move("1", on: "p1", to: .offer, by: "bertil", at: monday.addingTimeInterval(2 * 86_400))
        try register.move("1", on: "p1", to: .hired, by: "cecilia", at: monday.addingTimeInterval(3 * 86_400))

        let application = try #require(try register.applications(posting: "p1").first)
        #expect(application.status == .hired)
        #expect(application.history.map(\.status) == [.received, .screened, .interview, .offer, .hired])
        #expect(application.history.map(\.by) == ["anna", "anna", "bertil", "bertil", "cecilia"])
        #expect(application.history.last?.at == monday.addingTimeInterval(3 * 86_400))
        #expect(try register.audit(candidate: "1").filter { $0.action == .status }.map(\.detail) == [
            "received → screened", "screened → interview", "interview → offer", "offer → hired",
        ])
    }

    @Test func refusesToGoBackOrToReopen() throws {
        let register = try Self.register()
        try register.move("1", on: "p1", to: .interview, by: "anna")
        let back = #expect(throws: StorageError.self) { try register.move("1", on: "p1", to: .screened, by: "anna") }
        #expect(
            back?.description
                == "an application cannot go from interview back to screened (order: received → screened → interview → offer → hired | rejected | withdrawn)")
        try register.move("1", on: "p1", to: .withdrawn, by: "anna")
        let reopen = #expect(throws: StorageError.self) { try register.move("1", on: "p1", to: .offer, by: "anna") }
        #expect(reopen?.description == "the application is already withdrawn; it cannot become offer")
    }

    @Test func refusesASecondApplicationAndUnknownPostings() throws {
        let register = try Self.register()
        #expect(throws: StorageError.duplicateApplication(candidate: 1, posting: "p1")) {
            try register.apply("1", to: "p1", by: "anna")
        }
        #expect(throws: StorageError.postingNotFound("p2")) { try register.apply("1", to: "p2", by: "anna") }
        #expect(throws: StorageError.duplicatePosting("p1")) { try register.addPosting(.sample(id: "p1")) }
    }

    @Test func publicListNamesEveryApplicantAndFlagsAnonymityRequests() throws {
        let register = try Self.register()
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Bo Ek", email: "bo@example.se")), by: "hr")
        try register.apply("bo@example.se", to: "p1", anonymous: true, by: "anna")

        let list = try register.publicList(posting: "p1", asOf: YearMonth(year: 2026, month: 11))
        #expect(list == [
            PublicListEntry(name: "Bo Ek", age: 41, title: "Ekonomiassistent", municipality: "Uppsala", anonymityRequested: true),
            PublicListEntry(name: "Eva Ek", age: 41, title: "Ekonomiassistent", municipality: "Uppsala", anonymityRequested: false),
        ])
    }

    @Test(arguments: [
        ("Storgatan 1, 123 45 Uppsala", "Uppsala"), ("Kirkeveien 12, 0368 Oslo", "Oslo"), ("Box 17, 831 21 Östersund", "Östersund"),
        ("Lillgatan 3, Borlänge", "Borlänge"), ("Storvretsvägen 10, 142 31, Trångsund, SE", "Trångsund"),
    ])
    func readsTheMunicipalityOfAnAddress(address: String, municipality: String) {
        #expect(PublicListEntry.municipality(address) == municipality)
    }

    @Test(arguments: [
        (Contacts(birthDate: "1997-04-02", age: 29), 29), (Contacts(nationalID: "19970402-2384"), 29),
        (Contacts(nationalID: "970402-2384"), 29), (Contacts(nationalID: "191208+1234"), 106),
        (Contacts(nationalID: "02048512345"), 41), (Contacts(nationalID: "02040554321"), 21), (Contacts(age: 52), 52),
    ])
    func readsTheAgeFromTheBirthDateOrNationalID(contacts: Contacts, age: Int) {
        #expect(PublicListEntry.age(contacts, asOf: YearMonth(year: 2026, month: 11)) == age)
    }

    @Test func countsPerPostingStatusAndVerdict() throws {
        let register = try Self.register()
        try register.move("1", on: "p1", to: .rejected, by: "anna")
        let stats = try register.stats()
        #expect(stats.candidates == 1)
        #expect(stats.files == 1)
        #expect(stats.postings.first?.byStatus["rejected"] == 1)
        #expect(stats.postings.first?.byStatus["received"] == 0)
        #expect(stats.postings.first?.applications == 1)
    }
}
