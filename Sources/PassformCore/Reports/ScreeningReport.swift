import Foundation

/// The result of screening a batch of CVs against one target: ranked candidates, and the files that could not be read.
public struct ScreeningReport: Sendable {
    /// One screened CV.
    public struct Entry: Sendable {
        /// "A", "B", … in blind mode; otherwise the file name without folders.
        public var id: String
        public var file: String
        public var name: String?
        public var evaluation: Evaluation

        public init(id: String, file: String, name: String?, evaluation: Evaluation) {
            self.id = id
            self.file = file
            self.name = name
            self.evaluation = evaluation
        }
    }

    /// A file that could not be screened, and why.
    public struct Failure: Sendable, Hashable, Codable {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }
    }

    public var target: ScreeningTarget
    public var asOf: YearMonth
    public var isBlind: Bool
    /// Ranked: qualified first, then review, then not qualified; by score within each, then by id.
    public private(set) var entries: [Entry]
    public var failures: [Failure]

    public init(target: ScreeningTarget, asOf: YearMonth, entries: [Entry], failures: [Failure], isBlind: Bool) {
        self.target = target
        self.asOf = asOf
        self.isBlind = isBlind
        self.failures = failures
        func before(_ a: Entry, _ b: Entry) -> Bool {
            Self.listsBefore((a.evaluation.verdict, a.evaluation.score, a.id), (b.evaluation.verdict, b.evaluation.score, b.id))
        }
        // Entries ranked already (as `CVScreening` gives them) are kept as they are: the sort is stable, so it would
        // give the same list, after copying every entry.
        let ranked = entries.indices.dropFirst().allSatisfy { !before(entries[$0], entries[$0 - 1]) }
        self.entries = ranked ? entries : entries.sorted(by: before)
    }

    /// The report's order, for whoever ranks before building a report: whether `a` is listed before `b`.
    public static func listsBefore(_ a: (verdict: Verdict, score: Double, id: String), _ b: (verdict: Verdict, score: Double, id: String)) -> Bool {
        if a.verdict != b.verdict { return a.verdict > b.verdict }
        if a.score != b.score { return a.score > b.score }
        return a.id < b.id
    }

    /// Keeps the first `count` entries.
    public mutating func keepTop(_ count: Int) { entries = Array(entries.prefix(count)) }

    /// Letters for blind screening: A … Z, AA, AB, …
    public static func blindID(_ index: Int) -> String {
        var n = index
        var out = ""
        repeat {
            out = String(UnicodeScalar(UInt8(65 + n % 26))) + out
            n = n / 26 - 1
        } while n >= 0
        return out
    }

    // MARK: - JSON

    struct CandidateJSON: Encodable {
        var id: String
        var file: String?
        var name: String?
    }

    struct OutcomeJSON: Encodable {
        var text: String
        var kind: String
        var status: RequirementStatus
        var evidence: [SourceSpan]
        var missing: String?
        var alternatives: [[OutcomeJSON]]?
    }

    struct EntryJSON: Encodable {
        var candidate: CandidateJSON
        var verdict: Verdict
        var score: Double
        var requirements: [OutcomeJSON]
        var merits: [OutcomeJSON]
    }

    struct ReportJSON: Encodable {
        var target: [String: String]
        var asOf: String
        var blind: Bool
        var candidates: [EntryJSON]
        var failures: [Failure]
    }

    private func json(_ outcome: RequirementOutcome) -> OutcomeJSON {
        OutcomeJSON(
            text: outcome.text, kind: outcome.kind, status: outcome.status,
            evidence: outcome.evidence.map { SourceSpan(line: $0.line, text: scrub($0.text)) }, missing: outcome.missing,
            alternatives: outcome.alternatives?.map { $0.map(json) })
    }

    /// The stable JSON contract (see README): target, asOf, blind, candidates[], failures[].
    public func jsonData() throws -> Data {
        let report = ReportJSON(
            target: ["id": target.id, "title": target.title], asOf: asOf.description, blind: isBlind,
            candidates: entries.map { entry in
                EntryJSON(
                    candidate: CandidateJSON(
                        id: entry.id, file: isBlind ? nil : entry.file, name: isBlind ? nil : entry.name),
                    verdict: entry.evaluation.verdict, score: entry.evaluation.score,
                    requirements: entry.evaluation.requirements.map(json), merits: entry.evaluation.merits.map(json))
            },
            failures: isBlind ? failures.map { Failure(file: "(hidden)", reason: $0.reason) } : failures)
        let encoder = JSONStyle.encoder()
        return try encoder.encode(report)
    }

    /// In blind mode, removes identifiers that may sit on an evidence line: personnummer, e-mail, phone numbers.
    func scrub(_ text: String) -> String {
        isBlind ? PersonalData.redacted(text, names: []) : text
    }

    // MARK: - Table and CSV

    /// The requirements a candidate does not meet, or that need review, in short.
    public static func openPoints(_ evaluation: Evaluation) -> String {
        let requirements = evaluation.requirements
        var out = ""
        for i in requirements.indices where requirements[i].status != .met {
            if !out.isEmpty { out += "; " }
            out += requirements[i].status == .unmet ? "✗ " : "? "
            out += requirements[i].missing ?? requirements[i].text
        }
        return out
    }

    /// `text` cut to `length` characters with "…" as the last; only the first `length` characters are walked.
    static func shortened(_ text: String, to length: Int) -> String {
        guard text.utf8.count > length,
            let cut = text.index(text.startIndex, offsetBy: length - 1, limitedBy: text.endIndex),
            cut != text.endIndex, text.index(after: cut) != text.endIndex
        else { return text }
        return String(text[..<cut]) + "…"
    }

    /// One row a candidate: rank, candidate, verdict, score, what is unmet or for review.
    public func table() -> TextTable {
        var table = TextTable(
            headers: ["#", "candidate", "verdict", "score", "unmet / review"], alignments: [.right, .left, .left, .right, .left])
        // 20,000 candidates make 20,000 rows: built on all cores, as the ranking was.
        table.rows = Parallel.map(Array(entries.indices), chunk: 256) { i in
            let entry = entries[i]
            let who = isBlind ? entry.id : (entry.name.map { "\($0) (\(entry.id))" } ?? entry.id)
            return [
                "\(i + 1)", who, entry.evaluation.verdict.rawValue, NumberFormatting.fixed(entry.evaluation.score, decimals: 1),
                Self.shortened(scrub(Self.openPoints(entry.evaluation)), to: 110),
            ]
        }
        return table
    }

    /// Every requirement of every candidate with status, evidence and what is missing.
    public func explanation() -> String {
        var out = ""
        for (i, entry) in entries.enumerated() {
            let who = isBlind ? "Candidate \(entry.id)" : (entry.name.map { "\($0) — \(entry.file)" } ?? entry.file)
            out += "\(i + 1). \(who): \(entry.evaluation.verdict.rawValue), score \(NumberFormatting.fixed(entry.evaluation.score, decimals: 1))\n"
            for outcome in entry.evaluation.requirements { out += explain(outcome, indent: "   ") }
            if !entry.evaluation.merits.isEmpty {
                out += "   merits:\n"
                for outcome in entry.evaluation.merits { out += explain(outcome, indent: "     ") }
            }
            out += "\n"
        }
        return out
    }

    private func explain(_ outcome: RequirementOutcome, indent: String) -> String {
        let mark = switch outcome.status {
        case .met: "met   "
        case .unmet: "UNMET "
        case .review: "REVIEW"
        }
        var out = "\(indent)[\(mark)] \(outcome.text)\n"
        for span in outcome.evidence.prefix(4) { out += "\(indent)         cv line \(span.line): \(scrub(span.text))\n" }
        if let missing = outcome.missing, outcome.status != .met { out += "\(indent)         → \(missing)\n" }
        return out
    }

    /// A self-contained HTML report a person can print or attach to a decision.
    public func html() -> String {
        var body = "<p>Screened against <strong>\(HTML.escape(target.title))</strong> (\(HTML.escape(target.id))) "
        body += "as of \(asOf). \(entries.count) candidate\(entries.count == 1 ? "" : "s")"
        body += isBlind ? ", shown blind.</p>\n" : ".</p>\n"
        body += table().html()
        for entry in entries {
            let who = isBlind ? "Candidate \(entry.id)" : (entry.name ?? entry.file)
            body += "<h2>\(HTML.escape(who)) — <span class=\"\(entry.evaluation.verdict == .qualified ? "met" : entry.evaluation.verdict == .review ? "review" : "unmet")\">"
            body += "\(entry.evaluation.verdict.rawValue)</span>, score \(NumberFormatting.fixed(entry.evaluation.score, decimals: 1))</h2>\n"
            var rows = TextTable(headers: ["requirement", "status", "evidence", "missing"])
            for outcome in entry.evaluation.requirements + entry.evaluation.merits {
                rows.append([
                    outcome.text, outcome.status.rawValue,
                    outcome.evidence.prefix(4).map { "line \($0.line): \(scrub($0.text))" }.joined(separator: "\n"),
                    outcome.status == .met ? "" : outcome.missing ?? "",
                ])
            }
            body += rows.html()
        }
        if !failures.isEmpty {
            body += "<h2>Files that could not be screened</h2>\n<ul>\n"
            for failure in failures { body += "<li>\(HTML.escape(isBlind ? "(hidden)" : failure.file)): \(HTML.escape(failure.reason))</li>\n" }
            body += "</ul>\n"
        }
        return HTML.page(title: "Screening: \(target.title)", body: body)
    }
}
