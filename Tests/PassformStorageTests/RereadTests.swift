import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

/// Reading stored CV files again with a newer reader (`db reread`).
struct RereadTests {
    let asOf = YearMonth(year: 2026, month: 11)

    /// The file's bytes as the current reader reads them, ready to store.
    func readNow(_ file: StoredFile) throws -> PreparedCV {
        let candidate = try CVTextParser().parse(String(decoding: file.bytes, as: UTF8.self), asOf: asOf, file: file.fileName)
        return try PreparedCV(CVImport(fileName: file.fileName, bytes: file.bytes, candidate: candidate))
    }

    /// Two people's CVs as an older reader stored them: the period of each one's job taken for a personnummer (the
    /// same for both, so the second was linked to the first), and no job.
    func registerReadByAnOlderReader() throws -> PassformDatabase {
        let register = try PassformDatabase.inMemory()
        for (name, email, job) in [
            ("Anna Berg", "anna@example.se", "Ekonomiassistent, Malmö stad"),
            ("Bo Ek", "bo@example.se", "Redovisningsekonom, Lunds kommun"),
        ] {
            let text = "\(name)\n\(email)\n\nErfarenhet\n2019-04 - 2026-02 \(job)\n"
            var misread = Candidate(name: name)
            misread.contacts = Contacts(emails: [email], nationalID: "2019-04 - 2026-02")
            try register.importCV(CVImport(fileName: "\(name).txt", bytes: Data(text.utf8), candidate: misread), by: "hr")
        }
        return register
    }

    @Test func aNewerReadingReplacesTheStoredFactsAndIsLogged() throws {
        let register = try registerReadByAnOlderReader()
        let files = try register.storedFiles(after: 0, limit: 10)
        #expect(files.map(\.id) == [1, 2])

        let outcome = try register.replaceReadings(files.map { ($0.id, try readNow($0)) }, by: "hr")

        #expect(outcome.changedFiles == 2)
        #expect(outcome.changedCandidates == [1])
        let detail = try register.candidate("1")
        #expect(detail.candidate.employment.map(\.occupation) == ["redovisningsekonom"])
        #expect(try register.audit(candidate: "1").contains { $0.action == .reread })
    }

    @Test func peopleLinkedByAMisreadIdentifierAreReportedAndTheIdentifierGoes() throws {
        let register = try registerReadByAnOlderReader()
        #expect(try register.candidates().count == 1)

        let outcome = try register.replaceReadings(try register.storedFiles(after: 0, limit: 10).map { ($0.id, try readNow($0)) }, by: "hr")

        #expect(outcome.unlinked == [1])
        #expect(throws: StorageError.self) { try register.candidateID("201904202602") }
        #expect(try register.candidateID("bo@example.se") == 1)
    }

    @Test func readingAgainWithTheSameReaderChangesNothing() throws {
        let register = try registerReadByAnOlderReader()
        let files = try register.storedFiles(after: 0, limit: 10)
        _ = try register.replaceReadings(files.map { ($0.id, try readNow($0)) }, by: "hr")

        let again = try register.replaceReadings(files.map { ($0.id, try readNow($0)) }, by: "hr")

        #expect(again == RereadOutcome())
    }

    @Test func storedFilesArePagedInNumberOrder() throws {
        let register = try registerReadByAnOlderReader()
        #expect(try register.storedFiles(after: 0, limit: 1).map(\.id) == [1])
        #expect(try register.storedFiles(after: 1, limit: 5).map(\.id) == [2])
        #expect(try register.storedFiles(after: 2, limit: 5).isEmpty)
    }
}
