import PassformCore
import PassformTestSupport
import Testing

struct BidEvaluatorTests {
    let asOf = YearMonth(year: 2026, month: 11)

    func profile() throws -> RoleProfile {
        try #require(try Fixtures.parsedFramework()["ekonomiassistent-1"])
    }

    /// A consultant who meets ekonomiassistent-1, with Agresso and the given extra systems.
    func consultant(months: Int = 48, agresso: Bool = true, extra: [(String, SystemCategory)] = []) -> Candidate {
        var candidate = Candidate.fixture(
            jobs: [("Ekonomiassistent", "ekonomiassistent", YearMonth(ordinal: asOf.ordinal - months + 1).description, nil)],
            education: [(.gymnasium, nil)],
            skills: [("MS Office", "office", .goda)] + (agresso ? [("Agresso", "ekonomisystem", .goda)] : [("Visma", "ekonomisystem", .goda)])
                + extra.map { ($0.0, $0.1, SkillLevel?.none) })
        candidate.name = "Consultant"
        return candidate
    }

    func merit(_ name: String, _ system: String, _ category: SystemCategory, _ value: Double) -> CallOff.Merit {
        CallOff.Merit(
            name: name,
            requirement: Requirement(text: name, condition: .system(category: category, examples: [system], open: false, level: .kunskaper)),
            value: value)
    }

    func callOff(model: EvaluationModel, merits: [CallOff.Merit], bids: [Bid], tieBreak: CallOff.TieBreak = .earliestStart) -> CallOff {
        CallOff(
            title: "Avrop", role: "ekonomiassistent-1",
            requirements: [Requirement(text: "goda kunskaper i Agresso", condition: .system(category: "ekonomisystem", examples: ["Agresso"], open: false, level: .goda))],
            merits: merits, estimatedHours: 1_000, model: model, tieBreak: tieBreak, bids: bids)
    }

    func bid(_ supplier: String, _ price: Double, start: String = "2027-01-10", claims: [String] = []) -> Bid {
        Bid(supplier: supplier, consultant: "K", cvFile: "\(supplier).txt", price: price, start: start, claimedMerits: claims)
    }

    @Test func deductionModelRejectsRanksBreaksTiesAndExplains() throws {
        let merits = [merit("Raindance", "Raindance", "ekonomisystem", 60), merit("Power BI", "Power BI", "analysverktyg", 40)]
        let bids = [
            bid("Alfa", 600), bid("Beta", 650, claims: ["Raindance", "Power BI"]), bid("Delta", 640, start: "2027-02-01", claims: ["Power BI"]),
            bid("Epsilon", 500), bid("Zeta", 520),
        ]
        let cvs: [Result<Candidate, CVUnavailable>] = [
            .success(consultant()),
            .success(consultant(extra: [("Raindance", "ekonomisystem"), ("Power BI", "analysverktyg")])),
            .success(consultant(extra: [("Power BI", "analysverktyg")])),
            .success(consultant(months: 6)),
            .success(consultant(agresso: false)),
        ]
        let result = BidEvaluator().evaluate(callOff(model: .deduction, merits: merits, bids: bids), profile: try profile(), cvs: cvs, asOf: asOf)
        #expect(result.assessments.map(\.status) == [.qualified, .qualified, .qualified, .rejected, .rejected])
        #expect(result.assessments[3].reasons.contains { $0.kind == "experience" && $0.status == .unmet })
        #expect(result.assessments[4].reasons.contains { $0.text == "goda kunskaper i Agresso" && $0.status == .unmet })
        // Alfa is the cheapest qualified bid, but Beta wins on jämförelsepris 650 − 100 = 550.
        #expect(result.ranking.map { bids[$0].supplier } == ["Beta", "Alfa", "Delta"])
        #expect(result.assessments[1].comparison == 550)
        #expect(result.tieNotes == ["tie between Alfa / K and Delta / K: earliest start wins (2027-01-10)"])
        #expect(result.contractValue == 650_000)
        #expect(result.sensitivity.first == "the winner's price could rise by 50.00 SEK/h (to 700.00) before Alfa / K draws level")
        #expect(result.rankReversals.isEmpty)
    }

    @Test func aClaimedMeritTheCVDoesNotShowIsNotCredited() throws {
        let merits = [merit("Raindance", "Raindance", "ekonomisystem", 60)]
        let bids = [bid("Alfa", 600, claims: ["Raindance"])]
        let result = BidEvaluator().evaluate(
            callOff(model: .deduction, merits: merits, bids: bids), profile: try profile(), cvs: [.success(consultant())], asOf: asOf)
        #expect(result.assessments[0].merits[0].credited == false)
        #expect(result.assessments[0].comparison == 600)
    }

    @Test func weightedModelReportsARankReversal() throws {
        let merits = [
            merit("Agresso expert", "Agresso", "ekonomisystem", 40), merit("Raindance", "Raindance", "ekonomisystem", 12),
            merit("Power BI", "Power BI", "analysverktyg", 48),
        ]
        let bids = [bid("Låg", 400), bid("Mitt", 600, claims: ["Agresso expert"]), bid("Rik", 700, claims: ["Agresso expert", "Raindance"])]
        let cvs: [Result<Candidate, CVUnavailable>] = [
            .success(consultant()), .success(consultant()), .success(consultant(extra: [("Raindance", "ekonomisystem")])),
        ]
        let model = EvaluationModel.weighted(priceWeight: 0.5, qualityWeight: 0.5, priceFloor: nil)
        let result = BidEvaluator().evaluate(callOff(model: model, merits: merits, bids: bids), profile: try profile(), cvs: cvs, asOf: asOf)
        #expect(result.winner == 2)
        #expect(result.rankReversals == ["if Låg / K (not the winner) were withdrawn, Mitt / K would win instead of Rik / K"])
        #expect(result.modelWarnings.isEmpty)
    }

    @Test func aPriceFloorIsFlaggedWithTheCourtsReason() throws {
        let model = EvaluationModel.weighted(priceWeight: 0.7, qualityWeight: 0.3, priceFloor: 450)
        let result = BidEvaluator().evaluate(
            callOff(model: model, merits: [], bids: [bid("Alfa", 500)]), profile: try profile(), cvs: [.success(consultant())], asOf: asOf)
        #expect(result.modelWarnings.count == 1)
        #expect(result.modelWarnings.first?.contains("HFD 2022 ref. 41") == true)
    }

    @Test func aLotteryWithARecordedSeedRepeats() throws {
        let bids = [bid("Alfa", 600), bid("Beta", 600), bid("Gamma", 600)]
        let cvs = Array(repeating: Result<Candidate, CVUnavailable>.success(consultant()), count: 3)
        let first = BidEvaluator().evaluate(
            callOff(model: .lowestPrice, merits: [], bids: bids, tieBreak: .lottery(seed: 2027)), profile: try profile(), cvs: cvs, asOf: asOf)
        let again = BidEvaluator().evaluate(
            callOff(model: .lowestPrice, merits: [], bids: bids, tieBreak: .lottery(seed: 2027)), profile: try profile(), cvs: cvs, asOf: asOf)
        #expect(first.ranking == again.ranking)
        #expect(first.tieNotes.first?.contains("seed 2027") == true)
    }

    @Test func anUnreadableCVRejectsTheBidWithTheReason() throws {
        let result = BidEvaluator().evaluate(
            callOff(model: .deduction, merits: [], bids: [bid("Alfa", 600)]), profile: try profile(),
            cvs: [.failure(CVUnavailable(reason: "alfa.txt: no such file"))], asOf: asOf)
        #expect(result.assessments[0].status == .rejected)
        #expect(result.winner == nil)
        #expect(BidReport(result).text().contains("the CV could not be read: alfa.txt: no such file"))
    }
}
