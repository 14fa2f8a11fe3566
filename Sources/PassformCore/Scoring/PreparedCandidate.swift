/// A candidate made ready for evaluation at one as-of date: jobs as month intervals, skills by category.
/// Prepare once, then evaluate against any number of targets.
public struct PreparedCandidate: Sendable {
    struct Job: Sendable {
        var occupation: OccupationID?
        /// Conservative interval (month ordinals, inclusive).
        var start: Int
        var end: Int
        /// The widest reading of year-only dates.
        var optimisticStart: Int
        var optimisticEnd: Int
        var isYearOnly: Bool
        var publicSector: Bool
        var source: SourceSpan
    }

    /// The facts as interned ids and bit masks, for evaluation without text or allocation.
    struct Facts: Sendable {
        /// Each distinct occupation of the jobs with the jobs (bits) that hold it.
        var occupations: [(id: Int32, jobs: PositionMask)] = []
        /// Jobs whose title maps to no occupation.
        var unknownJobs: PositionMask = 0
        var allJobs: PositionMask = 0
        /// Job positions by conservative start, and by optimistic start.
        var byStart: [Int] = []
        var byOptimisticStart: [Int] = []
        var hasPublicSectorJob = false
        /// Per skill: the folded-name id, the category id, and the earlier skills of the same name (bits).
        var skillKeys: [Int32] = []
        var skillCategories: [Int32] = []
        var skillLevels: [SkillLevel?] = []
        var earlierSameName: [PositionMask] = []
        /// Per language: its code id and level.
        var languages: [(id: Int32, level: LanguageLevel?)] = []
        /// The licence classes held, uppercased, as ids.
        var licences: [Int32] = []
        /// Per education: the field id (-1 when none) and level.
        var education: [(field: Int32, level: EducationLevel?)] = []
        /// False when there are more jobs or skills than a mask holds; evaluation then takes the general path.
        var fitsMasks = true
    }

    /// The prepared values behind one reference, so that passing a prepared candidate around copies nothing.
    final class Storage: Sendable {
        let candidate: Candidate
        let asOf: YearMonth
        let jobs: [Job]
        let facts: Facts

        init(candidate: Candidate, asOf: YearMonth, jobs: [Job], facts: Facts) {
            self.candidate = candidate
            self.asOf = asOf
            self.jobs = jobs
            self.facts = facts
        }
    }

    let storage: Storage
    public var candidate: Candidate { storage.candidate }
    public var asOf: YearMonth { storage.asOf }
    var jobs: [Job] { storage.jobs }
    var facts: Facts { storage.facts }

    public init(_ candidate: Candidate, asOf: YearMonth) {
        var jobs: [Job] = []
        for entry in candidate.employment {
            guard let start = entry.start else { continue }
            let end = entry.isCurrent || entry.end == nil ? asOf : min(entry.end ?? asOf, asOf)
            guard start <= end else { continue }
            var optimisticStart = start.ordinal
            var optimisticEnd = end.ordinal
            if entry.isYearOnly {
                if start.month == 12 { optimisticStart = YearMonth(year: start.year, month: 1).ordinal }
                if !entry.isCurrent, let stated = entry.end, stated.month == 1 {
                    optimisticEnd = min(YearMonth(year: stated.year, month: 12).ordinal, asOf.ordinal)
                }
            }
            jobs.append(
                Job(
                    occupation: entry.occupation, start: start.ordinal, end: end.ordinal, optimisticStart: optimisticStart,
                    optimisticEnd: optimisticEnd, isYearOnly: entry.isYearOnly, publicSector: entry.publicSector,
                    source: entry.source))
        }
        storage = Storage(candidate: candidate, asOf: asOf, jobs: jobs, facts: Self.facts(candidate, jobs: jobs))
    }

    private static func facts(_ candidate: Candidate, jobs: [Job]) -> Facts {
        var base = Facts()
        let skills = candidate.skills
        base.fitsMasks = jobs.count <= PositionMask.bitWidth && skills.count <= PositionMask.bitWidth
        base.hasPublicSectorJob = jobs.contains { $0.publicSector }
        base.byStart = jobs.indices.sorted { jobs[$0].start < jobs[$1].start }
        base.byOptimisticStart = jobs.indices.sorted { jobs[$0].optimisticStart < jobs[$1].optimisticStart }
        // Built afresh from `base` on each run (see Symbols.with).
        return Symbols.shared.with { table in
            var facts = base
            for (i, job) in jobs.enumerated() where i < PositionMask.bitWidth {
                let bit: PositionMask = 1 << i
                facts.allJobs |= bit
                guard let occupation = job.occupation else {
                    facts.unknownJobs |= bit
                    continue
                }
                let id = table.id(occupation.rawValue)
                if let k = facts.occupations.firstIndex(where: { $0.id == id }) {
                    facts.occupations[k].jobs |= bit
                } else {
                    facts.occupations.append((id, bit))
                }
            }
            var names: [Int32] = []
            for (i, skill) in skills.enumerated() {
                facts.skillKeys.append(table.foldedID(skill.name))
                facts.skillCategories.append(table.id(skill.category.rawValue))
                facts.skillLevels.append(skill.level)
                let name = table.id(skill.name)
                var earlier: PositionMask = 0
                for (k, other) in names.enumerated() where other == name && k < PositionMask.bitWidth { earlier |= 1 << k }
                names.append(name)
                if i < PositionMask.bitWidth { facts.earlierSameName.append(earlier) }
            }
            facts.languages = candidate.languages.map { (table.id($0.language), $0.level) }
            facts.licences = candidate.licences.map { table.id($0.licenceClass.uppercased()) }
            facts.education = candidate.education.map { ($0.field.map { table.id($0.rawValue) } ?? -1, $0.level) }
            return facts
        }
    }

    /// Months in the union of the jobs whose positions `counts` accepts; `optimistic` reads year-only dates widely.
    func months(optimistic: Bool = false, where counts: (Int) -> Bool) -> Int {
        let jobs = storage.jobs
        var intervals: [(Int, Int)] = []
        for i in jobs.indices where counts(i) {
            intervals.append(optimistic ? (jobs[i].optimisticStart, jobs[i].optimisticEnd) : (jobs[i].start, jobs[i].end))
        }
        return Candidate.unionLength(of: &intervals)
    }

    /// Months in the union of the jobs in `mask`, walking the jobs in start order: no sorting, no allocation.
    func months(in mask: PositionMask, optimistic: Bool = false) -> Int {
        guard mask != 0 else { return 0 }
        var total = 0
        var current: (start: Int, end: Int)?
        let jobs = storage.jobs
        for i in optimistic ? storage.facts.byOptimisticStart : storage.facts.byStart where mask & (1 << i) != 0 {
            let job = jobs[i]
            let (start, end) = optimistic ? (job.optimisticStart, job.optimisticEnd) : (job.start, job.end)
            if let open = current {
                if start <= open.end + 1 {
                    current = (open.start, max(open.end, end))
                } else {
                    total += open.end - open.start + 1
                    current = (start, end)
                }
            } else {
                current = (start, end)
            }
        }
        if let open = current { total += open.end - open.start + 1 }
        return total
    }
}
