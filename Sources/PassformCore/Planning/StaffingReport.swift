/// The result of ``StaffingPlanner``: month by month and for the year, per process, phone group and role.
///
/// All FTE are paid FTE unless the name says productive. Money is in ``currency``.
public struct StaffingReport: Sendable, Hashable, Codable {
    /// The plan's name.
    public var name: String
    /// The currency of costs and prices.
    public var currency: String
    /// The shrinkage used to go from productive to paid FTE.
    public var shrinkage: Shrinkage
    /// Back-office processes, in plan order.
    public var processes: [ProcessResult]
    /// Phone groups, in plan order.
    public var phoneGroups: [PhoneGroupResult]
    /// Need and staff over all processes and phone groups, month by month.
    public var months: [MonthTotal]
    /// The year's money and totals.
    public var year: YearSummary
    /// Need against staff per role profile, with the advice to hire or call off.
    public var roles: [RoleStaffing]

    /// The short English names of the months, January first.
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// One back-office process over the year.
    public struct ProcessResult: Sendable, Hashable, Codable {
        /// The process id.
        public var id: ProcessID
        /// The process name.
        public var name: String
        /// The role profile doing the work.
        public var role: ProfileID?
        /// What the volume counts.
        public var unit: BackOfficeProcess.WorkUnit
        /// The lead-time target in working days.
        public var leadTimeTargetDays: Double?
        /// The twelve months.
        public var months: [ProcessMonth]
        /// The year's volume.
        public var volume: Double
        /// Revenue from the price list.
        public var revenue: Double
        /// Cost of the staff planned.
        public var staffCost: Double
        /// Paid FTE needed on average over the year.
        public var averageNeed: Double
        /// Paid FTE needed in the busiest month.
        public var peakNeed: Double
        /// Paid FTE planned on average over the year.
        public var averageStaff: Double
    }

    /// One process in one month.
    public struct ProcessMonth: Sendable, Hashable, Codable {
        /// 1 for January.
        public var month: Int
        /// Units arriving in the month.
        public var volume: Double
        /// Productive FTE needed for the volume and for any backlog beyond the lead-time target.
        public var productiveNeed: Double
        /// Paid FTE needed: productive need / (1 − shrinkage).
        public var paidNeed: Double
        /// The part of ``paidNeed`` that clears backlog beyond the lead-time target (a one-off, not a
        /// reason to hire permanent staff).
        public var backlogNeed: Double
        /// Paid FTE planned (permanent + temporary).
        public var staff: Double
        /// Staff − paid need: negative when under-staffed.
        public var gap: Double
        /// Units waiting at the end of the month.
        public var backlog: Double
        /// Working days the backlog at month end takes at the month's capacity; nil when nothing is
        /// handled at all (no staff) while work waits.
        public var leadTimeDays: Double?
        /// Whether the lead time is within the target (true when there is no target).
        public var meetsLeadTime: Bool
    }

    /// One phone group over the year.
    public struct PhoneGroupResult: Sendable, Hashable, Codable {
        /// The group id.
        public var id: ProcessID
        /// The group name.
        public var name: String
        /// The role profile answering.
        public var role: ProfileID?
        /// The service-level target.
        public var target: ErlangC.Target
        /// The twelve months.
        public var months: [PhoneGroupMonth]
        /// Cost of the staff planned.
        public var staffCost: Double
        /// Paid FTE needed on average over the year.
        public var averageNeed: Double
        /// Paid FTE needed in the busiest month.
        public var peakNeed: Double
        /// Paid FTE planned on average over the year.
        public var averageStaff: Double
    }

    /// One phone group in one month, for an average interval.
    public struct PhoneGroupMonth: Sendable, Hashable, Codable {
        /// 1 for January.
        public var month: Int
        /// Calls in an average interval.
        public var calls: Double
        /// The agents needed and how they perform.
        public var needed: ErlangC.Performance
        /// Paid FTE needed to keep that many agents on the phones during opening hours.
        public var paidNeed: Double
        /// Paid FTE planned.
        public var staff: Double
        /// Staff − paid need: negative when under-staffed.
        public var gap: Double
        /// How the agents the planned staff gives would perform.
        public var withStaff: ErlangC.Performance
    }

    /// Need and staff over everything planned, in one month.
    public struct MonthTotal: Sendable, Hashable, Codable {
        /// 1 for January.
        public var month: Int
        /// Paid FTE needed.
        public var need: Double
        /// Permanent paid FTE planned, including other staff.
        public var permanent: Double
        /// Temporary paid FTE planned, including other staff.
        public var temporary: Double
        /// Other staff, outside the processes (in `permanent` and `temporary` too).
        public var other: Double
    }

    /// The year's money.
    public struct YearSummary: Sendable, Hashable, Codable {
        /// Staff cost: processes, phone groups and other staff.
        public var staffCost: Double
        /// Fixed costs.
        public var fixedCost: Double
        /// Staff cost + fixed cost.
        public var cost: Double
        /// Revenue from the price list.
        public var revenue: Double
        /// Revenue − cost.
        public var margin: Double
        /// Transactions in the year (processes counting items).
        public var transactions: Double
        /// Cost / transactions; nil without transactions.
        public var costPerTransaction: Double?
        /// Paid FTE needed on average.
        public var averageNeed: Double
        /// Paid FTE planned on average, including other staff.
        public var averageStaff: Double
    }
}

/// Need against staff for one role profile, with the cheapest mix of permanent and temporary staff.
///
/// The need here is what the volumes need each month (paid FTE), without the one-off catch-up of a
/// backlog beyond the lead-time target, so an under-staffed plan does not advise permanent hires for it.
///
/// A layer of staff needed in `k` months costs `12 × permanent` as a permanent hire and `k × temporary`
/// with temporaries, so a permanent hire pays off for layers needed in at least
/// ``breakEvenMonths`` = `12 × permanent cost / temporary cost` months (ties go to permanent). The advised permanent level is
/// the need of the busiest month after those; temporaries cover the months above it.
public struct RoleStaffing: Sendable, Hashable, Codable {
    /// The role profile; nil for processes that name none.
    public var role: ProfileID?
    /// Paid FTE needed each month.
    public var need: [Double]
    /// Permanent FTE planned on average.
    public var permanentNow: Double
    /// Temporary FTE planned on average.
    public var temporaryNow: Double
    /// Months a layer of staff must be needed for a permanent hire to cost less than temporaries; nil
    /// when one of the costs is not given.
    public var breakEvenMonths: Double?
    /// The advised permanent FTE.
    public var advisedPermanent: Double
    /// Temporary FTE each month on top of the advised permanent staff.
    public var advisedTemporary: [Double]
    /// Advised permanent − planned permanent: positive to hire, negative to call off.
    public var permanentChange: Double
    /// The year's cost of the advised mix.
    public var advisedCost: Double
    /// The year's cost of permanent staff for the peak all year.
    public var allPermanentCost: Double

    /// Paid FTE needed on average.
    public var averageNeed: Double { need.reduce(0, +) / 12 }
    /// Paid FTE needed in the busiest month.
    public var peakNeed: Double { need.max() ?? 0 }
    /// Temporary FTE-months advised.
    public var temporaryFTEMonths: Double { advisedTemporary.reduce(0, +) }
    /// Whole full-time people to hire (positive, rounded up) or call off (negative, rounded down, so the
    /// staff left still covers the need).
    public var permanentPeopleChange: Int {
        permanentChange >= 0 ? PlanMath.ceiling(permanentChange) : -PlanMath.floor(-permanentChange)
    }
}
