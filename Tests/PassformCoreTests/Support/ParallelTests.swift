import Testing

@testable import PassformCore

/// Two start-up jobs at once: both results come back, and the first job's error reaches the caller.
struct ParallelBothTests {
    struct Failure: Error {}

    @Test func bothResultsComeBack() throws {
        let (a, b) = try Parallel.both({ (1...1000).reduce(0, +) }, { String(repeating: "x", count: 3) })
        #expect(a == 500500)
        #expect(b == "xxx")
    }

    struct Other: Error {}

    @Test func eitherJobsErrorIsThrownAndTheFirstsWinsWhenBothFail() {
        #expect(throws: Failure.self) { try Parallel.both({ () throws -> Int in throw Failure() }, { 2 }) }
        #expect(throws: Other.self) { try Parallel.both({ 1 }, { () throws -> Int in throw Other() }) }
        #expect(throws: Failure.self) {
            try Parallel.both({ () throws -> Int in throw Failure() }, { () throws -> Int in throw Other() })
        }
    }
}
