/// Checks every offered consultant against the role level and the call-off's mandatory requirements, credits the
/// merits a bid both claims and shows in the CV, and ranks the qualified bids by the announced model.
///
/// Pure: CVs come in already parsed, one result per bid (a parsed candidate or the reason the CV could not be read).
public struct BidEvaluator: Sendable {
    public var vocabulary: Vocabulary

    public init(vocabulary: Vocabulary = .standard) {
        self.vocabulary = vocabulary
    }

    /// Evaluates the call-off. `cvs[i]` belongs to `callOff.bids[i]`.
    public func evaluate(
        _ callOff: CallOff, profile: RoleProfile, cvs: [Result<Candidate, CVUnavailable>], asOf: YearMonth
    ) -> BidEvaluation {
        let target = ScreeningTarget(
            id: callOff.role.rawValue, title: callOff.title, requirements: profile.requirements + callOff.requirements,
            merits: callOff.merits.map(\.requirement))
        let screener = Screener(target: target, vocabulary: vocabulary)
        var assessments: [BidEvaluation.Assessment] = []
        for (index, bid) in callOff.bids.enumerated() {
            let cv = index < cvs.count ? cvs[index] : .failure(CVUnavailable(reason: "no CV"))
            switch cv {
            case .failure(let error):
                assessments.append(
                    .init(index: index, bid: bid, status: .rejected, reasons: [], unreadable: error.reason, merits: [], evaluation: nil))
            case .success(let candidate):
                let evaluation = screener.evaluate(PreparedCandidate(candidate, asOf: asOf))
                let status: BidEvaluation.Status = switch evaluation.verdict {
                case .qualified: .qualified
                case .review: .review
                case .notQualified: .rejected
                }
                let reasons = evaluation.requirements.filter { $0.status != .met }
                let merits = zip(callOff.merits, evaluation.merits).map { merit, outcome in
                    credit(merit, outcome: outcome, claimed: bid.claimedMerits)
                }
                assessments.append(
                    .init(index: index, bid: bid, status: status, reasons: reasons, unreadable: nil, merits: merits, evaluation: evaluation))
            }
        }
        return BidRanking(callOff: callOff, assessments: assessments).result()
    }

    private func credit(_ merit: CallOff.Merit, outcome: RequirementOutcome, claimed: [String]) -> BidEvaluation.MeritCredit {
        let isClaimed = claimed.contains { Folding.asciiFold($0) == Folding.asciiFold(merit.name) }
        let note: String?
        switch (isClaimed, outcome.status) {
        case (true, .met): note = nil
        case (true, .review): note = "claimed, but the CV does not clearly show it: not credited until verified"
        case (true, .unmet): note = "claimed, but the CV does not show it: not credited"
        case (false, .met): note = "shown in the CV but not claimed in the bid: not credited"
        case (false, _): note = nil
        }
        return .init(
            name: merit.name, value: merit.value, claimed: isClaimed, shown: outcome.status,
            credited: isClaimed && outcome.status == .met, evidence: outcome.evidence, note: note)
    }
}

/// Why a bid's CV could not be used.
public struct CVUnavailable: Error, Sendable, Hashable {
    public var reason: String

    public init(reason: String) {
        self.reason = reason
    }
}
