/// Ranks qualified bids under the call-off's model; also used to re-rank without a bid (rank reversal) and with a
/// changed price (sensitivity).
struct BidRanking {
    var callOff: CallOff
    var assessments: [BidEvaluation.Assessment]

    static let epsilon = 1e-9

    /// The comparison value of each qualified bid, lower is better for every model (points are negated).
    func comparisons(of indices: [Int], priceOverride: [Int: Double] = [:]) -> [Int: Double] {
        func price(_ i: Int) -> Double { priceOverride[i] ?? assessments[i].bid.price }
        var values: [Int: Double] = [:]
        switch callOff.model {
        case .lowestPrice:
            for i in indices { values[i] = price(i) }
        case .deduction:
            for i in indices { values[i] = price(i) - assessments[i].deduction }
        case .weighted(let priceWeight, let qualityWeight, let floor):
            let total = max(priceWeight + qualityWeight, Self.epsilon)
            let effective = indices.map { i in max(price(i), floor ?? 0) }
            let lowest = effective.min() ?? 1
            let meritTotal = callOff.merits.map(\.value).reduce(0, +)
            for (k, i) in indices.enumerated() {
                let pricePoints = 100 * lowest / max(effective[k], Self.epsilon)
                let qualityPoints = meritTotal > 0 ? 100 * assessments[i].deduction / meritTotal : 0
                values[i] = -(priceWeight * pricePoints + qualityWeight * qualityPoints) / total
            }
        }
        return values
    }

    /// Indices ranked best first, ties broken as the call-off says; also the notes on ties broken.
    func rank(_ indices: [Int], priceOverride: [Int: Double] = [:]) -> (order: [Int], ties: [String]) {
        let values = comparisons(of: indices, priceOverride: priceOverride)
        let sorted = indices.sorted { (values[$0] ?? 0, $0) < (values[$1] ?? 0, $1) }
        var order: [Int] = []
        var notes: [String] = []
        var k = 0
        while k < sorted.count {
            var group = [sorted[k]]
            while k + group.count < sorted.count,
                abs((values[sorted[k + group.count]] ?? 0) - (values[sorted[k]] ?? 0)) < 1e-6
            {
                group.append(sorted[k + group.count])
            }
            if group.count > 1 {
                let broken = breakTie(group)
                notes.append(
                    "tie between " + group.map { assessments[$0].bid.label }.joined(separator: " and ") + ": "
                        + broken.note)
                order += broken.order
            } else {
                order += group
            }
            k += group.count
        }
        return (order, notes)
    }

    private func breakTie(_ group: [Int]) -> (order: [Int], note: String) {
        switch callOff.tieBreak {
        case .earliestStart:
            let order = group.sorted { (assessments[$0].bid.start ?? "9999", $0) < (assessments[$1].bid.start ?? "9999", $1) }
            return (order, "earliest start wins (\(assessments[order[0]].bid.start ?? "no date"))")
        case .lowestPrice:
            let order = group.sorted { (assessments[$0].bid.price, $0) < (assessments[$1].bid.price, $1) }
            return (order, "lowest hourly price wins")
        case .lottery(let seed):
            var generator = SeededRandom(seed: seed)
            let keys = group.map { ($0, generator.next()) }
            let order = keys.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
            return (order, "lottery with recorded seed \(seed) drew \(assessments[order[0]].bid.label)")
        }
    }

    func result() -> BidEvaluation {
        var assessments = self.assessments
        let qualified = assessments.filter { $0.status == .qualified }.map(\.index)
        var warnings: [String] = []
        if case .weighted(_, _, let floor?) = callOff.model {
            warnings.append(
                "the model has a price floor (\(NumberFormatting.fixed(floor, decimals: 0)) SEK/h): no more points below it. "
                    + "The Supreme Administrative Court struck down such a model in HFD 2022 ref. 41, because it can make "
                    + "the tenderer that is most advantageous lose; change the model before awarding.")
        }
        let (order, ties) = rank(qualified)
        let values = comparisons(of: qualified)
        for (position, i) in order.enumerated() {
            assessments[i].rank = position + 1
            assessments[i].comparison = values[i].map { callOff.model.name == "weighted" ? -$0 : $0 }
        }
        if case .weighted(_, _, let floor) = callOff.model {
            let effective = qualified.map { max(assessments[$0].bid.price, floor ?? 0) }
            let lowest = effective.min() ?? 1
            let meritTotal = callOff.merits.map(\.value).reduce(0, +)
            for (k, i) in qualified.enumerated() {
                assessments[i].pricePoints = 100 * lowest / max(effective[k], Self.epsilon)
                assessments[i].qualityPoints = meritTotal > 0 ? 100 * assessments[i].deduction / meritTotal : 0
            }
        }
        let winner = order.first
        var evaluation = BidEvaluation(
            callOff: callOff, assessments: assessments, ranking: order, winner: winner, modelWarnings: warnings,
            tieNotes: ties, rankReversals: [], sensitivity: [],
            contractValue: winner.map { assessments[$0].bid.price * callOff.estimatedHours })
        evaluation.rankReversals = rankReversals(qualified: qualified, winner: winner)
        evaluation.sensitivity = sensitivity(qualified: qualified, order: order)
        return evaluation
    }

    /// Relative models can change the winner when a losing bid is withdrawn; say which withdrawals would.
    private func rankReversals(qualified: [Int], winner: Int?) -> [String] {
        guard case .weighted = callOff.model, let winner else { return [] }
        var notes: [String] = []
        for loser in qualified where loser != winner {
            let without = rank(qualified.filter { $0 != loser }).order
            if let other = without.first, other != winner {
                notes.append(
                    "if \(assessments[loser].bid.label) (not the winner) were withdrawn, "
                        + "\(assessments[other].bid.label) would win instead of \(assessments[winner].bid.label)")
            }
        }
        return notes
    }

    private func sensitivity(qualified: [Int], order: [Int]) -> [String] {
        guard order.count >= 2 else { return [] }
        let winner = order[0]
        let runnerUp = order[1]
        let w = assessments[winner]
        let r = assessments[runnerUp]
        var notes: [String] = []
        switch callOff.model {
        case .lowestPrice, .deduction:
            let values = comparisons(of: qualified)
            let gap = (values[runnerUp] ?? 0) - (values[winner] ?? 0)
            notes.append(
                "the winner's price could rise by \(NumberFormatting.fixed(gap, decimals: 2)) SEK/h (to "
                    + "\(NumberFormatting.fixed(w.bid.price + gap, decimals: 2))) before \(r.bid.label) draws level")
            if case .deduction = callOff.model {
                for (m, merit) in callOff.merits.enumerated() {
                    let winnerHas = w.merits[m].credited
                    let runnerHas = r.merits[m].credited
                    if winnerHas && !runnerHas {
                        notes.append(
                            "if '\(merit.name)' were worth \(NumberFormatting.fixed(max(0, merit.value - gap), decimals: 2)) SEK/h "
                                + "or less instead of \(NumberFormatting.fixed(merit.value, decimals: 2)), \(r.bid.label) would draw level")
                    } else if runnerHas && !winnerHas {
                        notes.append(
                            "if '\(merit.name)' were worth \(NumberFormatting.fixed(merit.value + gap, decimals: 2)) SEK/h "
                                + "or more instead of \(NumberFormatting.fixed(merit.value, decimals: 2)), \(r.bid.label) would draw level")
                    }
                }
            }
        case .weighted:
            // The smallest rise of the winner's price that hands the win to another bid, to the öre.
            var low = 0.0
            var high = w.bid.price * 10
            if rank(qualified, priceOverride: [winner: w.bid.price + high]).order.first == winner {
                notes.append("the winner would stay ahead even at ten times its price")
            } else {
                for _ in 0..<60 {
                    let mid = (low + high) / 2
                    if rank(qualified, priceOverride: [winner: w.bid.price + mid]).order.first == winner { low = mid } else { high = mid }
                }
                notes.append(
                    "the winner's price could rise by \(NumberFormatting.fixed(low, decimals: 2)) SEK/h (to "
                        + "\(NumberFormatting.fixed(w.bid.price + low, decimals: 2))) and still win")
            }
        }
        return notes
    }
}
