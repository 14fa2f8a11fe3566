/// The share of paid time that is not available for production: vacation, public holidays, sick leave,
/// training, health activity and other absence.
///
/// Paid FTE needed = productive FTE needed / (1 − shrinkage).
public struct Shrinkage: Sendable, Hashable, Codable {
    /// The share of paid time lost, at least 0 and below 1.
    public var fraction: Double
    /// How the share was made up, for reports; empty when it was given as one figure.
    public var parts: [Part]

    /// One cause of lost time and its share of paid time.
    public struct Part: Sendable, Hashable, Codable {
        /// What is lost, such as "vacation (5 weeks)".
        public var label: String
        /// The share of paid time lost, between 0 and 1.
        public var fraction: Double

        /// A cause and its share.
        public init(label: String, fraction: Double) {
            self.label = label
            self.fraction = fraction
        }
    }

    /// No time lost.
    public static let none = Shrinkage(uncheckedFraction: 0, parts: [])

    private init(uncheckedFraction: Double, parts: [Part]) {
        self.fraction = uncheckedFraction
        self.parts = parts
    }

    /// Shrinkage given as one share, such as 0.3.
    /// - Throws: ``PlanningError/invalidShrinkage(_:)`` unless `0 ≤ fraction < 1`.
    public init(fraction: Double) throws {
        guard fraction.isFinite, fraction >= 0, fraction < 1 else {
            throw PlanningError.invalidShrinkage("must be at least 0 % and below 100 %")
        }
        self.init(uncheckedFraction: fraction, parts: [])
    }

    /// Shrinkage built from a year's absence.
    ///
    /// Paid hours are `weeklyHours × 52`. Vacation weeks and public-holiday days (a day is a fifth of a
    /// week) are taken off first; sick leave and other absence are shares of the hours left; training days
    /// and the weekly health hours (counted in the weeks worked) are taken off as hours.
    /// - Throws: ``PlanningError/invalidShrinkage(_:)`` when the absence adds up to all paid time or more.
    public init(absence: Absence, weeklyHours: Double) throws {
        let paid = weeklyHours * 52
        let day = weeklyHours / 5
        var parts: [Part] = []
        func add(_ label: String, hours: Double) {
            if hours > 0 { parts.append(Part(label: label, fraction: hours / paid)) }
        }
        let vacation = absence.vacationWeeks * weeklyHours
        let holidays = absence.publicHolidayDays * day
        let present = paid - vacation - holidays
        add("vacation (\(Self.number(absence.vacationWeeks)) weeks)", hours: vacation)
        add("public holidays (\(Self.number(absence.publicHolidayDays)) days)", hours: holidays)
        add("sick leave (\(Self.percent(absence.sickLeave)))", hours: max(0, present) * absence.sickLeave)
        add("training (\(Self.number(absence.trainingDays)) days)", hours: absence.trainingDays * day)
        add(
            "health activity (\(Self.number(absence.healthHoursPerWeek)) h/week)",
            hours: absence.healthHoursPerWeek * max(0, present) / weeklyHours)
        add("other (\(Self.percent(absence.other)))", hours: max(0, present) * absence.other)
        let total = parts.reduce(0) { $0 + $1.fraction }
        guard total < 1 else { throw PlanningError.invalidShrinkage("the absence adds up to all paid time or more") }
        self.init(uncheckedFraction: total, parts: parts)
    }

    private static func number(_ value: Double) -> String { NumberFormatting.fixed(value, decimals: 2).trimmedDecimals }
    private static func percent(_ value: Double) -> String { number(value * 100) + " %" }
}

/// A year's absence of a full-time employee, turned into ``Shrinkage``.
public struct Absence: Sendable, Hashable, Codable {
    /// Weeks of vacation a year (Swedish law: 5; many agreements give 6–7).
    public var vacationWeeks: Double
    /// Public holidays on weekdays a year (about 9–11 in Sweden).
    public var publicHolidayDays: Double
    /// Sick leave as a share of the time present, such as 0.05.
    public var sickLeave: Double
    /// Training days a year.
    public var trainingDays: Double
    /// Hours of health activity (friskvård) a week.
    public var healthHoursPerWeek: Double
    /// Other absence (meetings, union time, parental leave) as a share of the time present.
    public var other: Double

    /// Absence; every part defaults to 0.
    public init(
        vacationWeeks: Double = 0, publicHolidayDays: Double = 0, sickLeave: Double = 0, trainingDays: Double = 0,
        healthHoursPerWeek: Double = 0, other: Double = 0
    ) {
        self.vacationWeeks = vacationWeeks
        self.publicHolidayDays = publicHolidayDays
        self.sickLeave = sickLeave
        self.trainingDays = trainingDays
        self.healthHoursPerWeek = healthHoursPerWeek
        self.other = other
    }
}
