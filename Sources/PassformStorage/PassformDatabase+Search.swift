import Dispatch
import Foundation
internal import GRDB
import PassformCore
import Synchronization

/// What `search` found: the evaluated candidates, and how many the prefilter let through.
package struct SearchResult: Sendable {
    /// The candidates whose verdict was asked for, unranked (``ScreeningReport`` ranks them).
    package var entries: [ScreeningReport.Entry]
    /// Candidates in the register (or applicants to the posting, with `applicantsOf`).
    package var considered: Int
    /// Candidates the indexed facts could not rule out, whose CV was decoded and evaluated.
    package var evaluated: Int
}

extension PassformDatabase {
    /// Screens the register: skips in SQL every candidate whose stored facts (months per occupation, systems,
    /// education level) rule out every verdict in `verdicts`, then evaluates the rest with the engine.
    ///
    /// The prefilter only skips candidates the engine would find `not_qualified`, so with `verdicts` of
    /// qualified and/or review the result equals evaluating everyone.
    ///
    /// - Parameters:
    ///   - verdicts: the verdicts to return; with `.notQualified` in it, nobody is skipped.
    ///   - applicantsOf: only the candidates who applied to this posting.
    package func search(
        _ screener: Screener, asOf: YearMonth, verdicts: Set<Verdict> = [.qualified, .review], applicantsOf posting: String? = nil
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
        let (rows, considered) = try perform { db -> ([Row], Int) in
            if let posting { _ = try Self.postingRecord(db, posting) }
            let considered =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM candidate c \(scope.isEmpty ? "" : "WHERE " + scope)",
                    arguments: StatementArguments(scopeArguments)) ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, c.name, f.fileName, f.candidateJSON FROM candidate c
                    JOIN cvFile f ON f.candidateId = c.id AND f.isCurrent
                    \(filter) ORDER BY c.id
                    """, arguments: StatementArguments(scopeArguments + arguments))
            return (rows, considered)
        }
        let survivors = rows.map { row in
            Survivor(id: row["id"], name: row["name"], file: row["fileName"], json: row["candidateJSON"])
        }
        let entries = try Self.evaluate(survivors, screener: screener, asOf: asOf, verdicts: verdicts)
        return SearchResult(entries: entries, considered: considered, evaluated: rows.count)
    }

    /// A candidate the prefilter let through, before its CV is decoded.
    struct Survivor: Sendable {
        var id: Int64
        var name: String?
        var file: String
        var json: String
    }

    /// Decodes and evaluates the survivors on every core, each core taking every n-th survivor; the result is
    /// in register-number order whatever the scheduling.
    static func evaluate(_ survivors: [Survivor], screener: Screener, asOf: YearMonth, verdicts: Set<Verdict>) throws
        -> [ScreeningReport.Entry]
    {
        let lanes = max(1, min(ProcessInfo.processInfo.activeProcessorCount, survivors.count / 64))
        var outcomes: [Int: Lane] = [:]
        if lanes > 1, #available(macOS 15, *) {
            let results = Mutex<[Int: Lane]>([:])
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                let outcome = evaluateLane(lane, of: lanes, survivors, screener: screener, asOf: asOf, verdicts: verdicts)
                results.withLock { $0[lane] = outcome }
            }
            outcomes = results.withLock { $0 }
        } else {
            outcomes[0] = evaluateLane(0, of: 1, survivors, screener: screener, asOf: asOf, verdicts: verdicts)
        }
        if let id = outcomes.values.compactMap(\.damaged).min() {
            throw StorageError.corrupt("the stored CV of candidate \(id) cannot be read back")
        }
        return outcomes.values.flatMap(\.entries).sorted { (Int64($0.id) ?? 0) < (Int64($1.id) ?? 0) }
    }

    /// What one core found: the entries with a verdict asked for, or the first CV it could not decode.
    struct Lane: Sendable {
        var entries: [ScreeningReport.Entry] = []
        var damaged: Int64?
    }

    private static func evaluateLane(
        _ lane: Int, of lanes: Int, _ survivors: [Survivor], screener: Screener, asOf: YearMonth, verdicts: Set<Verdict>
    ) -> Lane {
        let decoder = JSONDecoder()
        var result = Lane()
        for index in stride(from: lane, to: survivors.count, by: lanes) {
            let survivor = survivors[index]
            guard let candidate = try? decoder.decode(Candidate.self, from: Data(survivor.json.utf8)) else {
                result.damaged = survivor.id
                return result
            }
            let evaluation = screener.evaluate(PreparedCandidate(candidate, asOf: asOf))
            guard verdicts.contains(evaluation.verdict) else { continue }
            result.entries.append(
                ScreeningReport.Entry(id: "\(survivor.id)", file: survivor.file, name: survivor.name, evaluation: evaluation))
        }
        return result
    }

    /// Records a screening in the audit trail; for a posting's applicants, also stores each verdict and score on the
    /// application and moves received applications to screened.
    package func recordScreening(
        target: String, result: SearchResult, applicantsOf posting: String?, by actor: String, at now: Date = Date()
    ) throws {
        try write { db in
            if let posting {
                let record = try Self.postingRecord(db, posting)
                for entry in result.entries {
                    guard let id = Int64(entry.id),
                        var application = try ApplicationRecord
                            .filter(ApplicationRecord.Columns.candidateId == id && ApplicationRecord.Columns.postingId == record.id)
                            .fetchOne(db)
                    else { continue }
                    application.verdict = entry.evaluation.verdict.rawValue
                    application.score = entry.evaluation.score
                    if application.status == .received {
                        application.status = .screened
                        var event = ApplicationEventRecord(applicationId: application.id ?? 0, status: .screened, at: now, by: actor)
                        try event.insert(db)
                    }
                    try application.update(db)
                    try AuditEventRecord.log(
                        db, .screen, by: actor, at: now, candidate: id, posting: posting,
                        "\(entry.evaluation.verdict.rawValue), score \(NumberFormatting.fixed(entry.evaluation.score, decimals: 1))")
                }
            }
            try AuditEventRecord.log(
                db, .screen, by: actor, at: now, posting: posting,
                "search against \(target): \(result.considered) candidates, \(result.evaluated) evaluated, \(result.entries.count) listed")
        }
    }
}

/// Turns requirements into SQL conditions on the stored facts that hold for every candidate the engine would not
/// find `unmet` on the requirement (an over-approximation: it may let through more, never fewer).
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
            var sql = """
                (SELECT COALESCE(SUM(MAX(0, MIN(COALESCE(j.endMonth, ?), ?) - j.startMonth + 1)), 0)
                 FROM candidateJob j WHERE j.candidateId = c.id
                """
            var arguments: [any DatabaseValueConvertible] = [asOf.ordinal, asOf.ordinal]
            if let occupation {
                let accepted = (match == .as ? [occupation] : Array(vocabulary.similarOccupations(to: occupation))).map(\.rawValue).sorted()
                // Jobs of unrecognised occupation may count (the engine then asks for review).
                sql += " AND (j.occupation IS NULL OR j.occupation IN (\(placeholders(accepted.count))))"
                arguments += accepted
            }
            return Condition(sql: sql + ") >= ?", arguments: arguments + [months])
        case .education(let level, _, let orEquivalent):
            let rank = EducationLevel.allCases.firstIndex(of: level) ?? 0
            var sql = "EXISTS (SELECT 1 FROM candidateEducation e WHERE e.candidateId = c.id AND (e.levelRank IS NULL OR e.levelRank >= ?"
            var arguments: [any DatabaseValueConvertible] = [rank]
            if orEquivalent, level == .hogskola {
                sql += " OR e.levelRank = ?"
                arguments.append(EducationLevel.allCases.firstIndex(of: .yrkeshogskola) ?? 0)
            }
            sql += "))"
            if level <= .gymnasium {
                // A CV that states no education is sent to review for such a requirement.
                sql = "(\(sql) OR NOT EXISTS (SELECT 1 FROM candidateEducation e WHERE e.candidateId = c.id))"
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
                sql: "EXISTS (SELECT 1 FROM candidateSkill s WHERE s.candidateId = c.id AND (\(alternatives.joined(separator: " OR "))))",
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
            return Condition(sql: "(" + branches.map(\.sql).joined(separator: " OR ") + ")", arguments: branches.flatMap(\.arguments))
        case .office, .language, .licence, .law, .publicSector, .judgement:
            return nil
        }
    }

    private func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
