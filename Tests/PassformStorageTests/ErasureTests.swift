import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

struct ErasureTests {
    /// The bytes of the database file and its WAL.
    static func fileBytes(_ path: String) -> Data {
        var data = FileManager.default.contents(atPath: path) ?? Data()
        data += FileManager.default.contents(atPath: path + "-wal") ?? Data()
        return data
    }

    @Test func eraseLeavesNoTraceInAnyTableFileOrFreePage() throws {
        // Given
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("register.sqlite").path
        let register = try PassformDatabase.open(at: path)
        try register.addPosting(.sample(id: "p1"))
        let name = "Zelda Quarnström"
        let email = "zelda.quarnstrom@example.se"
        try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: name, email: email, nationalID: "19790101-2389"), file: "zelda-cv.txt"),
            posting: "p1", by: "hr")
        try register.importCV(
            RegisterBuilders.cv(RegisterBuilders.person(name: "Zelda Quarnström", email: email), file: "zelda-2.txt", text: "new cv"), by: "hr")
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Bo Ek", email: "bo@example.se")), posting: "p1", by: "hr")
        let result = try register.search(Screener(target: try register.posting("p1").target), asOf: YearMonth(year: 2026, month: 11), applicantsOf: "p1")
        try register.recordScreening(target: "p1", result: result, applicantsOf: "p1", by: "hr")
        try register.move(email, on: "p1", to: .interview, by: "hr")
        #expect(Self.fileBytes(path).range(of: Data(name.utf8)) != nil)

        // When
        let erased = try register.erase(email, by: "dpo")

        // Then
        let bytes = Self.fileBytes(path)
        for trace in [name, email, "Quarnstr", "zelda-cv", "790101"] {
            #expect(bytes.range(of: Data(trace.utf8)) == nil, "'\(trace)' is still in the file")
        }
        #expect(erased == 1)
        #expect(try register.candidates().map(\.name) == ["Bo Ek"])
        #expect(try register.integrityCheck() == ["ok"])
        let trail = try register.audit(candidate: "1")
        #expect(trail.map(\.action) == [.import, .apply, .import, .screen, .status, .erase])
        #expect(trail.last?.detail == "erased on request: 2 CV files, 1 application")
        #expect(throws: StorageError.candidateNotFound(email)) { try register.candidate(email) }
    }

    @Test func purgeErasesOnlyCandidatesWithoutOpenApplicationsPastRetention() throws {
        let register = try PassformDatabase.inMemory()
        try register.addPosting(.sample(id: "p1"))
        let longAgo = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11
        let now = Date(timeIntervalSince1970: 1_790_000_000)  // 2026-09
        let recent = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Old Idle", email: "a@example.se")), by: "hr", at: longAgo)
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Old Open", email: "b@example.se")), posting: "p1", by: "hr", at: longAgo)
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Old Rejected", email: "c@example.se")), posting: "p1", by: "hr", at: longAgo)
        try register.move("3", on: "p1", to: .rejected, by: "hr", at: longAgo)
        try register.importCV(RegisterBuilders.cv(RegisterBuilders.person(name: "Recent", email: "d@example.se")), by: "hr", at: recent)

        #expect(try register.purgeable(olderThan: 24, at: now).map(\.id) == [1, 3])
        #expect(try register.purge(olderThan: 24, by: "dpo", at: now) == [1, 3])
        #expect(try register.candidates().map(\.name) == ["Old Open", "Recent"])
        #expect(try register.audit().filter { $0.action == .purge }.map(\.candidate) == [1, 3])
    }
}
