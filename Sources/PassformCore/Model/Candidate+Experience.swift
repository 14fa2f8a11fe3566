extension Candidate {
    /// Months worked in jobs that `counts` accepts, at `asOf`: the union of the jobs' month intervals,
    /// inclusive of the first and last month, so overlapping jobs count once.
    ///
    /// Year-only dates are stored conservatively by the parsers (a start year as its December,
    /// an end year as its January); a job with no start is not counted.
    public func experienceMonths(asOf: YearMonth, where counts: (EmploymentEntry) -> Bool) -> Int {
        var intervals: [(Int, Int)] = []
        for job in employment where counts(job) {
            guard let start = job.start else { continue }
            let end = job.isCurrent || job.end == nil ? asOf : min(job.end ?? asOf, asOf)
            guard start <= end else { continue }
            intervals.append((start.ordinal, end.ordinal))
        }
        return Self.unionLength(of: &intervals)
    }

    /// Months worked per occupation at `asOf`, for every occupation the CV's jobs map to.
    public func experienceMonthsByOccupation(asOf: YearMonth) -> [OccupationID: Int] {
        let occupations = Set(employment.compactMap(\.occupation))
        var result: [OccupationID: Int] = [:]
        for occupation in occupations {
            result[occupation] = experienceMonths(asOf: asOf) { $0.occupation == occupation }
        }
        return result
    }

    /// Total months in the union of all jobs at `asOf`.
    public func totalExperienceMonths(asOf: YearMonth) -> Int {
        experienceMonths(asOf: asOf) { _ in true }
    }

    static func unionLength(of intervals: inout [(Int, Int)]) -> Int {
        guard !intervals.isEmpty else { return 0 }
        intervals.sort { $0.0 < $1.0 }
        var total = 0
        var (curStart, curEnd) = intervals[0]
        for (start, end) in intervals.dropFirst() {
            if start <= curEnd + 1 {
                curEnd = max(curEnd, end)
            } else {
                total += curEnd - curStart + 1
                (curStart, curEnd) = (start, end)
            }
        }
        return total + curEnd - curStart + 1
    }
}
