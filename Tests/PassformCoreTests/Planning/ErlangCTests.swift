import Foundation
import PassformCore
import Testing

/// Erlang C against the textbook formula, computed here independently of the implementation.
struct ErlangCTests {
    // MARK: - Independent references

    /// The textbook Erlang C formula by direct summation of `A^k / k!` in Double (fine for small N).
    static func directWaitingProbability(agents n: Int, erlangs a: Double) -> Double {
        var term = 1.0  // A^0 / 0!
        var sum = 0.0
        for k in 0..<n {
            sum += term
            term *= a / Double(k + 1)
        }
        // term is now A^N / N!
        let top = term * Double(n) / (Double(n) - a)
        return top / (sum + top)
    }

    /// The same formula in log space with `lgamma`, for loads of hundreds of Erlang where `A^N` overflows.
    static func logSpaceWaitingProbability(agents n: Int, erlangs a: Double) -> Double {
        func logTerm(_ k: Int) -> Double { Double(k) * Foundation.log(a) - lgamma(Double(k) + 1) }
        let logTop = logTerm(n) + Foundation.log(Double(n) / (Double(n) - a))
        var logs = (0..<n).map(logTerm)
        logs.append(logTop)
        let peak = logs.max() ?? 0
        let logSum = peak + Foundation.log(logs.reduce(0) { $0 + exp($1 - peak) })
        return exp(logTop - logSum)
    }

    static func serviceLevel(c: Double, agents n: Int, erlangs a: Double, aht: Double, seconds: Double) -> Double {
        1 - c * exp(-(Double(n) - a) * seconds / aht)
    }

    static func rounded4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }

    // MARK: - Small loads: every agent count against direct summation

    @Test(arguments: [(2.0, 3), (5.0, 6), (10.0, 11), (10.0, 13), (10.5, 11), (12.0, 15), (20.0, 25), (0.4, 1)])
    func matchesTheTextbookFormulaForSmallLoads(erlangs: Double, agents: Int) {
        let load = ErlangC.Load(calls: erlangs * 10, intervalSeconds: 1800, handlingSeconds: 180)
        #expect(abs(load.erlangs - erlangs) < 1e-12)
        let target = ErlangC.Target(level: 0.8, seconds: 20)
        let result = ErlangC.performance(agents: agents, load: load, target: target)
        let c = Self.directWaitingProbability(agents: agents, erlangs: erlangs)
        #expect(Self.rounded4(result.waitingProbability) == Self.rounded4(c))
        #expect(abs(result.waitingProbability - c) < 1e-12)
        let sl = Self.serviceLevel(c: c, agents: agents, erlangs: erlangs, aht: 180, seconds: 20)
        #expect(Self.rounded4(result.serviceLevel) == Self.rounded4(sl))
        let asa = c * 180 / (Double(agents) - erlangs)
        #expect(Self.rounded4(result.averageSpeedOfAnswer) == Self.rounded4(asa))
        #expect(abs(result.occupancy - erlangs / Double(agents)) < 1e-12)
    }

    // MARK: - Large loads: hundreds of agents, against log-space summation

    @Test(arguments: [(150.0, 160), (400.0, 415), (400.0, 430), (800.0, 820), (1234.5, 1260)])
    func staysExactForHundredsOfAgents(erlangs: Double, agents: Int) {
        let load = ErlangC.Load(calls: erlangs, intervalSeconds: 900, handlingSeconds: 900)
        let result = ErlangC.performance(agents: agents, load: load, target: .init(level: 0.8, seconds: 20))
        let c = Self.logSpaceWaitingProbability(agents: agents, erlangs: erlangs)
        #expect(abs(result.waitingProbability - c) < 1e-9, "C(\(agents), \(erlangs)) = \(result.waitingProbability), reference \(c)")
        let sl = Self.serviceLevel(c: c, agents: agents, erlangs: erlangs, aht: 900, seconds: 20)
        #expect(Self.rounded4(result.serviceLevel) == Self.rounded4(sl))
        #expect(result.waitingProbability.isFinite && result.waitingProbability > 0 && result.waitingProbability < 1)
    }

    @Test func smallestAgentCountForALargeLoadIsTheFirstThatMeetsTheTarget() throws {
        // 4 000 calls an hour of 6 minutes = 400 Erlang.
        let load = ErlangC.Load(calls: 4000, intervalSeconds: 3600, handlingSeconds: 360)
        let target = ErlangC.Target(level: 0.9, seconds: 15)
        let answer = try ErlangC.agents(for: load, target: target)
        let n = answer.agents
        func sl(_ agents: Int) -> Double {
            let c = Self.logSpaceWaitingProbability(agents: agents, erlangs: 400)
            return Self.serviceLevel(c: c, agents: agents, erlangs: 400, aht: 360, seconds: 15)
        }
        #expect(sl(n) >= 0.9)
        #expect(sl(n - 1) < 0.9)
        #expect(n > 400 && n < 440)
    }

    // MARK: - A published reference case

    /// The classic worked example (callcentrehelper.com's Erlang C article and most workforce-management
    /// textbooks): 100 calls in 30 minutes, 180 s handling time, 80 % in 20 s. Traffic 10 Erlang; the
    /// probability of waiting is 0.6821 with 11 agents, 0.4494 with 12, 0.2853 with 13 (service level 79.6 %)
    /// and 0.1741 with 14, the first count to pass 80 % (88.8 %, average speed of answer 7.8 s).
    @Test func reproducesThePublishedTenErlangExample() throws {
        let load = ErlangC.Load(calls: 100, intervalSeconds: 1800, handlingSeconds: 180)
        let target = ErlangC.Target(level: 0.8, seconds: 20)
        #expect(load.erlangs == 10)
        #expect(Self.rounded4(ErlangC.performance(agents: 11, load: load, target: target).waitingProbability) == 0.6821)
        #expect(Self.rounded4(ErlangC.performance(agents: 12, load: load, target: target).waitingProbability) == 0.4494)
        #expect(Self.rounded4(ErlangC.performance(agents: 13, load: load, target: target).waitingProbability) == 0.2853)
        #expect(Self.rounded4(ErlangC.performance(agents: 13, load: load, target: target).serviceLevel) == 0.7956)
        let answer = try ErlangC.agents(for: load, target: target)
        #expect(answer.agents == 14)
        #expect(Self.rounded4(answer.performance.waitingProbability) == 0.1741)
        #expect(Self.rounded4(answer.performance.serviceLevel) == 0.8884)
        #expect(Self.rounded4(answer.performance.averageSpeedOfAnswer) == 7.8359)
    }

    // MARK: - The two known bugs

    /// 21 agents with 30 % shrinkage is 21 / 0.7 = 30 people, but 21 / (1 − 0.3) is 30.000000000000004 in
    /// binary floating point, which a plain ceiling staffs as 31.
    @Test func shrinkageCeilingDoesNotStaffOneTooMany() throws {
        #expect(21 / (1 - 0.3) > 30)  // the trap is real
        #expect(PlanMath.ceiling(21 / (1 - 0.3)) == 30)
        #expect(PlanMath.ceiling(30.2) == 31)
        // Find a load whose answer is 21 agents and check the scheduled count.
        let load = ErlangC.Load(calls: 340, intervalSeconds: 3600, handlingSeconds: 180)  // 17 Erlang
        let answer = try ErlangC.agents(for: load, target: .init(level: 0.8, seconds: 20), shrinkage: 0.3)
        #expect(answer.agents == 21)
        #expect(answer.scheduled == 30)
    }

    /// With 10.5 Erlang, 11 agents can already keep up; a search that starts at ⌈A⌉ + 1 = 12 misses it when
    /// 11 meets the target, as it does for a lenient target.
    @Test func fractionalLoadSearchStartsAtTheFirstFeasibleCount() throws {
        let load = ErlangC.Load(calls: 105, intervalSeconds: 1800, handlingSeconds: 180)  // 10.5 Erlang
        #expect(load.erlangs == 10.5)
        let lenient = try ErlangC.agents(for: load, target: .init(level: 0.2, seconds: 20))
        #expect(lenient.agents == 11)
        let sl11 = Self.serviceLevel(
            c: Self.directWaitingProbability(agents: 11, erlangs: 10.5), agents: 11, erlangs: 10.5, aht: 180, seconds: 20)
        #expect(sl11 >= 0.2)
        let usual = try ErlangC.agents(for: load, target: .init(level: 0.8, seconds: 20))
        let c = Self.directWaitingProbability(agents: usual.agents - 1, erlangs: 10.5)
        #expect(Self.serviceLevel(c: c, agents: usual.agents - 1, erlangs: 10.5, aht: 180, seconds: 20) < 0.8)
    }

    // MARK: - Occupancy and input checks

    @Test func maxOccupancyCanRaiseTheAgentCount() throws {
        let load = ErlangC.Load(calls: 2000, intervalSeconds: 1800, handlingSeconds: 180)  // 200 Erlang
        let target = ErlangC.Target(level: 0.8, seconds: 20)
        let free = try ErlangC.agents(for: load, target: target)
        let capped = try ErlangC.agents(for: load, target: target, maxOccupancy: 0.85)
        #expect(free.performance.occupancy > 0.85)
        #expect(capped.agents == 236)  // ⌈200 / 0.85⌉ = ⌈235.29⌉
        #expect(capped.agentsForServiceLevel == free.agents)
        #expect(capped.performance.occupancy <= 0.85)
    }

    /// 7.7 Erlang at 70 % occupancy is 7.7 / 0.7 = 11 agents, though the division gives 11.000000000000002.
    @Test func occupancyCapCeilingIsCareful() throws {
        #expect(7.7 / 0.7 > 11)
        let load = ErlangC.Load(calls: 154, intervalSeconds: 3600, handlingSeconds: 180)
        #expect(load.erlangs == 7.7)
        let answer = try ErlangC.agents(for: load, target: .init(level: 0.1, seconds: 20), maxOccupancy: 0.7)
        #expect(answer.agents == 11)
    }

    @Test func rejectsATargetOfAHundredPercent() {
        let load = ErlangC.Load(calls: 10, intervalSeconds: 1800, handlingSeconds: 180)
        let error = #expect(throws: ErlangC.Problem.self) {
            try ErlangC.agents(for: load, target: .init(level: 1, seconds: 20))
        }
        #expect(error?.description == "target level is 1; expected between 0 and 1 (0 % and 100 %, exclusive)")
    }

    @Test func noCallsNeedNoAgents() throws {
        let load = ErlangC.Load(calls: 0, intervalSeconds: 1800, handlingSeconds: 180)
        #expect(try ErlangC.agents(for: load, target: .init(level: 0.8, seconds: 20)).agents == 0)
    }
}
