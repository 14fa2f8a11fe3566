/// A point in time as a CV writes it: a year, and a month when the CV gives one.
public struct CVDate: Hashable, Sendable, CustomStringConvertible {
    public var year: Int
    /// Nil when only the year is written.
    public var month: Int?
    /// A school term ("ht 2018"): the months it starts and ends.
    public var term: ClosedRange<Int>?

    public init(year: Int, month: Int? = nil, term: ClosedRange<Int>? = nil) {
        self.year = year
        self.month = month
        self.term = term
    }

    /// True when the month is unknown.
    public var isYearOnly: Bool { month == nil && term == nil }

    /// The month this date opens an interval at, counted conservatively: a bare year is its December.
    public var asStart: YearMonth {
        YearMonth(year: year, month: month ?? term?.lowerBound ?? 12)
    }

    /// The month this date closes an interval at, counted conservatively: a bare year is its January.
    public var asEnd: YearMonth {
        YearMonth(year: year, month: month ?? term?.upperBound ?? 1)
    }

    public var description: String {
        if let month { return YearMonth(year: year, month: month).description }
        return "\(year)"
    }
}

/// A period read from a line of a CV: "2019-03 – 2021-02", "mars 2019 – nu", "sedan 2020", "2016–2019".
public struct DateRange: Hashable, Sendable {
    public var start: CVDate
    /// Nil when the period is ongoing (``isCurrent``) or a single point.
    public var end: CVDate?
    /// True for "nu", "d.d.", "present", "sedan 2020": the period runs to the as-of date.
    public var isCurrent: Bool
    /// Where the dates sit in the line, in Unicode scalars, so the rest of the line can be read.
    public var scalarRange: Range<Int>

    public init(start: CVDate, end: CVDate?, isCurrent: Bool, scalarRange: Range<Int>) {
        self.start = start
        self.end = end
        self.isCurrent = isCurrent
        self.scalarRange = scalarRange
    }

    /// True when the start or the end is written as a year only.
    public var isYearOnly: Bool { start.isYearOnly || (end?.isYearOnly ?? false) }

    /// The first and last month, counted conservatively for year-only dates, and nil for an ongoing end.
    ///
    /// A single point ("2019-03", "2018") is one month. When a year-only side makes the start fall after
    /// the end ("2018–2018", "2016 – 2016-03"), the period shrinks to the one month that is certain.
    public var months: (start: YearMonth, end: YearMonth?) {
        var first = start.asStart
        if isCurrent { return (first, nil) }
        let closing = end ?? start
        var last = closing.asEnd
        if end == nil, start.isYearOnly { last = first }
        if first > last, isYearOnly {
            if start.isYearOnly && !closing.isYearOnly {
                first = last
            } else {
                last = first
            }
        }
        return (first, last)
    }
}
