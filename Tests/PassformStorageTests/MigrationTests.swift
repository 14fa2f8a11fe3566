import Foundation
import PassformCore
@testable import PassformStorage
import PassformTestSupport
import Testing

struct MigrationTests {
    /// A register written by the first release (schema v1), copied to a temporary file.
    static func v1Register() throws -> (PassformDatabase, URL) {
        let folder = try temporaryFolder()
        let path = folder.appendingPathComponent("v1.sqlite")
        try FileManager.default.copyItem(at: try Fixtures.url("databases/v1-register.sqlite"), to: path)
        return (try PassformDatabase.open(at: path.path), folder)
    }

    @Test func aV1RegisterOpensWithItsData() throws {
        let (register, folder) = try Self.v1Register()
        defer { try? FileManager.default.removeItem(at: folder) }

        #expect(try register.candidates().map(\.name) == ["Anna Lindqvist"])
        #expect(try register.posting("2026-17").target.requirements.count == 3)
        #expect(try register.applications(posting: "2026-17").first?.history.map(\.status) == [.received, .screened])
        #expect(try register.check().problems == [])
    }

    /// Migrations are append-only: a shipped migration edited in place would give old and new registers different
    /// schemas, which this catches.
    @Test func aMigratedV1RegisterHasTheSchemaOfANewOne() throws {
        let (register, folder) = try Self.v1Register()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try register.schema() == PassformDatabase.inMemory().schema())
        #expect(try register.schema().contains { $0.hasPrefix("table cvFile: ") })
    }
}
