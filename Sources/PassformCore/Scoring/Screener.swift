/// Checks candidates against a profile or posting and explains every verdict with evidence from the CV.
///
/// Compile once (`Screener(target:)`), then evaluate any number of prepared candidates; evaluation does no I/O.
///
/// The score (0–100) is monotone — adding a relevant fact to a CV never lowers it:
/// - 60 points for the requirements: met counts 1, review ½, unmet 0 (an `anyOf` by its best alternative);
/// - 25 points for surplus: experience beyond the minimum (up to double), education above the level asked,
///   and further systems of the categories asked (up to three);
/// - 15 points for the posting's merits met (review counts ½); with no merits the 15 points follow the surplus.
public struct Screener: Sendable {
    public var target: ScreeningTarget { _read { yield state.target } }
    public var vocabulary: Vocabulary { _read { yield state.vocabulary } }
    private var similar: [OccupationID: Set<OccupationID>] { _read { yield state.similar } }
    /// For each system example the target names: the folded names to look up in a candidate's skills
    /// (the example, and the vocabulary's canonical name when it folds differently). Computed once, here.
    private var exampleKeys: [String: [String]] { _read { yield state.exampleKeys } }
    /// Lowercased category labels for the messages, computed once.
    private var categoryNames: [SystemCategory: String] { _read { yield state.categoryNames } }
    /// The requirements compiled to ids, for the ranking path.
    var compiled: Compiled { _read { yield state.compiled } }

    /// What the initialiser builds, behind one reference: a screener is copied into every run and every worker.
    private final class State: Sendable {
        let target: ScreeningTarget
        let vocabulary: Vocabulary
        let similar: [OccupationID: Set<OccupationID>]
        let exampleKeys: [String: [String]]
        let categoryNames: [SystemCategory: String]
        let compiled: Compiled

        init(
            target: ScreeningTarget, vocabulary: Vocabulary, similar: [OccupationID: Set<OccupationID>],
            exampleKeys: [String: [String]], categoryNames: [SystemCategory: String], compiled: Compiled
        ) {
            self.target = target
            self.vocabulary = vocabulary
            self.similar = similar
            self.exampleKeys = exampleKeys
            self.categoryNames = categoryNames
            self.compiled = compiled
        }
    }

    private let state: State

    public init(target: ScreeningTarget, vocabulary: Vocabulary = .standard) {
        var similar: [OccupationID: Set<OccupationID>] = [:]
        var exampleKeys: [String: [String]] = [:]
        var categoryNames: [SystemCategory: String] = [.office: Self.categoryName(.office, vocabulary)]
        func collect(_ requirements: [Requirement]) {
            for requirement in requirements {
                switch requirement.condition {
                case .experience(_, let occupation?, .similar):
                    similar[occupation] = vocabulary.similarOccupations(to: occupation)
                case .system(let category, let examples, _, _):
                    categoryNames[category] = Self.categoryName(category, vocabulary)
                    for example in examples { exampleKeys[example] = Self.keys(example, vocabulary) }
                case .anyOf(let alternatives):
                    alternatives.forEach(collect)
                default:
                    break
                }
            }
        }
        collect(target.requirements)
        collect(target.merits)
        let compiled = Self.compile(
            target, vocabulary: vocabulary, similar: similar, exampleKeys: exampleKeys, categories: categoryNames.keys)
        state = State(
            target: target, vocabulary: vocabulary, similar: similar, exampleKeys: exampleKeys, categoryNames: categoryNames,
            compiled: compiled)
    }

    /// The folded names under which a candidate's skills may hold `example`.
    static func keys(_ example: String, _ vocabulary: Vocabulary) -> [String] {
        let folded = Folding.asciiFold(example)
        if let canonical = vocabulary.system(named: example)?.name, Folding.asciiFold(canonical) != folded {
            return [folded, Folding.asciiFold(canonical)]
        }
        return [folded]
    }

    private static func categoryName(_ category: SystemCategory, _ vocabulary: Vocabulary) -> String {
        (vocabulary.categoryLabels[category] ?? category.rawValue).lowercased()
    }

    /// The candidate checked against every requirement and merit.
    ///
    /// With `explained` false the verdict, score and statuses are the same but no evidence or "missing" text is
    /// built: the fast path for ranking a large pool, explaining only the candidates shown.
    public func evaluate(_ candidate: PreparedCandidate, explained: Bool = true) -> Evaluation {
        if !explained, candidate.facts.fitsMasks {
            var statuses = 0
            let (verdict, score) = fastEvaluation(candidate) { _, status in statuses = statuses &* 3 &+ Compiled.digit(status) }
            let (requirements, merits) = compiled.outcomes(statuses)
            return Evaluation(verdict: verdict, score: score, requirements: requirements, merits: merits)
        }
        let run = Run(screener: self, candidate: candidate, explain: explained)
        var surplus = Surplus()
        let outcomes = target.requirements.map { run.check($0, surplus: &surplus) }
        var meritSurplus = Surplus()
        let merits = target.merits.map { run.check($0, surplus: &meritSurplus) }
        let verdict: Verdict =
            outcomes.contains { $0.status == .unmet } ? .notQualified
            : outcomes.contains { $0.status == .review } ? .review : .qualified
        return Evaluation(
            verdict: verdict, score: score(outcomes, merits: merits, surplus: surplus), requirements: outcomes, merits: merits)
    }

    /// The candidate as a ranking table shows it: verdict, score and statuses as ``evaluate(_:explained:)`` gives,
    /// with evidence and the "missing" text only for the requirements not met, and merits bare. A table lists only
    /// what is open, so checking the met requirements again to explain them would be wasted on a large pool.
    public func evaluateOpenPoints(_ candidate: PreparedCandidate) -> Evaluation {
        guard candidate.facts.fitsMasks else { return evaluate(candidate) }
        var statuses = 0
        let (verdict, score) = fastEvaluation(candidate) { _, status in statuses = statuses &* 3 &+ Compiled.digit(status) }
        var (requirements, merits) = compiled.outcomes(statuses)
        let run = Run(screener: self, candidate: candidate, explain: true)
        var unused = Surplus()  // the score is the fast path's; a check's outcome does not depend on the surplus
        for i in requirements.indices where requirements[i].status != .met {
            requirements[i] = run.check(target.requirements[i], surplus: &unused)
        }
        return Evaluation(verdict: verdict, score: score, requirements: requirements, merits: merits)
    }

    /// The verdict and score alone, the same as ``evaluate(_:explained:)`` gives, without building any outcome:
    /// the path for ranking a large pool before explaining the candidates shown.
    public func verdictAndScore(_ candidate: PreparedCandidate) -> (verdict: Verdict, score: Double) {
        guard candidate.facts.fitsMasks else {
            let evaluation = evaluate(candidate)
            return (evaluation.verdict, evaluation.score)
        }
        return fastEvaluation(candidate) { _, _ in }
    }

    /// Evaluates a candidate at `asOf`.
    public func evaluate(_ candidate: Candidate, asOf: YearMonth) -> Evaluation {
        evaluate(PreparedCandidate(candidate, asOf: asOf))
    }

    // MARK: - Score

    /// The surplus parts seen so far, each clamped to 0…1, as a running sum (no allocation on the hot path).
    struct Surplus {
        var sum = 0.0
        var count = 0
        mutating func add(_ value: Double) {
            sum += min(1, max(0, value))
            count += 1
        }
        mutating func add(_ other: Surplus) {
            sum += other.sum
            count += other.count
        }
        var mean: Double { count == 0 ? 0 : sum / Double(count) }
    }

    static func credit(_ status: RequirementStatus) -> Double {
        switch status {
        case .met: 1
        case .review: 0.5
        case .unmet: 0
        }
    }

    private func score(_ outcomes: [RequirementOutcome], merits: [RequirementOutcome], surplus: Surplus) -> Double {
        let requirementShare = outcomes.isEmpty ? 1 : outcomes.map { Self.credit($0.status) }.reduce(0, +) / Double(outcomes.count)
        let surplusShare = surplus.mean
        let meritShare = merits.isEmpty ? surplusShare : merits.map { Self.credit($0.status) }.reduce(0, +) / Double(merits.count)
        let raw = 60 * requirementShare + 25 * surplusShare + 15 * meritShare
        return (raw * 10).rounded() / 10
    }

    // MARK: - Checks

    /// One candidate being checked: the compiled target, the prepared CV, and whether to build explanations.
    struct Run {
        let screener: Screener
        let c: PreparedCandidate
        let explain: Bool

        init(screener: Screener, candidate: PreparedCandidate, explain: Bool) {
            self.screener = screener
            self.c = candidate
            self.explain = explain
        }

        var vocabulary: Vocabulary { _read { yield screener.vocabulary } }

        /// An outcome; evidence and the missing text are kept only when explaining.
        func outcome(
            _ text: String, _ kind: String, _ status: RequirementStatus, evidence: @autoclosure () -> [SourceSpan] = [],
            missing: @autoclosure () -> String? = nil, alternatives: [[RequirementOutcome]]? = nil
        ) -> RequirementOutcome {
            guard explain else { return RequirementOutcome(text: text, kind: kind, status: status) }
            return RequirementOutcome(
                text: text, kind: kind, status: status, evidence: evidence(), missing: missing(), alternatives: alternatives)
        }


        func check(_ requirement: Requirement, surplus: inout Surplus) -> RequirementOutcome {
            let text = requirement.text
            let kind = requirement.kind
            switch requirement.condition {
            case .experience(let months, let occupation, let match):
                return experience(text, months: months, occupation: occupation, match: match, surplus: &surplus)
            case .education(let level, let field, let orEquivalent):
                return education(text, level: level, field: field, orEquivalent: orEquivalent, surplus: &surplus)
            case .system(let category, let examples, let open, let level):
                return system(text, kind: kind, category: category, examples: examples, open: open, level: level, surplus: &surplus)
            case .office(let level):
                return system(text, kind: kind, category: .office, examples: [], open: true, level: level, surplus: &surplus)
            case .language(let language, _, _, let level):
                return self.language(text, language: language, level: level)
            case .licence(let licenceClass):
                return licence(text, licenceClass: licenceClass)
            case .law:
                let laws = c.candidate.laws
                return laws.isEmpty
                    ? outcome(text, kind, .review, missing: "the CV names no law or regulation; ask about it")
                    : outcome(text, kind, .met, evidence: laws.map(\.source))
            case .publicSector:
                let jobs = c.jobs.filter(\.publicSector)
                return jobs.isEmpty
                    ? outcome(text, kind, .review, missing: "no employer in the CV is recognisably public-sector")
                    : outcome(text, kind, .met, evidence: jobs.map(\.source))
            case .judgement:
                return outcome(text, kind, .review, missing: "for a person to judge")
            case .anyOf(let alternatives):
                return anyOf(text, alternatives, surplus: &surplus)
            }
        }

        func anyOf(_ text: String, _ alternatives: [[Requirement]], surplus: inout Surplus)
            -> RequirementOutcome
        {
            var best: (status: RequirementStatus, outcomes: [RequirementOutcome], surplus: Surplus)?
            var all: [[RequirementOutcome]] = []
            for alternative in alternatives {
                var local = Surplus()
                let outcomes = alternative.map { check($0, surplus: &local) }
                all.append(outcomes)
                let status = outcomes.map(\.status).min() ?? .met
                if best == nil || status > best?.status ?? .unmet
                    || (status == best?.status && local.mean > best?.surplus.mean ?? 0)
                {
                    best = (status, outcomes, local)
                }
            }
            guard let best else { return outcome(text, "anyOf", .met) }
            surplus.add(best.surplus)
            let missing: String? =
                best.status == .met || !explain
                ? nil
                : all.map { outcomes in
                    outcomes.filter { $0.status != .met }.compactMap(\.missing).joined(separator: " and ")
                }.filter { !$0.isEmpty }.joined(separator: "; or ")
            return outcome(text, "anyOf", best.status, evidence: best.outcomes.flatMap(\.evidence), missing: missing,
                alternatives: all)
        }

        func experience(
            _ text: String, months required: Int, occupation: OccupationID?, match: ExperienceMatch,
            surplus: inout Surplus
        ) -> RequirementOutcome {
            let accepted: Set<OccupationID>? =
                occupation.flatMap { match == .as ? nil : (screener.similar[$0] ?? vocabulary.similarOccupations(to: $0)) }
            func counts(_ job: PreparedCandidate.Job) -> Bool {
                guard let occupation else { return true }
                guard let accepted else { return job.occupation == occupation }  // "som X": X only
                return job.occupation.map(accepted.contains) ?? false
            }
            let jobs = c.jobs
            // Each job is looked up once; the sums below walk the jobs up to three times.
            let counted = jobs.map(counts)
            let months = c.months { counted[$0] }
            func evidence() -> [SourceSpan] { jobs.indices.compactMap { counted[$0] ? jobs[$0].source : nil } }
            surplus.add(required > 0 ? Double(months - required) / Double(required) : 0)
            if months >= required {
                return outcome(text, "experience", .met, evidence: evidence())
            }
            let label = occupation.map { (match == .as ? "as " : "in work similar to ") + $0.rawValue } ?? "of work"
            // Uncertain readings: year-only dates read widely, or jobs whose title the vocabulary does not know.
            let optimistic = c.months(optimistic: true) { counted[$0] }
            let unknown = jobs.filter { $0.occupation == nil }
            let withUnknown = c.months { counted[$0] || jobs[$0].occupation == nil }
            let short = required - months
            var need = String(short)
            need.reserveCapacity(label.utf8.count + 40)
            need += short == 1 ? " more month " : " more months "
            need += label
            need += " (has " + String(months) + " of " + String(required) + ")"
            if optimistic >= required {
                return outcome(text, "experience", .review, evidence: evidence(),
                    missing: need + "; year-only dates could make up the difference")
            }
            // Only for "liknande arbete": "som X" needs a title the vocabulary reads as X.
            if match == .similar, !unknown.isEmpty, withUnknown >= required {
                return outcome(text, "experience", .review, evidence: evidence() + unknown.map(\.source),
                    missing: need + "; jobs with unrecognised titles might count")
            }
            return outcome(text, "experience", .unmet, evidence: evidence(), missing: need)
        }

        func education(
            _ text: String, level: EducationLevel, field: EducationField?, orEquivalent: Bool,
            surplus: inout Surplus
        ) -> RequirementOutcome {
            let entries = c.candidate.education
            var wanted: String { "\(level.rawValue)\(field.map { " in \($0)" } ?? "")" }
            var review: [EducationEntry] = []
            var reviewReason = ""
            var best: EducationEntry?
            for entry in entries {
                guard let entryLevel = entry.level else {
                    if field == nil || entry.field == field {
                        review.append(entry)
                        reviewReason = "an education of unstated level may count as \(wanted)"
                    }
                    continue
                }
                let fieldOK = field == nil || field == .relevant ? true : entry.field == field
                if entryLevel >= level, fieldOK {
                    if field == .relevant {
                        review.append(entry)
                        reviewReason = "whether the education is in the relevant field is for a person to judge"
                    } else if best.map({ entryLevel > ($0.level ?? .grundskola) }) ?? true {
                        best = entry
                    }
                } else if entryLevel >= level, entry.field == nil {
                    review.append(entry)
                    reviewReason = "the field of the education is not stated; \(wanted) is required"
                } else if orEquivalent, fieldOK, entryLevel == .yrkeshogskola, level == .hogskola {
                    review.append(entry)
                    reviewReason = "yrkeshögskola may be equivalent to \(wanted) (\"eller likvärdig\"): a person must judge"
                }
            }
            if let best {
                let above = EducationLevel.allCases.firstIndex(of: best.level ?? level).map { $0 } ?? 0
                let asked = EducationLevel.allCases.firstIndex(of: level) ?? 0
                surplus.add(Double(above - asked) / 2)
                return outcome(text, "education", .met, evidence: [best.source])
            }
            surplus.add(0)
            if !review.isEmpty {
                return outcome(text, "education", .review, evidence: review.map(\.source), missing: reviewReason)
            }
            if entries.isEmpty, level <= .gymnasium {
                return outcome(text, "education", .review, missing: "the CV states no education; \(wanted) is required")
            }
            return outcome(text, "education", .unmet, evidence: entries.map(\.source),
                missing: "no education of \(wanted)\(orEquivalent ? " or equivalent" : "")")
        }

        func system(
            _ text: String, kind: String, category: SystemCategory, examples: [String], open: Bool, level: SkillLevel, surplus: inout Surplus
        ) -> RequirementOutcome {
            let skills = c.storage.candidate.skills
            let skillKeys = c.storage.facts.skillKeys
            var relevant: [SkillEntry] = []
            for example in examples {
                let keys = screener.compiled.exampleKeys[example]
                    ?? Symbols.shared.with { table in Screener.keys(example, vocabulary).map { table.id($0) } }
                for key in keys {
                    for (i, skill) in skills.enumerated() where skillKeys[i] == key { relevant.append(skill) }
                }
            }
            let categoryID = screener.compiled.categories[category] ?? Symbols.shared.with { $0.id(category.rawValue) }
            let skillCategories = c.storage.facts.skillCategories
            var inCategory: [SkillEntry] = []
            for (i, skill) in skills.enumerated() where skillCategories[i] == categoryID { inCategory.append(skill) }
            if open { relevant += inCategory.filter { !relevant.contains($0) } }
            let distinct = relevant.count <= 1 ? relevant.count : Set(relevant.map(\.name)).count
            surplus.add(Double(distinct - 1) / 3)
            if relevant.isEmpty {
                let categoryName = screener.categoryNames[category] ?? Screener.categoryName(category, vocabulary)
                let label = examples.isEmpty ? categoryName : examples.joined(separator: ", ")
                if kind == "office" {
                    return outcome(text, kind, .review, missing: "the CV does not mention office software")
                }
                return outcome(text, kind, .unmet, evidence: inCategory.map(\.source),
                    missing: "no \(open && !examples.isEmpty ? "\(categoryName) such as " : "")\(label) in the CV")
            }
            let atLevel = relevant.filter { ($0.level ?? level) >= level }
            let unstated = relevant.filter { $0.level == nil }
            if !atLevel.isEmpty, level < .storErfarenhet || atLevel.contains(where: { $0.level != nil }) {
                return outcome(text, kind, .met, evidence: atLevel.map(\.source))
            }
            if !unstated.isEmpty {
                return outcome(text, kind, .review, evidence: unstated.map(\.source),
                    missing: "the CV does not say how well; \(level.rawValue) is asked")
            }
            let stated = relevant.compactMap(\.level).max() ?? .grund
            let held = Set(relevant.map(\.name)).sorted().joined(separator: ", ")
            if level == .storErfarenhet, stated == .goda {
                // "Stor erfarenhet" is about years of use as much as skill: good knowledge is for a person to weigh.
                return outcome(text, kind, .review, evidence: relevant.map(\.source),
                    missing: "\(held) at level goda; stor erfarenhet is asked: a person must judge")
            }
            return outcome(text, kind, .unmet, evidence: relevant.map(\.source),
                missing: "\(held) at level \(stated.rawValue), below the \(level.rawValue) asked")
        }

        static let languageNames = [
            "sv": "Swedish", "no": "Norwegian", "nb": "Norwegian", "da": "Danish", "en": "English", "fi": "Finnish",
            "de": "German", "fr": "French", "es": "Spanish",
        ]

        func language(_ text: String, language code: String, level: LanguageLevel) -> RequirementOutcome {
            let language = Self.languageNames[code] ?? code
            let known = c.candidate.languages.filter { $0.language == code || (code == "no" && $0.language == "nb") }
            if known.isEmpty {
                return outcome(text, "language", .review, missing: "the CV does not list \(language); check it")
            }
            if let good = known.first(where: { ($0.level ?? .a1) >= level }) {
                return outcome(text, "language", .met, evidence: [good.source])
            }
            if known.allSatisfy({ $0.level == nil }) {
                return outcome(text, "language", .review, evidence: known.map(\.source),
                    missing: "\(language) is listed without a level; \(level.rawValue) is asked")
            }
            let stated = known.compactMap(\.level).max() ?? .a1
            return outcome(text, "language", .unmet, evidence: known.map(\.source),
                missing: "\(language) at \(stated.rawValue), below the \(level.rawValue) asked")
        }

        /// Every class that ``licence(_:covers:)`` relates to another.
        static let licenceClasses = ["B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"]

        /// Driving licence classes and what they include: every class from B up requires B.
        static func licence(_ held: String, covers wanted: String) -> Bool {
            let held = held.uppercased()
            let wanted = wanted.uppercased()
            if held == wanted { return true }
            if wanted == "B" { return ["B", "BE", "C1", "C1E", "C", "CE", "D1", "D1E", "D", "DE"].contains(held) }
            if wanted == "BE" { return ["BE", "C1E", "CE", "D1E", "DE"].contains(held) }
            if wanted == "C1" { return ["C", "CE", "C1E"].contains(held) }
            if wanted == "C" { return held == "CE" }
            if wanted == "D1" { return ["D", "DE", "D1E"].contains(held) }
            return false
        }

        func licence(_ text: String, licenceClass: String) -> RequirementOutcome {
            let held = c.candidate.licences
            if let covering = held.first(where: { Self.licence($0.licenceClass, covers: licenceClass) }) {
                return outcome(text, "licence", .met, evidence: [covering.source])
            }
            return outcome(text, "licence", .unmet, evidence: held.map(\.source),
                missing: held.isEmpty ? "no driving licence stated" : "a class \(licenceClass) licence")
        }
    }
}
