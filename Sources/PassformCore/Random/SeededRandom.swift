/// A small, fast, seeded pseudo-random generator (SplitMix64): the synthetic CV corpus and the bids lottery
/// repeat exactly from a recorded seed.
///
/// The same seed always gives the same sequence on every platform and Swift version, because every draw
/// goes through this type's own helpers (`int(below:)`, `pick(_:)`, `chance(_:)`) rather than the standard
/// library's `random(in:using:)`, whose algorithm is not promised to stay the same.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// A generator for one item of a corpus: the corpus seed mixed with the item's index, so that each item
    /// can be made on its own, in any order.
    public init(seed: UInt64, index: Int) {
        var mixer = SeededRandom(seed: seed ^ 0x9E37_79B9_7F4A_7C15)
        let base = mixer.next()
        state = base &+ UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03
        _ = next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (`bound` > 0), without modulo bias worth speaking of (Lemire's multiply-shift).
    public mutating func int(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let product = next().multipliedFullWidth(by: UInt64(bound))
        return Int(product.high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[int(below: items.count)]
    }

    /// One element, drawn with the given relative weights.
    public mutating func pick<T>(weighted items: [(T, Int)]) -> T {
        let total = items.reduce(0) { $0 + $1.1 }
        var draw = int(below: total)
        for (item, weight) in items {
            if draw < weight { return item }
            draw -= weight
        }
        return items[items.count - 1].0
    }

    /// `count` distinct elements of `items`, in the order drawn.
    public mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var pool = items
        var result: [T] = []
        for _ in 0..<min(count, pool.count) {
            result.append(pool.remove(at: int(below: pool.count)))
        }
        return result
    }
}
