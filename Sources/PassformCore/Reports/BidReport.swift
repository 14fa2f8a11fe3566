import Foundation

/// A call-off's evaluation rendered for a procurement officer: as a table, JSON, or a decision memo
/// (tilldelningsbeslut draft) in Markdown or HTML.
public struct BidReport: Sendable {
    public var evaluation: BidEvaluation

    public init(_ evaluation: BidEvaluation) {
        self.evaluation = evaluation
    }

    private var callOff: CallOff { evaluation.callOff }

    private func money(_ value: Double) -> String {
        let whole = Int(value.rounded(.down))
        let cents = Int(((value - Double(whole)) * 100).rounded())
        return NumberFormatting.grouped(whole) + (cents == 0 ? "" : "," + (cents < 10 ? "0\(cents)" : "\(cents)"))
    }

    private var comparisonHeader: String {
        switch callOff.model {
        case .lowestPrice: "price"
        case .deduction: "jämförelsepris"
        case .weighted: "points"
        }
    }

    /// The bids in ranked order, then review, then rejected.
    public func rankingTable() -> TextTable {
        var table = TextTable(
            headers: ["rank", "supplier / consultant", "price SEK/h", "merits SEK/h", comparisonHeader, "start", "status"],
            alignments: [.right, .left, .right, .right, .right, .left, .left])
        for a in ordered {
            table.append([
                a.rank.map(String.init) ?? "-", a.bid.label, money(a.bid.price),
                a.deduction > 0 ? money(a.deduction) : "-",
                a.comparison.map { NumberFormatting.fixed($0, decimals: 2) } ?? "-", a.bid.start ?? "-", a.status.rawValue,
            ])
        }
        return table
    }

    private var ordered: [BidEvaluation.Assessment] {
        let ranked = evaluation.ranking.map { evaluation.assessments[$0] }
        let rest = evaluation.assessments.filter { $0.rank == nil }.sorted {
            ($0.status == .review ? 0 : 1, $0.index) < ($1.status == .review ? 0 : 1, $1.index)
        }
        return ranked + rest
    }

    private func reasons(_ a: BidEvaluation.Assessment) -> [String] {
        if let unreadable = a.unreadable { return ["the CV could not be read: \(unreadable)"] }
        return a.reasons.map { outcome in
            var line = "\(outcome.text): \(outcome.missing ?? outcome.status.rawValue)"
            if let evidence = outcome.evidence.first { line += " (CV line \(evidence.line): \(evidence.text))" }
            return line
        }
    }

    /// The lines a procurement officer reads: warnings first, then ranking, winner, rejections and checks.
    public func text() -> String {
        var out = "Call-off: \(callOff.title)\nRole level: \(callOff.role)   Model: \(modelDescription)   Estimated hours: \(NumberFormatting.grouped(Int(callOff.estimatedHours)))\n\n"
        for warning in evaluation.modelWarnings { out += "WARNING: \(warning)\n\n" }
        out += rankingTable().rendered() + "\n"
        out += winnerLine + "\n"
        out += checks.map { "- \($0)\n" }.joined()
        let rejected = evaluation.assessments.filter { $0.status == .rejected }
        if !rejected.isEmpty {
            out += "\nRejected (a mandatory requirement is not met):\n"
            for a in rejected { out += "- \(a.bid.label):\n" + reasons(a).map { "    \($0)\n" }.joined() }
        }
        let review = evaluation.assessments.filter { $0.status == .review }
        if !review.isEmpty {
            out += "\nTo verify before the bid can be ranked:\n"
            for a in review { out += "- \(a.bid.label):\n" + reasons(a).map { "    \($0)\n" }.joined() }
        }
        let notes = evaluation.assessments.flatMap { a in a.merits.compactMap { m in m.note.map { "\(a.bid.label): '\(m.name)' \($0)" } } }
        if !notes.isEmpty {
            out += "\nMerits:\n" + notes.map { "- \($0)\n" }.joined()
        }
        return out
    }

    private var modelDescription: String {
        switch callOff.model {
        case .lowestPrice: "lowest price"
        case .deduction: "price with merit deductions (jämförelsepris)"
        case .weighted(let p, let q, let floor):
            "weighted points (price \(NumberFormatting.fixed(p, decimals: 2)), quality \(NumberFormatting.fixed(q, decimals: 2))"
                + (floor.map { ", price floor \(money($0))" } ?? "") + ")"
        }
    }

    private var winnerLine: String {
        guard let winner = evaluation.winner else { return "No bid can be awarded: no consultant meets every mandatory requirement." }
        let a = evaluation.assessments[winner]
        return "Winner: \(a.bid.label) at \(money(a.bid.price)) SEK/h; estimated contract value "
            + "\(money(evaluation.contractValue ?? 0)) SEK excluding VAT."
    }

    private var checks: [String] {
        evaluation.tieNotes + evaluation.rankReversals + evaluation.sensitivity
            + (evaluation.rankReversals.isEmpty && callOff.model.name == "weighted" && evaluation.winner != nil
                ? ["rank reversal check: withdrawing any losing bid leaves the winner unchanged"] : [])
    }

    /// A decision memo (tilldelningsbeslut draft) in Markdown.
    public func markdown() -> String {
        var out = "# Tilldelningsbeslut (utkast): \(callOff.title)\n\n"
        out += "- Roll: **\(callOff.role)**\n- Utvärderingsmodell: \(modelDescription)\n- Uppskattad omfattning: \(NumberFormatting.grouped(Int(callOff.estimatedHours))) timmar\n\n"
        for warning in evaluation.modelWarnings { out += "> **Varning:** \(warning)\n\n" }
        out += "## Rangordning\n\n"
        var table = rankingTable()
        table.rows = table.rows.map { $0.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
        out += markdownTable(table) + "\n"
        out += "## Beslut\n\n\(winnerLine)\n\n"
        if !checks.isEmpty { out += "## Kontroller\n\n" + checks.map { "- \($0)\n" }.joined() + "\n" }
        let rejected = evaluation.assessments.filter { $0.status == .rejected }
        if !rejected.isEmpty {
            out += "## Förkastade anbud\n\n"
            for a in rejected { out += "### \(a.bid.label)\n\n" + reasons(a).map { "- \($0)\n" }.joined() + "\n" }
        }
        let review = evaluation.assessments.filter { $0.status == .review }
        if !review.isEmpty {
            out += "## Att kontrollera\n\n"
            for a in review { out += "### \(a.bid.label)\n\n" + reasons(a).map { "- \($0)\n" }.joined() + "\n" }
        }
        return out
    }

    private func markdownTable(_ table: TextTable) -> String {
        var out = "| " + table.headers.joined(separator: " | ") + " |\n|"
        out += table.alignments.map { $0 == .right ? " ---: |" : " --- |" }.joined() + "\n"
        for row in table.rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out
    }

    /// The memo as a self-contained HTML page.
    public func html() -> String {
        var body = "<p>Roll: <strong>\(HTML.escape(callOff.role.rawValue))</strong>. Utvärderingsmodell: \(HTML.escape(modelDescription)). "
        body += "Uppskattad omfattning: \(NumberFormatting.grouped(Int(callOff.estimatedHours))) timmar.</p>\n"
        for warning in evaluation.modelWarnings { body += "<p class=\"unmet\"><strong>Varning:</strong> \(HTML.escape(warning))</p>\n" }
        body += rankingTable().html()
        body += "<p><strong>\(HTML.escape(winnerLine))</strong></p>\n"
        if !checks.isEmpty { body += "<ul>\n" + checks.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n" }
        for (title, status) in [("Förkastade anbud", BidEvaluation.Status.rejected), ("Att kontrollera", .review)] {
            let list = evaluation.assessments.filter { $0.status == status }
            guard !list.isEmpty else { continue }
            body += "<h2>\(title)</h2>\n"
            for a in list {
                body += "<h3>\(HTML.escape(a.bid.label))</h3>\n<ul>\n" + reasons(a).map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul>\n"
            }
        }
        return HTML.page(title: "Tilldelningsbeslut (utkast): \(callOff.title)", body: body)
    }

    // MARK: - JSON

    struct AssessmentJSON: Encodable {
        var supplier: String
        var consultant: String
        var cv: String
        var price: Double
        var start: String?
        var status: BidEvaluation.Status
        var rank: Int?
        var comparison: Double?
        var pricePoints: Double?
        var qualityPoints: Double?
        var deduction: Double
        var merits: [BidEvaluation.MeritCredit]
        var reasons: [String]
    }

    struct ReportJSON: Encodable {
        var title: String
        var role: String
        var model: String
        var estimatedHours: Double
        var modelWarnings: [String]
        var winner: String?
        var contractValue: Double?
        var bids: [AssessmentJSON]
        var ties: [String]
        var rankReversals: [String]
        var sensitivity: [String]
    }

    /// The evaluation as JSON (see README).
    public func jsonData() throws -> Data {
        let report = ReportJSON(
            title: callOff.title, role: callOff.role.rawValue, model: callOff.model.name, estimatedHours: callOff.estimatedHours,
            modelWarnings: evaluation.modelWarnings, winner: evaluation.winner.map { evaluation.assessments[$0].bid.label },
            contractValue: evaluation.contractValue,
            bids: ordered.map { a in
                AssessmentJSON(
                    supplier: a.bid.supplier, consultant: a.bid.consultant, cv: a.bid.cvFile, price: a.bid.price, start: a.bid.start,
                    status: a.status, rank: a.rank, comparison: a.comparison, pricePoints: a.pricePoints, qualityPoints: a.qualityPoints,
                    deduction: a.deduction, merits: a.merits, reasons: reasons(a))
            },
            ties: evaluation.tieNotes, rankReversals: evaluation.rankReversals, sensitivity: evaluation.sensitivity)
        let encoder = JSONStyle.encoder()
        return try encoder.encode(report)
    }
}
