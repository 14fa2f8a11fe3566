import Foundation
import PassformCore
import PassformFormats
import PassformTestSupport
import Testing

struct ProfileStoreTests {
    var shipped: ProfileStore { ProfileStore(folder: Fixtures.packageRoot.appendingPathComponent("Profiles")) }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("passform-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func reimportingTheShippedDocumentGivesTheShippedFiles() throws {
        let result = RoleProfileDocumentParser().parse(try Fixtures.frameworkDocument())
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try ProfileStore(folder: folder).write(
            result.profiles, source: "konsultkompetenser-kontorstjanster.txt", warnings: result.warnings)
        let shippedFolder = Fixtures.packageRoot.appendingPathComponent("Profiles")
        let names = try FileManager.default.contentsOfDirectory(atPath: shippedFolder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(names.count == 25)
        for name in names {
            let fresh = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let kept = try String(contentsOf: shippedFolder.appendingPathComponent(name), encoding: .utf8)
            #expect(fresh == kept, "\(name) differs from a fresh import; run 'passform profiles import' and review the change")
        }
    }

    @Test func theShippedFilesReadBackToTheParsedProfiles() throws {
        let parsed = try Fixtures.parsedFramework()
        let loaded = try shipped.loadAll()
        #expect(loaded.count == 25)
        for profile in loaded { #expect(parsed[profile.id] == profile) }
    }

    @Test func aPersonsCorrectionIsWhatCounts() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Fixtures.packageRoot.appendingPathComponent("Profiles/vaktmastare-2.yaml")
        let edited = try String(contentsOf: source, encoding: .utf8).replacingOccurrences(of: "months: 36", with: "months: 24")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("vaktmastare-2.yaml"))
        let profile = try ProfileStore(folder: folder).load(id: "vaktmastare-2")
        #expect(profile.requirements.first?.condition == .experience(months: 24, occupation: "vaktmastare", match: .as))
    }

    @Test func aBrokenFileNamesTheFileAndTheProblem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("id: x\ntitle: X\ntasks: []\nrequirements:\n- kind: experiance\n  text: t\n".utf8)
            .write(to: folder.appendingPathComponent("x.yaml"))
        let error = #expect(throws: ProfileStoreError.self) { try ProfileStore(folder: folder).loadAll() }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.hasPrefix(folder.appendingPathComponent("x.yaml").path + ": not a valid role profile: "))
        #expect(text.contains("unknown requirement kind 'experiance'"))
    }

    @Test func anUnknownIDListsTheKnownOnes() throws {
        let error = #expect(throws: ProfileStoreError.self) { try shipped.load(id: "ekonomiassistent-3") }
        #expect(error.map { "\($0)" }?.hasPrefix("no role profile 'ekonomiassistent-3'; known ids: administrator-1, administrator-2") == true)
    }
}
