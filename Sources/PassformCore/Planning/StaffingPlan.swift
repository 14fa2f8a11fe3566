import Foundation

/// A year's staffing plan for a back office and its phone groups: volumes, norms, absence, staff,
/// costs and prices, as read from a plan file.
///
/// Back-office work (invoices, reminders, hours of service) can wait, so it is planned as a backlog
/// against lead-time targets in working days. Calls cannot wait long, so phone groups are planned with
/// ``ErlangC``. All staff figures are full-time equivalents (FTE); money is in the plan's currency.
public struct StaffingPlan: Sendable, Hashable, Codable {
    /// A title for reports, such as "Ekonomiservice 2010".
    public var name: String
    /// The currency of costs and prices, such as `kr`.
    public var currency: String
    /// Contracted hours of a full-time employee per week (40).
    public var weeklyHours: Double
    /// Working days in an average month, used to turn backlog into lead time (21).
    public var workingDaysPerMonth: Double
    /// The share of paid time not available for production.
    public var shrinkage: Shrinkage
    /// The default seasonality of volumes.
    public var seasonality: Seasonality
    /// What staff cost.
    public var cost: StaffCost
    /// The back-office processes, in the order of the plan file.
    public var processes: [BackOfficeProcess]
    /// The phone groups, in the order of the plan file.
    public var phoneGroups: [PhoneGroup]
    /// Staff outside the modelled processes (managers, system support); they count in cost only.
    public var otherStaff: StaffLevels

    /// A plan; see the properties for what each value means.
    public init(
        name: String, currency: String = "kr", weeklyHours: Double = 40, workingDaysPerMonth: Double = 21,
        shrinkage: Shrinkage = .none, seasonality: Seasonality = .flat, cost: StaffCost = StaffCost(),
        processes: [BackOfficeProcess] = [], phoneGroups: [PhoneGroup] = [], otherStaff: StaffLevels = .none
    ) {
        self.name = name
        self.currency = currency
        self.weeklyHours = weeklyHours
        self.workingDaysPerMonth = workingDaysPerMonth
        self.shrinkage = shrinkage
        self.seasonality = seasonality
        self.cost = cost
        self.processes = processes
        self.phoneGroups = phoneGroups
        self.otherStaff = otherStaff
    }

    /// Paid hours of one full-time employee in an average month: `weeklyHours × 52 / 12`.
    public var hoursPerFTEMonth: Double { weeklyHours * 52 / 12 }
}

/// The id of a back-office process or phone group in a plan, such as `kundreskontra`.
public struct ProcessID: StringIdentifier {
    /// The id as written in the plan file.
    public var rawValue: String
    /// An id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// The id of an input channel of a process, such as `electronic`, `manual` or `manualWithAttachment`.
public struct ChannelID: StringIdentifier {
    /// The id as written in the plan file.
    public var rawValue: String
    /// An id.
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// What staff cost per paid FTE and month, and the fixed costs of the year.
public struct StaffCost: Sendable, Hashable, Codable {
    /// The cost of a permanent FTE for a month (salary, social fees, pension).
    public var permanentPerMonth: Double
    /// The cost of a temporary FTE (fixed-term or agency) for a month.
    public var temporaryPerMonth: Double
    /// Fixed costs for the year (premises, IT, management) that do not depend on staffing.
    public var fixedPerYear: Double

    /// Costs; all default to 0.
    public init(permanentPerMonth: Double = 0, temporaryPerMonth: Double = 0, fixedPerYear: Double = 0) {
        self.permanentPerMonth = permanentPerMonth
        self.temporaryPerMonth = temporaryPerMonth
        self.fixedPerYear = fixedPerYear
    }
}

/// Paid FTE planned for each month of the year, permanent and temporary.
public struct StaffLevels: Sendable, Hashable, Codable {
    /// Permanent FTE, one value a month (January first).
    public var permanent: [Double]
    /// Temporary FTE, one value a month (January first).
    public var temporary: [Double]

    /// No staff.
    public static let none = StaffLevels(permanent: 0, temporary: 0)

    /// Staff levels month by month; each array has 12 values.
    public init(permanent: [Double], temporary: [Double]) {
        self.permanent = permanent
        self.temporary = temporary
    }

    /// The same staff every month.
    public init(permanent: Double, temporary: Double = 0) {
        self.init(permanent: Array(repeating: permanent, count: 12), temporary: Array(repeating: temporary, count: 12))
    }

    /// All paid FTE in `month` (0-based).
    public func total(_ month: Int) -> Double { permanent[month] + temporary[month] }
}
