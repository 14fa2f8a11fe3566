import Foundation

/// The Erlang C queueing model for a phone group: calls arrive at random, wait in one queue, and are
/// answered by the first free agent.
///
/// Everything is computed with the Erlang B recursion `B(n) = A·B(n−1) / (n + A·B(n−1))`, never with
/// factorials or powers, so it stays exact to the last digits for hundreds of agents. The probability of
/// waiting is then `C = N·B / (N − A·(1 − B))`.
///
/// ```swift
/// let load = ErlangC.Load(calls: 120, intervalSeconds: 1800, handlingSeconds: 180)   // 12 Erlang
/// let answer = try ErlangC.agents(for: load, target: .init(level: 0.8, seconds: 20))
/// // answer.agents == 16, answer.performance.serviceLevel ≈ 0.8688
/// ```
public enum ErlangC {
    /// The offered traffic of one interval.
    public struct Load: Sendable, Hashable, Codable {
        /// Calls arriving in the interval.
        public var calls: Double
        /// The length of the interval in seconds (1 800 for half an hour).
        public var intervalSeconds: Double
        /// The average handling time of a call in seconds (talk plus wrap-up).
        public var handlingSeconds: Double

        /// A load of `calls` per `intervalSeconds`, each taking `handlingSeconds` on average.
        public init(calls: Double, intervalSeconds: Double, handlingSeconds: Double) {
            self.calls = calls
            self.intervalSeconds = intervalSeconds
            self.handlingSeconds = handlingSeconds
        }

        /// The traffic intensity in Erlang: `calls × handling time / interval`.
        public var erlangs: Double { calls * handlingSeconds / intervalSeconds }
    }

    /// A service-level target such as 80 % of calls answered within 20 seconds.
    public struct Target: Sendable, Hashable, Codable {
        /// The share of calls to answer in time, between 0 and 1 (0.8).
        public var level: Double
        /// The answer time in seconds (20).
        public var seconds: Double

        /// A target of `level` (0...1) answered within `seconds`.
        public init(level: Double, seconds: Double) {
            self.level = level
            self.seconds = seconds
        }
    }

    /// How a phone group does with a given number of agents.
    public struct Performance: Sendable, Hashable, Codable {
        /// Agents answering calls.
        public var agents: Int
        /// The traffic intensity in Erlang.
        public var erlangs: Double
        /// The probability that a call has to wait (Erlang C).
        public var waitingProbability: Double
        /// The share of calls answered within the target time.
        public var serviceLevel: Double
        /// The average speed of answer in seconds, over all calls.
        public var averageSpeedOfAnswer: Double
        /// The share of the agents' time spent on calls: `A / N`.
        public var occupancy: Double
    }

    /// The smallest staffing that meets a target, with the staff to schedule after shrinkage.
    public struct Staffing: Sendable, Hashable, Codable {
        /// The performance at the smallest agent count that meets the target and the occupancy cap.
        public var performance: Performance
        /// Agents answering calls: the smallest count meeting the target.
        public var agents: Int { performance.agents }
        /// Agents meeting the service-level target alone, before the occupancy cap.
        public var agentsForServiceLevel: Int
        /// The shrinkage applied (absence, breaks, training), between 0 and 1.
        public var shrinkage: Double
        /// People to schedule so that `agents` are on the phones: `⌈agents / (1 − shrinkage)⌉`.
        public var scheduled: Int
    }

    /// Why an Erlang C calculation cannot be made.
    public enum Problem: Error, Sendable, Equatable, CustomStringConvertible {
        /// A value is out of its range; `field` names it.
        case outOfRange(field: String, value: Double, expected: String)
        /// No agent count up to the search limit meets the target.
        case unreachable(limit: Int)

        /// One line for a person.
        public var description: String {
            switch self {
            case .outOfRange(let field, let value, let expected):
                "\(field) is \(NumberFormatting.fixed(value, decimals: 4).trimmedDecimals); expected \(expected)"
            case .unreachable(let limit):
                "no agent count up to \(limit) meets the target; check the calls, handling time and target"
            }
        }
    }

    /// The Erlang B blocking probability for `agents` agents and `erlangs` offered traffic.
    public static func blocking(agents: Int, erlangs: Double) -> Double {
        var b = 1.0
        if agents <= 0 { return b }
        for n in 1...agents { b = erlangs * b / (Double(n) + erlangs * b) }
        return b
    }

    /// The probability that a call waits, or 1 when the agents cannot keep up (`agents ≤ erlangs`).
    public static func waitingProbability(agents: Int, erlangs: Double) -> Double {
        waiting(agents: agents, erlangs: erlangs, blocking: blocking(agents: agents, erlangs: erlangs))
    }

    /// The performance of `agents` agents under `load`, measured against `target`'s answer time.
    public static func performance(agents: Int, load: Load, target: Target) -> Performance {
        performance(agents: agents, load: load, target: target, blocking: blocking(agents: agents, erlangs: load.erlangs))
    }

    /// The smallest agent count that answers `target.level` of the calls within `target.seconds`, with
    /// occupancy at most `maxOccupancy`, and the people to schedule after `shrinkage`.
    ///
    /// The search starts at `⌊A⌋ + 1`, the first count that can keep up with a load of `A` Erlang
    /// (11 for 10.5 Erlang), and walks up one agent at a time, updating Erlang B incrementally.
    /// - Throws: ``Problem`` for a value out of range or a target that cannot be met.
    public static func agents(
        for load: Load, target: Target, maxOccupancy: Double = 1, shrinkage: Double = 0, limit: Int = 100_000
    ) throws -> Staffing {
        try validate(load: load, target: target, maxOccupancy: maxOccupancy, shrinkage: shrinkage)
        let a = load.erlangs
        guard a > 0 else {
            let none = Performance(
                agents: 0, erlangs: 0, waitingProbability: 0, serviceLevel: 1, averageSpeedOfAnswer: 0, occupancy: 0)
            return Staffing(performance: none, agentsForServiceLevel: 0, shrinkage: shrinkage, scheduled: 0)
        }
        let start = Int(a.rounded(.down)) + 1
        guard start <= limit else { throw Problem.unreachable(limit: limit) }
        var b = blocking(agents: start, erlangs: a)
        var n = start
        var forServiceLevel: Int?
        let minimumForOccupancy = PlanMath.ceiling(a / maxOccupancy)
        while n <= limit {
            let result = performance(agents: n, load: load, target: target, blocking: b)
            if forServiceLevel == nil, PlanMath.atLeast(result.serviceLevel, target.level) { forServiceLevel = n }
            if let forServiceLevel, n >= minimumForOccupancy {
                let scheduled = PlanMath.ceiling(Double(n) / (1 - shrinkage))
                return Staffing(
                    performance: result, agentsForServiceLevel: forServiceLevel, shrinkage: shrinkage, scheduled: scheduled)
            }
            n += 1
            b = a * b / (Double(n) + a * b)
        }
        throw Problem.unreachable(limit: limit)
    }

    // MARK: - Internals

    private static func waiting(agents: Int, erlangs a: Double, blocking b: Double) -> Double {
        let n = Double(agents)
        guard n > a else { return 1 }
        return n * b / (n - a * (1 - b))
    }

    private static func performance(agents: Int, load: Load, target: Target, blocking b: Double) -> Performance {
        let a = load.erlangs
        let n = Double(agents)
        guard agents > 0, n > a else {
            return Performance(
                agents: agents, erlangs: a, waitingProbability: a > 0 ? 1 : 0, serviceLevel: a > 0 ? 0 : 1,
                averageSpeedOfAnswer: a > 0 ? .infinity : 0, occupancy: agents > 0 ? min(1, a / n) : 1)
        }
        let c = waiting(agents: agents, erlangs: a, blocking: b)
        let serviceLevel = 1 - c * exp(-(n - a) * target.seconds / load.handlingSeconds)
        let asa = c * load.handlingSeconds / (n - a)
        return Performance(
            agents: agents, erlangs: a, waitingProbability: c, serviceLevel: max(0, min(1, serviceLevel)),
            averageSpeedOfAnswer: asa, occupancy: a / n)
    }

    private static func validate(load: Load, target: Target, maxOccupancy: Double, shrinkage: Double) throws {
        func check(_ field: String, _ value: Double, _ ok: Bool, _ expected: String) throws {
            guard value.isFinite, ok else { throw Problem.outOfRange(field: field, value: value, expected: expected) }
        }
        try check("calls", load.calls, load.calls >= 0, "0 or more")
        try check("interval", load.intervalSeconds, load.intervalSeconds > 0, "more than 0 seconds")
        try check("handling time", load.handlingSeconds, load.handlingSeconds > 0, "more than 0 seconds")
        try check("target level", target.level, target.level > 0 && target.level < 1, "between 0 and 1 (0 % and 100 %, exclusive)")
        try check("target time", target.seconds, target.seconds >= 0, "0 seconds or more")
        try check("max occupancy", maxOccupancy, maxOccupancy > 0 && maxOccupancy <= 1, "more than 0 and at most 1 (100 %)")
        try check("shrinkage", shrinkage, shrinkage >= 0 && shrinkage < 1, "at least 0 and less than 1 (100 %)")
    }
}

extension String {
    /// `"0.3000"` → `"0.3"`, `"12.0000"` → `"12"`: a fixed-decimals number without trailing zeros.
    var trimmedDecimals: String {
        guard contains(".") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
