import Dispatch
@testable import PassformCore
import Testing

/// The process-wide symbol table that prepared candidates and compiled screeners share.
struct SymbolsTests {
    @Test func threadsInterningAtOnceAgreeOnEveryId() {
        let names = (0..<400).map { "symbols-test-\($0)" }
        let results = UnsafeMutableBufferPointer<[Int32]>.allocate(capacity: 8)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        let shared = Results(results)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            // Each thread meets the names in its own order, so new names are added from every thread.
            let order = thread % 2 == 0 ? names : names.reversed()
            var ids: [String: Int32] = [:]
            for name in order { ids[name] = Symbols.shared.with { $0.id(name) } }
            shared.store(names.map { ids[$0]! }, at: thread)
        }
        let first = results[0]
        #expect(Set(first).count == names.count)
        #expect((1..<8).allSatisfy { results[$0] == first })
        #expect(names.map { name in Symbols.shared.with { $0.id(name) } } == first)
    }

    @Test func aRunThatAddsANameIsRepeatedOnTheSharedTable() {
        var runs = 0
        let id = Symbols.shared.with { table -> Int32 in
            runs += 1
            return table.id("symbols-test-once-a")
        }
        #expect(runs == 2)
        #expect(Symbols.shared.with { $0.id("symbols-test-once-a") } == id)
        var again = 0
        _ = Symbols.shared.with { table -> Int32 in
            again += 1
            return table.id("symbols-test-once-a")
        }
        #expect(again == 1)
    }

    /// Each thread writes its own index only.
    private struct Results: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[Int32]>
        init(_ buffer: UnsafeMutableBufferPointer<[Int32]>) { self.buffer = buffer }
        func store(_ ids: [Int32], at index: Int) { buffer[index] = ids }
    }
}
