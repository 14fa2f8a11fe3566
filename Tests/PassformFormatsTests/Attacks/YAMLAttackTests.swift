import Foundation
import PassformCore
@testable import PassformFormats
import Testing

/// YAML bombs (anchors that expand exponentially through aliases), deep nesting and oversized files in plan,
/// call-off and role-profile files: each refused with one clear line, fast.
@Suite(.timeLimit(.minutes(1)))
final class YAMLAttackTests {
    /// Where ``write(_:name:)`` puts files; removed after each test.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("passform-yaml-\(UUID().uuidString)")

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Nine levels of ten aliases each: 10⁹ values once expanded, a few hundred bytes composed.
    static func bomb(under key: String) -> String {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n\(key): *a9\n"
    }

    static let expansion = "the file expands to more than 100000 values through its anchors and aliases (&, *); write the values out"

    @Test func planBombIsRefused() throws {
        let text = Self.bomb(under: "processes")
        let error = try #require(throws: PlanFileError.self) { try PlanFile.parse(text, file: "plan.yaml") }
        #expect(error.description == "plan.yaml: \(Self.expansion)")
    }

    /// The bomb as a mapping key: Yams hashes keys to find duplicates while it composes, which would walk the
    /// bomb before any budget could count it (this test hung before keys were checked in the text).
    @Test(arguments: ["? *a9\n: 1", "*a9 : 1", "[*a9, *a9]: 1", "{*a9 : 1}", "x: {? [*a9] : 1}", "x: {[*a9]: 1}"])
    func planBombAsAKeyIsRefused(key: String) throws {
        let text = Self.bomb(under: "name").replacingOccurrences(of: "name: *a9", with: key)
        let error = try #require(throws: PlanFileError.self) { try PlanFile.parse(text, file: "plan.yaml") }
        #expect(error.description == "plan.yaml: a key is a list, a mapping or an alias (?, *); keys must be plain words")
    }

    /// Question marks, asterisks and brackets inside words, quotes and values are not keys.
    @Test(arguments: [
        "name: Vad? *Viktigt* [1] nej", "name: 'a ? b'\nx: \"*a : 1\"", "name: x # ? *a : 1", "name: x\nlist: [1, 2]",
        "name: &n x\nother: *n",
    ])
    func ordinaryTextIsNotAComplexKey(text: String) {
        #expect(!BoundedYAML.scan(text).complexKey)
    }

    @Test func callOffBombIsRefused() throws {
        let text = Self.bomb(under: "bids")
        let error = try #require(throws: CallOffFileError.self) { try CallOffFile().parse(text, path: "avrop.yaml") }
        #expect(error.description == "avrop.yaml: \(Self.expansion)")
    }

    @Test func profileBombIsRefused() throws {
        let path = try write(Self.bomb(under: "requirements"), name: "profile.yaml")
        let error = try #require(throws: ProfileStoreError.self) { try ProfileStore.load(path: path) }
        #expect(error.description == "\(path): not a valid role profile: \(Self.expansion)")
    }

    /// A few aliases, as people use them, still read: the budget counts values, not anchors.
    @Test func modestAliasesStillRead() throws {
        let text = """
            name: Aliases
            cost: &cost { permanent: 48000, temporary: 62000 }
            processes:
              a: { name: A, role: ekonomiassistent-1, volume: 1200, productivity: 100, staff: { permanent: 1 } }
              b: { name: B, role: ekonomiassistent-1, volume: 1200, productivity: 100, staff: { permanent: 1 } }
            """
        let document = try PlanFile.parse(text, file: "plan.yaml")
        #expect(document.plan.name == "Aliases")
    }

    @Test(arguments: ["[", "{a: "])
    func deepFlowNestingIsRefused(opening: String) throws {
        let text = "name: " + String(repeating: opening, count: 50_000)
        let error = try #require(throws: PlanFileError.self) { try PlanFile.parse(text, file: "plan.yaml") }
        #expect(error.description == "plan.yaml: lists or mappings nest deeper than 256 levels")
        let callOff = try #require(throws: CallOffFileError.self) { try CallOffFile().parse(text, path: "avrop.yaml") }
        #expect(callOff.description == "avrop.yaml: lists or mappings nest deeper than 256 levels")
    }

    /// Brackets inside quotes and comments are not nesting.
    @Test func bracketsInQuotesAndCommentsAreText() {
        let text = "name: \"" + String(repeating: "[", count: 1_000) + "\" # " + String(repeating: "{", count: 1_000)
        #expect(throws: Never.self) { _ = try? PlanFile.parse(text, file: "plan.yaml") }
        #expect(!"\((try? PlanFile.parse(text, file: "plan.yaml")).map { _ in "" } ?? "")".contains("nest deeper"))
    }

    @Test func sizeLimitIsConfigurable() throws {
        var limits = InputLimits()
        limits.yamlBytes = 1_000
        let text = "name: Big\n" + String(repeating: "# comment\n", count: 200)
        let error = try #require(throws: PlanFileError.self) { try PlanFile.parse(text, file: "plan.yaml", limits: limits) }
        #expect(error.description == "plan.yaml: the file is 2010 bytes, over the yaml-bytes limit of 1000 bytes for a YAML file")
        var file = CallOffFile()
        file.limits = limits
        let callOff = try #require(throws: CallOffFileError.self) { try file.parse(text, path: "avrop.yaml") }
        #expect(callOff.description == "avrop.yaml: the file is 2010 bytes, over the yaml-bytes limit of 1000 bytes for a YAML file")
        let path = try write(text, name: "big.yaml")
        let profile = try #require(throws: ProfileStoreError.self) { try ProfileStore.load(path: path, limits: limits) }
        #expect(profile.description == "\(path): not a valid role profile: 2010 bytes is over the yaml-bytes limit of 1000 bytes")
    }

    /// Tags that ask for other types, binary, merge keys and odd scalars: a clear error or a plan, never a crash.
    @Test(arguments: [
        "name: !!binary AAAA\nprocesses: {}", "<<: *undefined", "name: &a x\n<<: *a", "name: !custom x",
        "name: x\nprocesses: {a: {volume: 1e308, productivity: 1e-308, name: a, role: r}}",
        "name: x\nprocesses: {a: {volume: .nan, productivity: .inf, name: a, role: r}}",
        "name: x\nprofile: [\(Array(repeating: "1e308", count: 12).joined(separator: ", "))]",
        "\u{0}\u{1}\u{2}", "---\n...\n---\n", "name: x\n---\nname: y",
    ])
    func oddYAMLGivesAPlanOrOneLine(text: String) {
        do {
            let document = try PlanFile.parse(text, file: "plan.yaml")
            _ = try? StaffingPlanner().plan(document.plan)
        } catch {
            #expect(!"\(error)".contains("\n"))
        }
    }

    private func write(_ text: String, name: String) throws -> String {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
