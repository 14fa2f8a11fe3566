import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

struct CandidateRegisterTests {
    @Test func theSameFileTwiceIsOneCandidate() throws {
        // Given
        let register = try PassformDatabase.inMemory()
        let cv = RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se"), file: "eva.txt")
        // When
        let first = try register.importCV(cv, by: "hr")
        let second = try register.importCV(CVImport(fileName: "copy/of/eva.txt", bytes: cv.bytes, candidate: cv.candidate), by: "hr")
        // Then
        #expect(first == .added(candidate: 1))
        #expect(second == .duplicate(candidate: 1))
        let all = try register.candidates()
        #expect(all.count == 1)
        #expect(all.first?.files == 1)
    }

    @Test func aNewCVOfTheSamePersonIsLinkedByEmailOrPersonnummer() throws {
        let register = try PassformDatabase.inMemory()
        try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "Eva@Example.se", nationalID: "19850312-1234"), text: "v1"),
            by: "hr")
        let byEmail = try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se "), text: "v2"), by: "hr")
        let byNumber = try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek-Berg", email: "eva.berg@example.no", nationalID: "850312-1234"), text: "v3"),
            by: "hr")
        let other = try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "another.eva@example.se"), text: "v4"), by: "hr")

        #expect(byEmail == .linked(candidate: 1, by: "e-mail"))
        #expect(byNumber == .linked(candidate: 1, by: "personnummer"))
        #expect(other == .added(candidate: 2))
        let eva = try register.candidate("eva.berg@example.no")
        #expect(eva.summary.id == 1)
        #expect(eva.summary.name == "Eva Ek-Berg")
        #expect(eva.files.map(\.isCurrent) == [false, false, true])
        #expect(try register.candidateID("198503121234") == 1)
    }

    @Test func storesTheOriginalBytesAndTheWarnings() throws {
        let register = try PassformDatabase.inMemory()
        var candidate = RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")
        candidate.warnings = ["line 7: unreadable date 'vår 2019'"]
        let bytes = Data([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10])
        try register.importCV(
            CVImport(fileName: "eva.pdf", bytes: bytes, candidate: candidate, warnings: ["page 2 had no text layer"]), by: "hr")

        let detail = try register.candidate("1")
        let file = try #require(detail.files.first)
        #expect(file.warnings == ["page 2 had no text layer", "line 7: unreadable date 'vår 2019'"])
        #expect(file.sha256 == ContentHash.sha256(bytes))
        #expect(try register.fileContent(file.id) == bytes)
        #expect(detail.candidate == candidate)
    }

    @Test func importWithAPostingCreatesAReceivedApplication() throws {
        let register = try PassformDatabase.inMemory()
        try register.addPosting(.sample(id: "2026-17"))
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se")), posting: "2026-17", by: "hr")

        let applications = try register.applications(posting: "2026-17")
        #expect(applications.map(\.status) == [.received])
        #expect(applications.first?.history.map(\.by) == ["hr"])
        #expect(throws: StorageError.postingNotFound("nope")) {
            try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Bo", email: "bo@example.se")), posting: "nope", by: "hr")
        }
        #expect(try register.candidates().count == 1)
    }

    @Test func unknownCandidatesAreNamedInTheError() throws {
        let register = try PassformDatabase.inMemory()
        let error = #expect(throws: StorageError.self) { try register.candidate("nobody@example.se") }
        #expect(error?.description == "no candidate 'nobody@example.se' in the register (see 'passform db list')")
    }
}

extension StoredPosting {
    /// A posting calling off a profile-like set of requirements.
    static func sample(id: String, requirements: [Requirement]? = nil) -> StoredPosting {
        let standard = [
            Requirement(text: "Minst 2 års erfarenhet som ekonomiassistent", condition: .experience(months: 24, occupation: "ekonomiassistent", match: .as)),
            Requirement(text: "Gymnasieutbildning", condition: .education(level: .gymnasium, field: nil, orEquivalent: false)),
        ]
        return StoredPosting(
            id: id, target: ScreeningTarget(id: id, title: "Ekonomiassistent", requirements: requirements ?? standard),
            addedAt: Date(timeIntervalSince1970: 1_790_000_000), addedBy: "hr")
    }
}

struct KnownFileTests {
    @Test func aStoredFileIsRecognisedBeforeReadingAndStillApplies() throws {
        let register = try PassformDatabase.inMemory()
        try register.addPosting(.sample(id: "p1"))
        let cv = RegisterBuilders.cv(RegisterBuilders.person(name: "Eva Ek", email: "eva@example.se"))
        #expect(try register.importIfStored(cv.bytes, by: "hr") == nil)
        try register.importCV(cv, by: "hr")

        #expect(try register.importIfStored(cv.bytes, posting: "p1", by: "hr") == .duplicate(candidate: 1))
        #expect(try register.importIfStored(cv.bytes, posting: "p1", by: "hr") == .duplicate(candidate: 1))
        #expect(try register.applications(posting: "p1").map(\.candidate) == [1])
    }
}
