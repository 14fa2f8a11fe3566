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

    public let candidate: Candidate
    public let asOf: YearMonth
    let jobs: [Job]
    let skillsByCategory: [SystemCategory: [SkillEntry]]
    let skillsByName: [String: [SkillEntry]]

    public init(_ candidate: Candidate, asOf: YearMonth) {
        self.candidate = candidate
        self.asOf = asOf
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
        self.jobs = jobs
        var byCategory: [SystemCategory: [SkillEntry]] = [:]
        var byName: [String: [SkillEntry]] = [:]
        for skill in candidate.skills {
            byCategory[skill.category, default: []].append(skill)
            byName[Folding.asciiFold(skill.name), default: []].append(skill)
        }
        skillsByCategory = byCategory
        skillsByName = byName
    }

    /// Months in the union of the jobs that `counts` accepts; `optimistic` reads year-only dates widely.
    func months(optimistic: Bool = false, where counts: (Job) -> Bool) -> Int {
        var intervals: [(Int, Int)] = []
        for job in jobs where counts(job) {
            intervals.append(optimistic ? (job.optimisticStart, job.optimisticEnd) : (job.start, job.end))
        }
        return Candidate.unionLength(of: &intervals)
    }
}
