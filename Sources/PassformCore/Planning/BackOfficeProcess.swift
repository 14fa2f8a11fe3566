/// Back-office work that can wait: invoices, reminders, payments, or hours of service sold.
///
/// The volume is split over channels (electronic, manual, manual with attachment), each with its own
/// productivity norm (items per productive FTE and month) and price. Work not done in a month is carried
/// as backlog; the lead-time target says how many working days of arrivals may wait.
public struct BackOfficeProcess: Sendable, Hashable, Codable, Identifiable {
    /// The id used in the plan file and in `--set` paths.
    public var id: ProcessID
    /// A name for reports.
    public var name: String
    /// The role profile whose holders do the work, such as `ekonomiassistent-1`.
    public var role: ProfileID?
    /// What the volume counts.
    public var unit: WorkUnit
    /// The year's volume, before the channel split.
    public var volume: Volume
    /// The process's own seasonality; the plan's when nil.
    public var seasonality: Seasonality?
    /// The channels and their shares, productivity and prices; the shares add up to 1.
    public var channels: [Channel]
    /// The lead-time target in working days; with one, a backlog beyond it is planned away.
    public var leadTimeTargetDays: Double?
    /// Work waiting at the start of the year, in units.
    public var openingBacklog: Double
    /// The paid staff planned for the process.
    public var staff: StaffLevels

    /// A process; see the properties for what each value means.
    public init(
        id: ProcessID, name: String? = nil, role: ProfileID? = nil, unit: WorkUnit = .items, volume: Volume,
        seasonality: Seasonality? = nil, channels: [Channel], leadTimeTargetDays: Double? = nil,
        openingBacklog: Double = 0, staff: StaffLevels = .none
    ) {
        self.id = id
        self.name = name ?? id.rawValue
        self.role = role
        self.unit = unit
        self.volume = volume
        self.seasonality = seasonality
        self.channels = channels
        self.leadTimeTargetDays = leadTimeTargetDays
        self.openingBacklog = openingBacklog
        self.staff = staff
    }

    /// What a process's volume counts.
    public enum WorkUnit: String, Sendable, Hashable, Codable {
        /// Transactions: invoices, reminders, payments.
        case items
        /// Hours of service sold by the hour; productivity defaults to an FTE's paid hours a month.
        case hours
    }

    /// A year's volume, given for the year or month by month.
    public enum Volume: Sendable, Hashable, Codable {
        /// A yearly total, spread over the months by the seasonality.
        case yearly(Double)
        /// Twelve monthly volumes, January first; the seasonality is not applied.
        case monthly([Double])

        /// The year's total.
        public var total: Double {
            switch self {
            case .yearly(let value): value
            case .monthly(let values): values.reduce(0, +)
            }
        }
    }

    /// One way work arrives, with its share of the volume.
    public struct Channel: Sendable, Hashable, Codable, Identifiable {
        /// The channel's id, such as `electronic`.
        public var id: ChannelID
        /// The share of the process's volume, between 0 and 1.
        public var share: Double
        /// Units handled per productive FTE and month.
        public var productivity: Double
        /// The price charged per unit, or 0.
        public var price: Double

        /// A channel.
        public init(id: ChannelID, share: Double, productivity: Double, price: Double = 0) {
            self.id = id
            self.share = share
            self.productivity = productivity
            self.price = price
        }
    }

    /// The volume of `month` (0-based), given the plan's default seasonality.
    public func volume(month: Int, default planSeasonality: Seasonality) -> Double {
        switch volume {
        case .yearly(let total): total / 12 * (seasonality ?? planSeasonality).factor(month)
        case .monthly(let values): values[month]
        }
    }

    /// Productive FTE-months needed to handle `units` of work split over the channels.
    public func productiveFTE(for units: Double) -> Double {
        channels.reduce(0) { $0 + units * $1.share / $1.productivity }
    }

    /// The revenue of `units` of work split over the channels.
    public func revenue(for units: Double) -> Double {
        channels.reduce(0) { $0 + units * $1.share * $1.price }
    }
}
