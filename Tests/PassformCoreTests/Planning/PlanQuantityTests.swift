import PassformCore
import Testing

struct PlanQuantityTests {
    @Test func readsNumbersSharesDurationsAndTargets() {
        #expect(PlanQuantity.number("1 020 000") == 1_020_000)
        #expect(PlanQuantity.number("28.1") == 28.1)
        #expect(PlanQuantity.number("12,5") == nil)
        #expect(PlanQuantity.share("30%") == 0.3)
        #expect(PlanQuantity.share("0.3") == 0.3)
        #expect(PlanQuantity.share("30") == nil)
        #expect(PlanQuantity.seconds("30m") == 1800)
        #expect(PlanQuantity.seconds("180s") == 180)
        #expect(PlanQuantity.seconds("1.5h") == 5400)
        #expect(PlanQuantity.seconds("90") == 90)
        #expect(PlanQuantity.target("80/20s") == ErlangC.Target(level: 0.8, seconds: 20))
        #expect(PlanQuantity.target("80%/20s") == ErlangC.Target(level: 0.8, seconds: 20))
        #expect(PlanQuantity.target("0.9/15") == ErlangC.Target(level: 0.9, seconds: 15))
        #expect(PlanQuantity.target("80") == nil)
    }

    @Test func seasonalityAveragesOne() throws {
        let profile = try Seasonality(weights: [2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0])
        #expect(profile.factor(0) == 2)
        #expect(profile.factor(11) == 0)
        #expect((0..<12).map(profile.factor).reduce(0, +) == 12)
        #expect(throws: PlanningError.self) { try Seasonality(weights: [1, 2, 3]) }
    }
}
