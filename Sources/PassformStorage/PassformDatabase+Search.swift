import Dispatch
import Foundation
internal import GRDB
import PassformCore

/// What `search` found: the candidates listed with their evaluations, and how many the prefilter let through.
package struct SearchResult: Sendable {
    /// The candidates listed, in rank order (that of ``ScreeningReport``), each fully explained (evidence and
    /// what is missing): every candidate with a verdict asked for, or the first `top` of them.
    package var entries: [ScreeningReport.Entry]
    /// Every candidate with a verdict asked for, in rank order, with verdict and score only.
    package var ranking: [Ranked]
    /// Candidates in the register (or applicants to the posting, with `applicantsOf`).
    package var considered: Int
    /// Candidates the indexed facts could not rule out, which the engine evaluated.
    package var evaluated: Int

    /// A candidate's place in the ranking: register number, verdict and score.
    package struct Ranked: Sendable, Hashable {
        package var id: Int64
        package var verdict: Verdict
        package var score: Double
    }
}

extension PassformDatabase {
    /// Screens the register: skips in SQL every candidate whose stored facts (months per occupation, systems,
    /// education level) rule out every verdict in `verdicts`, ranks the rest on their screening forms (verdict and
    /// score, no evidence), then explains only the candidates listed.
    ///
    /// The prefilter only skips candidates the engine would find `not_qualified`, so with `verdicts` of
    /// qualified and/or review the result equals evaluating everyone. All of it reads one snapshot of the file.
    ///
    /// - Parameters:
    ///   - verdicts: the verdicts to return; with `.notQualified` in it, nobody is skipped.
    ///   - applicantsOf: only the candidates who applied to this posting.
    ///   - top: explain and list only the first `top` of the ranking (``SearchResult/ranking`` still has everyone).
    package func search(
        _ screener: Screener, asOf: YearMonth, verdicts: Set<Verdict> = [.qualified, .review], applicantsOf posting: String? = nil,
        top: Int? = nil
    ) throws -> SearchResult {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !verdicts.contains(.notQualified) {
            let prefilter = Prefilter(vocabulary: screener.vocabulary, asOf: asOf)
            for requirement in screener.target.requirements {
                if let condition = prefilter.condition(requirement) {
                    conditions.append(condition.sql)
                    arguments += condition.arguments
                }
            }
        }
        var scope = ""
        var scopeArguments: [any DatabaseValueConvertible] = []
        if let posting {
            scope = "c.id IN (SELECT a.candidateId FROM application a JOIN posting p ON p.id = a.postingId WHERE p.key = ?)"
            scopeArguments = [posting]
        }
        let allConditions = (scope.isEmpty ? [] : [scope]) + conditions
        let filter = allConditions.isEmpty ? "" : "WHERE " + allConditions.joined(separator: " AND ")
        return try perform { db in
            if let posting { _ = try Self.postingRecord(db, posting) }
            let considered =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM candidate c \(scope.isEmpty ? "" : "WHERE " + scope)",
                    arguments: StatementArguments(scopeArguments)) ?? 0
            var (ranking, evaluated) = try Self.scanAndRank(
                db,
                sql: """
                    SELECT c.id, s.form FROM candidate c LEFT JOIN candidateForm s ON s.candidateId = c.id
                    \(filter) ORDER BY c.id
                    """, arguments: StatementArguments(scopeArguments + arguments), screener: screener, asOf: asOf,
                verdicts: verdicts)
            // Candidates without a readable form (another version of it, or none): from their JSON, as before.
            for id in ranking.unranked.sorted() {
                let evaluation = screener.verdictAndScore(PreparedCandidate(try Self.storedCandidate(db, id), asOf: asOf))
                if verdicts.contains(evaluation.verdict) {
                    ranking.ranked.append(RankKey(id: id, verdict: evaluation.verdict, score: evaluation.score))
                }
            }
            ranking.ranked.sort()
            let shown = top.map { Array(ranking.ranked.prefix($0)) } ?? ranking.ranked
            let entries = try Self.explain(db, shown.map(\.id), screener: screener, asOf: asOf)
            return SearchResult(
                entries: entries, ranking: ranking.ranked.map { SearchResult.Ranked(id: $0.id, verdict: $0.verdict, score: $0.score) },
                considered: considered, evaluated: evaluated)
        }
    }

    /// The candidate of a person's current CV, from its JSON.
    static func storedCandidate(_ db: Database, _ id: Int64) throws -> Candidate {
        let json = try String.fetchOne(db, sql: "SELECT candidateJSON FROM cvFile WHERE candidateId = ? AND isCurrent", arguments: [id])
        guard let json, let candidate = try? JSONDecoder().decode(Candidate.self, from: Data(json.utf8)) else {
            throw StorageError.corrupt("the stored CV of candidate \(id) cannot be read back")
        }
        return candidate
    }

    // MARK: - Ranking

    /// Screening forms as a query returned them, end to end in one buffer, with their register numbers.
    struct FormChunk: Sendable {
        var ids: [Int64] = []
        /// Where each form starts in `bytes`.
        var starts: [Int] = []
        /// Each form's length; -1 for a candidate without a form.
        var lengths: [Int] = []
        var bytes: [UInt8] = []

        var count: Int { ids.count }

        /// Rows to a chunk: enough to keep the ranking threads busy, few enough to start them early.
        static let rows = 2_048
    }

    /// What ranking found, gathered from every thread. An `NSLock` guards it, not `Mutex`: in debug builds, handing
    /// the guarded value out of `Mutex.withLock` corrupted memory (random crashes in the tests, Swift 6.3 on Linux).
    final class Gathered: @unchecked Sendable {
        private let lock = NSLock()
        private var ranking = Ranking()

        /// Adds what one thread found.
        func add(_ found: Ranking) {
            lock.lock()
            defer { lock.unlock() }
            ranking.ranked += found.ranked
            ranking.unranked += found.unranked
        }

        /// Everything found so far.
        var all: Ranking {
            lock.lock()
            defer { lock.unlock() }
            return ranking
        }
    }

    /// Runs `sql` (a register number and a form per row), stepping through SQLite's rows on this thread while other
    /// threads decode and rank the forms read so far, a chunk at a time.
    ///
    /// - Returns: what ranking found, and how many rows the query returned.
    static func scanAndRank(
        _ db: Database, sql: String, arguments: StatementArguments, screener: Screener, asOf: YearMonth, verdicts: Set<Verdict>
    ) throws -> (Ranking, Int) {
        let cursor = try Row.fetchCursor(db, sql: sql, arguments: arguments)
        let group = DispatchGroup()
        let gathered = Gathered()
        var rows = 0
        var chunk = FormChunk()
        func hand(_ full: FormChunk) {
            DispatchQueue.global().async(group: group) {
                let found = rank(full, screener: screener, asOf: asOf, verdicts: verdicts)
                gathered.add(found)
            }
        }
        defer { group.wait() }
        while let row = try cursor.next() {
            chunk.ids.append(row[0])
            chunk.starts.append(chunk.bytes.count)
            let length = try row.withUnsafeData(atIndex: 1) { form -> Int in
                guard let form else { return -1 }
                form.withUnsafeBytes { chunk.bytes.append(contentsOf: $0) }
                return form.count
            }
            chunk.lengths.append(length)
            rows += 1
            if chunk.count == FormChunk.rows {
                hand(chunk)
                chunk = FormChunk()
            }
        }
        if chunk.count > 0 { hand(chunk) }
        group.wait()
        return (gathered.all, rows)
    }

    /// A candidate's place in the ranking, ordered as ``ScreeningReport/listsBefore(_:_:)`` orders entries (without
    /// writing each register number as text): qualified first, then
    /// review, then not qualified; by score within each; then by register number *as text* ("10" before "9").
    struct RankKey: Sendable, Comparable {
        var id: Int64
        var verdict: Verdict
        var score: Double
        /// The register number's digits, left-aligned in 19 decimal places, so that comparing numbers compares
        /// the digit strings; `digits` breaks the tie of a prefix ("1" before "10").
        private var aligned: UInt64
        private var digits: Int

        init(id: Int64, verdict: Verdict, score: Double) {
            self.id = id
            self.verdict = verdict
            self.score = score
            let magnitude = id.magnitude
            var digits = 1
            var power: UInt64 = 10
            while digits < 19, magnitude >= power {
                digits += 1
                power = power &* 10
            }
            var aligned = magnitude
            for _ in digits..<19 { aligned = aligned &* 10 }
            // Register numbers are positive; a negative one (never written by Passform) sorts first.
            self.aligned = id < 0 ? 0 : aligned
            self.digits = id < 0 ? 0 : digits
        }

        static func < (a: Self, b: Self) -> Bool {
            if a.verdict != b.verdict { return a.verdict > b.verdict }
            if a.score != b.score { return a.score > b.score }
            if a.aligned != b.aligned { return a.aligned < b.aligned }
            return a.digits < b.digits
        }
    }

    /// What ranking found: candidates with a verdict asked for, and those whose form could not be read.
    struct Ranking: Sendable {
        var ranked: [RankKey] = []
        var unranked: [Int64] = []
    }

    /// Decodes and evaluates (verdict and score only) the forms of a chunk.
    static func rank(_ chunk: FormChunk, screener: Screener, asOf: YearMonth, verdicts: Set<Verdict>) -> Ranking {
        var result = Ranking()
        chunk.bytes.withUnsafeBytes { bytes in
            for index in 0..<chunk.count {
                let start = chunk.starts[index]
                let length = chunk.lengths[index]
                guard length >= 0,
                    let candidate = try? CandidateScreeningForm.decode(
                        UnsafeRawBufferPointer(rebasing: bytes[start..<(start + length)]), texts: nil)
                else {
                    result.unranked.append(chunk.ids[index])
                    continue
                }
                let evaluation = screener.verdictAndScore(PreparedCandidate(candidate, asOf: asOf))
                guard verdicts.contains(evaluation.verdict) else { continue }
                result.ranked.append(RankKey(id: chunk.ids[index], verdict: evaluation.verdict, score: evaluation.score))
            }
        }
        return result
    }

    // MARK: - Explaining

    /// What is read of a listed candidate to explain them.
    private struct Listed: Sendable {
        var id: Int64
        var name: String?
        var file: String
        var form: Data?
        var texts: Data?
    }

    /// The full evaluation (evidence, what is missing) of the candidates `ids`, in that order.
    static func explain(_ db: Database, _ ids: [Int64], screener: Screener, asOf: YearMonth) throws -> [ScreeningReport.Entry] {
        let statement = try db.cachedStatement(
            sql: """
                SELECT c.name, t.fileName, s.form, t.texts FROM candidate c
                LEFT JOIN candidateForm s ON s.candidateId = c.id
                LEFT JOIN candidateFormText t ON t.candidateId = c.id
                WHERE c.id = ?
                """)
        var listed: [Listed] = []
        listed.reserveCapacity(ids.count)
        for id in ids {
            guard let row = try Row.fetchOne(statement, arguments: [id]) else {
                throw StorageError.corrupt("candidate \(id) has no current CV file")
            }
            let file: String? = row[1]
            listed.append(Listed(id: id, name: row[0], file: file ?? "", form: file == nil ? nil : row[2], texts: row[3]))
        }
        let explained = Parallel.map(listed) { item -> ScreeningReport.Entry? in
            guard let candidate = decoded(item) else { return nil }
            let evaluation = screener.evaluate(PreparedCandidate(candidate, asOf: asOf))
            return ScreeningReport.Entry(id: "\(item.id)", file: item.file, name: item.name, evaluation: evaluation)
        }
        var entries: [ScreeningReport.Entry] = []
        entries.reserveCapacity(listed.count)
        for (item, entry) in zip(listed, explained) {
            if let entry {
                entries.append(entry)
                continue
            }
            // Without a readable form and texts: from the current CV file's JSON, as before.
            guard let file = try String.fetchOne(
                db, sql: "SELECT fileName FROM cvFile WHERE candidateId = ? AND isCurrent", arguments: [item.id])
            else { throw StorageError.corrupt("candidate \(item.id) has no current CV file") }
            let evaluation = screener.evaluate(PreparedCandidate(try storedCandidate(db, item.id), asOf: asOf))
            entries.append(ScreeningReport.Entry(id: "\(item.id)", file: file, name: item.name, evaluation: evaluation))
        }
        return entries
    }

    /// The candidate of a listed row from its form and texts; nil when either is missing or cannot be read.
    private static func decoded(_ item: Listed) -> Candidate? {
        guard let form = item.form, let texts = item.texts else { return nil }
        return try? CandidateScreeningForm.decode(form, texts: texts)
    }

    /// Records a screening in the audit trail; for a posting's applicants, also stores each verdict and score on the
    /// application and moves received applications to screened.
    package func recordScreening(
        target: String, result: SearchResult, applicantsOf posting: String?, by actor: String, at now: Date = Date()
    ) throws {
        try write { db in
            if let posting {
                let record = try Self.postingRecord(db, posting)
                for entry in result.ranking.sorted(by: { $0.id < $1.id }) {
                    guard
                        var application = try ApplicationRecord
                            .filter(ApplicationRecord.Columns.candidateId == entry.id && ApplicationRecord.Columns.postingId == record.id)
                            .fetchOne(db)
                    else { continue }
                    application.verdict = entry.verdict.rawValue
                    application.score = entry.score
                    if application.status == .received {
                        application.status = .screened
                        var event = ApplicationEventRecord(applicationId: application.id ?? 0, status: .screened, at: now, by: actor)
                        try event.insert(db)
                    }
                    try application.update(db)
                    try AuditEventRecord.log(
                        db, .screen, by: actor, at: now, candidate: entry.id, posting: posting,
                        "\(entry.verdict.rawValue), score \(NumberFormatting.fixed(entry.score, decimals: 1))")
                }
            }
            try AuditEventRecord.log(
                db, .screen, by: actor, at: now, posting: posting,
                "search against \(target): \(result.considered) candidates, \(result.evaluated) evaluated, \(result.ranking.count) listed")
        }
    }
}

/// Turns requirements into SQL conditions on the stored facts that hold for every candidate the engine would not
/// find `unmet` on the requirement (an over-approximation: it may let through more, never fewer).
///
/// Each condition is `c.id IN (subquery)` over one fact table, not a subquery per candidate: SQLite builds each
/// set once and probes it, and drives the scan from the most selective set.
struct Prefilter {
    var vocabulary: Vocabulary
    var asOf: YearMonth

    struct Condition {
        var sql: String
        var arguments: [any DatabaseValueConvertible]
    }

    private static var never: Condition { Condition(sql: "0", arguments: []) }

    /// nil when the requirement never rules a candidate out (languages, laws, judgement, office, …).
    func condition(_ requirement: Requirement) -> Condition? {
        switch requirement.condition {
        case .experience(let months, let occupation, let match):
            guard months > 0 else { return nil }
            var sql = "c.id IN (SELECT j.candidateId FROM candidateJob j"
            var arguments: [any DatabaseValueConvertible] = []
            if let occupation {
                let accepted = (match == .as ? [occupation] : Array(vocabulary.similarOccupations(to: occupation))).map(\.rawValue).sorted()
                // Jobs of unrecognised occupation may count (the engine then asks for review).
                sql += " WHERE j.occupation IS NULL OR j.occupation IN (\(placeholders(accepted.count)))"
                arguments += accepted
            }
            sql += " GROUP BY j.candidateId HAVING SUM(MAX(0, MIN(COALESCE(j.endMonth, ?), ?) - j.startMonth + 1)) >= ?)"
            return Condition(sql: sql, arguments: arguments + [asOf.ordinal, asOf.ordinal, months])
        case .education(let level, _, let orEquivalent):
            let rank = EducationLevel.allCases.firstIndex(of: level) ?? 0
            var sql = "c.id IN (SELECT e.candidateId FROM candidateEducation e WHERE e.levelRank IS NULL OR e.levelRank >= ?"
            var arguments: [any DatabaseValueConvertible] = [rank]
            if orEquivalent, level == .hogskola {
                sql += " OR e.levelRank = ?"
                arguments.append(EducationLevel.allCases.firstIndex(of: .yrkeshogskola) ?? 0)
            }
            sql += ")"
            if level <= .gymnasium {
                // A CV that states no education is sent to review for such a requirement.
                sql = "(\(sql) OR c.id NOT IN (SELECT e.candidateId FROM candidateEducation e))"
            }
            return Condition(sql: sql, arguments: arguments)
        case .system(let category, let examples, let open, _):
            var keys: Set<String> = []
            for example in examples {
                keys.insert(Folding.asciiFold(example))
                if let canonical = vocabulary.system(named: example)?.name { keys.insert(Folding.asciiFold(canonical)) }
            }
            var alternatives: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if !keys.isEmpty {
                alternatives.append("s.nameKey IN (\(placeholders(keys.count)))")
                arguments += keys.sorted()
            }
            if open {
                alternatives.append("s.category = ?")
                arguments.append(category.rawValue)
            }
            guard !alternatives.isEmpty else { return Self.never }
            return Condition(
                sql: "c.id IN (SELECT s.candidateId FROM candidateSkill s WHERE \(alternatives.joined(separator: " OR ")))",
                arguments: arguments)
        case .anyOf(let alternatives):
            var branches: [Condition] = []
            for alternative in alternatives {
                let parts = alternative.compactMap(condition)
                if parts.isEmpty { return nil }  // this alternative can always be met or reviewed
                branches.append(
                    Condition(sql: "(" + parts.map(\.sql).joined(separator: " AND ") + ")", arguments: parts.flatMap(\.arguments)))
            }
            guard !branches.isEmpty else { return nil }
            if let weakest = weakestOfEachKind(alternatives) {
                let parts = weakest.compactMap(condition)
                return Condition(sql: "(" + parts.map(\.sql).joined(separator: " AND ") + ")", arguments: parts.flatMap(\.arguments))
            }
            return Condition(sql: "(" + branches.map(\.sql).joined(separator: " OR ") + ")", arguments: branches.flatMap(\.arguments))
        case .office, .language, .licence, .law, .publicSector, .judgement:
            return nil
        }
    }

    /// For alternatives that each ask for one education and/or one experience ("högskola + 3 år som X, alternativt
    /// gymnasium + 5 år som X"), the requirement of each kind that every other of its kind implies, when there is
    /// one; nil otherwise.
    ///
    /// (A1 ∧ B1) ∨ (A2 ∧ B2) ⊆ (A1 ∨ A2) ∧ (B1 ∨ B2), and when A1 implies A2 the union is A2: one set of each kind for
    /// SQLite to build instead of one per alternative. It lets through a few more candidates (those who meet the
    /// weakest of each kind but no alternative whole), whom the engine then finds not qualified; never fewer.
    func weakestOfEachKind(_ alternatives: [[Requirement]]) -> [Requirement]? {
        guard alternatives.count >= 2 else { return nil }
        var experiences: [Requirement] = []
        var educations: [Requirement] = []
        for alternative in alternatives {
            // Every requirement that filters must be one education or one experience; others stay as they were.
            let filtering = alternative.filter { condition($0) != nil }
            var education = 0
            var experience = 0
            for requirement in filtering {
                switch requirement.condition {
                case .education:
                    education += 1
                    educations.append(requirement)
                case .experience:
                    experience += 1
                    experiences.append(requirement)
                default: return nil
                }
            }
            guard education <= 1, experience <= 1 else { return nil }
        }
        // A kind must filter in every alternative, or an alternative without it lets everyone of that kind through.
        var weakest: [Requirement] = []
        for kind in [educations, experiences] where !kind.isEmpty {
            guard kind.count == alternatives.count,
                let loosest = kind.first(where: { candidate in kind.allSatisfy { implies($0, candidate) } })
            else { return nil }
            weakest.append(loosest)
        }
        return weakest.isEmpty ? nil : weakest
    }

    /// True when every candidate the prefilter lets through for `a` it also lets through for `b` (same kind).
    func implies(_ a: Requirement, _ b: Requirement) -> Bool {
        switch (a.condition, b.condition) {
        case (.experience(let m1, let o1, let k1), .experience(let m2, let o2, let k2)):
            guard m1 >= m2 else { return false }
            guard let o2 else { return true }  // any work counts for b
            guard let o1 else { return false }
            let accepted1: Set<OccupationID> = k1 == .as ? [o1] : vocabulary.similarOccupations(to: o1)
            let accepted2: Set<OccupationID> = k2 == .as ? [o2] : vocabulary.similarOccupations(to: o2)
            return accepted1.isSubset(of: accepted2)
        case (.education(let l1, _, let e1), .education(let l2, _, let e2)):
            return Self.lowestRank(l1, orEquivalent: e1) >= Self.lowestRank(l2, orEquivalent: e2)
        default:
            return false
        }
    }

    /// The lowest education rank the prefilter's set for a level lets through (a yrkeshögskola for "högskola eller
    /// likvärdig"); a set for gymnasium or below also lets through CVs that state no education.
    static func lowestRank(_ level: EducationLevel, orEquivalent: Bool) -> Int {
        let rank = EducationLevel.allCases.firstIndex(of: level) ?? 0
        return orEquivalent && level == .hogskola ? EducationLevel.allCases.firstIndex(of: .yrkeshogskola) ?? rank : rank
    }

    private func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
