import Foundation

/// The requirements compiled for the ranking path: names as interned ids, so that a verdict and score are
/// computed with integer compares and bit masks, without building outcomes or touching text.
extension Screener {
    /// One requirement, compiled.
    indirect enum Check: Sendable {
        /// `occupations` nil: any work counts; otherwise the accepted occupation ids.
        case experience(months: Int, occupations: [Int32]?, similar: Bool)
        case education(level: EducationLevel, field: Int32?, isRelevant: Bool, orEquivalent: Bool)
        case system(keys: [Int32], category: Int32, open: Bool, level: SkillLevel, isOffice: Bool)
        case language(codes: [Int32], level: LanguageLevel)
        /// The uppercased licence classes that cover the one asked for.
        case licence(covering: [Int32])
        case law
        case publicSector
        case judgement
        case anyOf([[Check]])
    }

    /// The compiled requirements and merits, the ids the explained path looks skills up by, and the bare outcome
    /// lists the unexplained path returns (they depend on the statuses alone, so each list is built once).
    final class Compiled: @unchecked Sendable {
        let requirements: [Check]
        let merits: [Check]
        let exampleKeys: [String: [Int32]]
        let categories: [SystemCategory: Int32]
        /// One outcome without evidence per requirement, then per merit.
        private let bare: [RequirementOutcome]
        private let lock = NSLock()
        /// Outcome lists by their statuses as base-3 digits; only while the digits fit in an `Int`.
        private var lists: [Int: (requirements: [RequirementOutcome], merits: [RequirementOutcome])] = [:]
        private static let cachedLists = 4_096

        init(requirements: [Check], merits: [Check], exampleKeys: [String: [Int32]], categories: [SystemCategory: Int32], bare: [RequirementOutcome]) {
            self.requirements = requirements
            self.merits = merits
            self.exampleKeys = exampleKeys
            self.categories = categories
            self.bare = bare
        }

        static func digit(_ status: RequirementStatus) -> Int {
            switch status {
            case .unmet: 0
            case .review: 1
            case .met: 2
            }
        }

        /// The outcome lists for the statuses `digits` encodes (first requirement most significant).
        func outcomes(_ digits: Int) -> (requirements: [RequirementOutcome], merits: [RequirementOutcome]) {
            let isExact = bare.count <= 39  // 3^39 < 2^63
            if isExact {
                lock.lock()
                let cached = lists[digits]
                lock.unlock()
                if let cached { return cached }
            }
            var outcomes = bare
            var rest = digits
            for i in outcomes.indices.reversed() {
                outcomes[i].status = rest % 3 == 0 ? .unmet : rest % 3 == 1 ? .review : .met
                rest /= 3
            }
            let list = (Array(outcomes[..<requirements.count]), Array(outcomes[requirements.count...]))
            if isExact {
                lock.lock()
                if lists.count < Self.cachedLists { lists[digits] = list }
                lock.unlock()
            }
            return list
        }
    }

    static func compile(
        _ target: ScreeningTarget, vocabulary: Vocabulary, similar: [OccupationID: Set<OccupationID>], exampleKeys: [String: [String]],
        categories: Dictionary<SystemCategory, String>.Keys
    ) -> Compiled {
        Symbols.shared.with { table in
            func compile(_ requirement: Requirement) -> Check {
                switch requirement.condition {
                case .experience(let months, let occupation, let match):
                    guard let occupation else { return .experience(months: months, occupations: nil, similar: match == .similar) }
                    let accepted: [OccupationID] =
                        match == .as
                        ? [occupation] : (similar[occupation] ?? vocabulary.similarOccupations(to: occupation)).sorted()
                    return .experience(months: months, occupations: accepted.map { table.id($0.rawValue) }, similar: match == .similar)
                case .education(let level, let field, let orEquivalent):
                    return .education(
                        level: level, field: field.map { table.id($0.rawValue) }, isRelevant: field == .relevant,
                        orEquivalent: orEquivalent)
                case .system(let category, let examples, let open, let level):
                    var keys: [Int32] = []
                    for example in examples {
                        for key in exampleKeys[example] ?? Screener.keys(example, vocabulary) { keys.append(table.id(key)) }
                    }
                    return .system(keys: keys, category: table.id(category.rawValue), open: open, level: level, isOffice: false)
                case .office(let level):
                    return .system(keys: [], category: table.id(SystemCategory.office.rawValue), open: true, level: level, isOffice: true)
                case .language(let language, _, _, let level):
                    var codes = [table.id(language)]
                    if language == "no" { codes.append(table.id("nb")) }
                    return .language(codes: codes, level: level)
                case .licence(let licenceClass):
                    let covering = Run.licenceClasses.filter { Run.licence($0, covers: licenceClass) } + [licenceClass.uppercased()]
                    return .licence(covering: covering.map { table.id($0) })
                case .law:
                    return .law
                case .publicSector:
                    return .publicSector
                case .judgement:
                    return .judgement
                case .anyOf(let alternatives):
                    return .anyOf(alternatives.map { $0.map(compile) })
                }
            }
            return Compiled(
                requirements: target.requirements.map(compile), merits: target.merits.map(compile),
                exampleKeys: exampleKeys.mapValues { $0.map { table.id($0) } },
                categories: Dictionary(uniqueKeysWithValues: categories.map { ($0, table.id($0.rawValue)) }),
                bare: (target.requirements + target.merits).map { RequirementOutcome(text: $0.text, kind: $0.kind, status: .met) })
        }
    }

    /// The verdict and score for `c`, the same as ``evaluate(_:explained:)`` gives; `status` receives each
    /// requirement's status (index, status) and each merit's (index, status) after them.
    @inline(__always)
    func fastEvaluation(_ c: PreparedCandidate, status: (Int, RequirementStatus) -> Void) -> (verdict: Verdict, score: Double) {
        var surplus = Surplus()
        var credits = 0.0
        var anyUnmet = false
        var anyReview = false
        for (i, check) in compiled.requirements.enumerated() {
            let result = Self.status(check, c, &surplus)
            status(i, result)
            credits += Self.credit(result)
            if result == .unmet { anyUnmet = true } else if result == .review { anyReview = true }
        }
        var meritSurplus = Surplus()
        var meritCredits = 0.0
        let base = compiled.requirements.count
        for (i, check) in compiled.merits.enumerated() {
            let result = Self.status(check, c, &meritSurplus)
            status(base + i, result)
            meritCredits += Self.credit(result)
        }
        let verdict: Verdict = anyUnmet ? .notQualified : anyReview ? .review : .qualified
        let requirementShare = compiled.requirements.isEmpty ? 1 : credits / Double(compiled.requirements.count)
        let surplusShare = surplus.mean
        let meritShare = compiled.merits.isEmpty ? surplusShare : meritCredits / Double(compiled.merits.count)
        let raw = 60 * requirementShare + 25 * surplusShare + 15 * meritShare
        return (verdict, (raw * 10).rounded() / 10)
    }

    static func status(_ check: Check, _ c: PreparedCandidate, _ surplus: inout Surplus) -> RequirementStatus {
        let storage = c.storage
        switch check {
        case .experience(let required, let occupations, let similar):
            var mask = storage.facts.allJobs
            if let occupations {
                mask = 0
                for held in storage.facts.occupations where occupations.contains(held.id) { mask |= held.jobs }
            }
            let months = c.months(in: mask)
            surplus.add(required > 0 ? Double(months - required) / Double(required) : 0)
            if months >= required { return .met }
            if c.months(in: mask, optimistic: true) >= required { return .review }
            if similar, storage.facts.unknownJobs != 0, c.months(in: mask | storage.facts.unknownJobs) >= required { return .review }
            return .unmet

        case .education(let level, let field, let isRelevant, let orEquivalent):
            var hasReview = false
            var best: EducationLevel?
            for entry in storage.facts.education {
                guard let entryLevel = entry.level else {
                    if field == nil || entry.field == field { hasReview = true }
                    continue
                }
                let fieldOK = field == nil || isRelevant ? true : entry.field == field
                if entryLevel >= level, fieldOK {
                    if isRelevant {
                        hasReview = true
                    } else if best.map({ entryLevel > $0 }) ?? true {
                        best = entryLevel
                    }
                } else if entryLevel >= level, entry.field == -1 {
                    hasReview = true
                } else if orEquivalent, fieldOK, entryLevel == .yrkeshogskola, level == .hogskola {
                    hasReview = true
                }
            }
            if let best {
                surplus.add(Double(rank(best) - rank(level)) / 2)
                return .met
            }
            surplus.add(0)
            if hasReview { return .review }
            if storage.facts.education.isEmpty, level <= .gymnasium { return .review }
            return .unmet

        case .system(let keys, let category, let open, let level, let isOffice):
            var relevant: PositionMask = 0
            for (i, key) in storage.facts.skillKeys.enumerated() where keys.contains(key) { relevant |= 1 << i }
            if open {
                for (i, held) in storage.facts.skillCategories.enumerated() where held == category { relevant |= 1 << i }
            }
            var distinct = 0
            var atLevel = false
            var atStatedLevel = false
            var unstated = false
            var stated: SkillLevel?
            var bits = relevant
            while bits != 0 {
                let i = bits.trailingZeroBitCount
                bits &= bits - 1
                if relevant & storage.facts.earlierSameName[i] == 0 { distinct += 1 }
                let held = storage.facts.skillLevels[i]
                if (held ?? level) >= level {
                    atLevel = true
                    if held != nil { atStatedLevel = true }
                }
                if let held {
                    stated = max(stated ?? held, held)
                } else {
                    unstated = true
                }
            }
            surplus.add(Double(distinct - 1) / 3)
            if relevant == 0 { return isOffice ? .review : .unmet }
            if atLevel, level < .storErfarenhet || atStatedLevel { return .met }
            if unstated { return .review }
            if level == .storErfarenhet, (stated ?? .grund) == .goda { return .review }
            return .unmet

        case .language(let codes, let level):
            var known = false
            var anyStated = false
            for language in storage.facts.languages where codes.contains(language.id) {
                known = true
                if (language.level ?? .a1) >= level { return .met }
                if language.level != nil { anyStated = true }
            }
            if !known { return .review }
            return anyStated ? .unmet : .review

        case .licence(let covering):
            return storage.facts.licences.contains(where: covering.contains) ? .met : .unmet

        case .law:
            return storage.candidate.laws.isEmpty ? .review : .met

        case .publicSector:
            return storage.facts.hasPublicSectorJob ? .met : .review

        case .judgement:
            return .review

        case .anyOf(let alternatives):
            var best: (status: RequirementStatus, surplus: Surplus)?
            for alternative in alternatives {
                var local = Surplus()
                var status = RequirementStatus.met
                for check in alternative { status = min(status, Self.status(check, c, &local)) }
                if best == nil || status > best?.status ?? .unmet || (status == best?.status && local.mean > best?.surplus.mean ?? 0) {
                    best = (status, local)
                }
            }
            guard let best else { return .met }
            surplus.add(best.surplus)
            return best.status
        }
    }

    private static func rank(_ level: EducationLevel) -> Int {
        switch level {
        case .grundskola: 0
        case .gymnasium: 1
        case .yrkeshogskola: 2
        case .hogskola: 3
        case .master: 4
        }
    }
}
