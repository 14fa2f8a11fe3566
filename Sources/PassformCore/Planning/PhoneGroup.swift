/// A group answering phone calls, planned with ``ErlangC`` for an average interval of each month.
public struct PhoneGroup: Sendable, Hashable, Codable, Identifiable {
    /// The id used in the plan file and in `--set` paths.
    public var id: ProcessID
    /// A name for reports.
    public var name: String
    /// The role profile whose holders answer, such as `vaxeltelefonist`.
    public var role: ProfileID?
    /// Calls in an average interval of an average month, with the interval and handling time.
    public var load: ErlangC.Load
    /// The service-level target.
    public var target: ErlangC.Target
    /// The highest acceptable occupancy, at most 1.
    public var maxOccupancy: Double
    /// The hours a week the phones are open.
    public var openHoursPerWeek: Double
    /// The group's own seasonality of calls; the plan's when nil.
    public var seasonality: Seasonality?
    /// The paid staff planned for the group.
    public var staff: StaffLevels

    /// A phone group; see the properties for what each value means.
    public init(
        id: ProcessID, name: String? = nil, role: ProfileID? = nil, load: ErlangC.Load, target: ErlangC.Target,
        maxOccupancy: Double = 1, openHoursPerWeek: Double, seasonality: Seasonality? = nil, staff: StaffLevels = .none
    ) {
        self.id = id
        self.name = name ?? id.rawValue
        self.role = role
        self.load = load
        self.target = target
        self.maxOccupancy = maxOccupancy
        self.openHoursPerWeek = openHoursPerWeek
        self.seasonality = seasonality
        self.staff = staff
    }
}
