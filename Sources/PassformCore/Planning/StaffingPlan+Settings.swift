extension StaffingPlan {
    /// The plan with scenario changes applied, in order.
    ///
    /// Paths: `processes.<id>.volume|productivity[.<channel>]|price[.<channel>]|channels.<channel>|leadTime|
    /// openingBacklog|staff.permanent|staff.temporary`, `phoneGroups.<id>.calls|aht|maxOccupancy|
    /// openHoursPerWeek|staff.permanent|staff.temporary`, `shrinkage`, `cost.permanent|temporary|fixed`,
    /// `otherStaff.permanent|temporary`.
    /// - Throws: ``PlanningError/unknownPath(setting:problem:known:)`` for a path that names nothing, and
    ///   ``PlanningError/invalidChange(setting:problem:)`` for a value that cannot be applied.
    public func applying(_ settings: [PlanSetting]) throws -> StaffingPlan {
        var plan = self
        for setting in settings { try plan.apply(setting) }
        return plan
    }

    private mutating func apply(_ setting: PlanSetting) throws {
        let path = setting.path
        func unknown(_ problem: String, _ known: [String]) -> PlanningError {
            .unknownPath(setting: setting.text, problem: problem, known: known)
        }
        switch path[0] {
        case "shrinkage" where path.count == 1:
            shrinkage = try Shrinkage(fraction: try setting.applyToShare(shrinkage.fraction))
        case "cost" where path.count == 2:
            switch path[1] {
            case "permanent": cost.permanentPerMonth = try setting.apply(to: cost.permanentPerMonth)
            case "temporary": cost.temporaryPerMonth = try setting.apply(to: cost.temporaryPerMonth)
            case "fixed": cost.fixedPerYear = try setting.apply(to: cost.fixedPerYear)
            default: throw unknown("no cost '\(path[1])'", ["permanent", "temporary", "fixed"])
            }
        case "otherStaff" where path.count == 2:
            try Self.applyStaff(setting, key: path[1], to: &otherStaff)
        case "processes" where path.count >= 3:
            guard let index = processes.firstIndex(where: { $0.id.rawValue == path[1] }) else {
                throw unknown("no process '\(path[1])' in the plan", processes.map(\.id.rawValue))
            }
            try Self.apply(setting, to: &processes[index])
        case "phoneGroups" where path.count >= 3:
            guard let index = phoneGroups.firstIndex(where: { $0.id.rawValue == path[1] }) else {
                throw unknown("no phone group '\(path[1])' in the plan", phoneGroups.map(\.id.rawValue))
            }
            try Self.apply(setting, to: &phoneGroups[index])
        default:
            throw unknown(
                "no setting '\(path.joined(separator: "."))'",
                ["shrinkage", "cost.<permanent|temporary|fixed>", "otherStaff.<permanent|temporary>", "processes.<id>.<field>",
                 "phoneGroups.<id>.<field>"])
        }
    }

    private static func applyStaff(_ setting: PlanSetting, key: String, to staff: inout StaffLevels) throws {
        switch key {
        case "permanent": staff.permanent = try staff.permanent.map { try setting.apply(to: $0) }
        case "temporary": staff.temporary = try staff.temporary.map { try setting.apply(to: $0) }
        default:
            throw PlanningError.unknownPath(setting: setting.text, problem: "no staff '\(key)'", known: ["permanent", "temporary"])
        }
    }

    private static func apply(_ setting: PlanSetting, to process: inout BackOfficeProcess) throws {
        let path = setting.path
        let field = path[2]
        let channelIDs = process.channels.map(\.id.rawValue)
        func channelIndex(_ name: String) throws -> Int {
            guard let index = process.channels.firstIndex(where: { $0.id.rawValue == name }) else {
                throw PlanningError.unknownPath(
                    setting: setting.text, problem: "no channel '\(name)' in process '\(process.id)'", known: channelIDs)
            }
            return index
        }
        switch (field, path.count) {
        case ("volume", 3):
            switch process.volume {
            case .yearly(let total): process.volume = .yearly(try setting.apply(to: total))
            case .monthly(let values):
                let total = values.reduce(0, +)
                let new = try setting.apply(to: total)
                process.volume = .monthly(values.map { total > 0 ? $0 * new / total : new / 12 })
            }
        case ("channels", 4):
            let index = try channelIndex(path[3])
            let old = process.channels[index].share
            let new = try setting.applyToShare(old)
            let rest = 1 - old
            guard process.channels.count > 1 || abs(new - 1) < 1e-12 else {
                throw PlanningError.invalidChange(setting: setting.text, problem: "the only channel must keep 100 %")
            }
            guard rest > 1e-12 || abs(new - old) < 1e-12 else {
                throw PlanningError.invalidChange(
                    setting: setting.text, problem: "the other channels have 0 %, so nothing can move between them")
            }
            for i in process.channels.indices {
                process.channels[i].share = i == index ? new : process.channels[i].share * (1 - new) / rest
            }
        case ("productivity", 3), ("price", 3):
            for i in process.channels.indices { try update(&process.channels[i], field, setting) }
        case ("productivity", 4), ("price", 4):
            try update(&process.channels[try channelIndex(path[3])], field, setting)
        case ("leadTime", 3):
            process.leadTimeTargetDays = try setting.apply(to: process.leadTimeTargetDays ?? 0)
        case ("openingBacklog", 3):
            process.openingBacklog = try setting.apply(to: process.openingBacklog)
        case ("staff", 4):
            try applyStaff(setting, key: path[3], to: &process.staff)
        default:
            throw PlanningError.unknownPath(
                setting: setting.text, problem: "no field '\(path[2...].joined(separator: "."))' in process '\(process.id)'",
                known: ["volume", "channels.<channel>", "productivity[.<channel>]", "price[.<channel>]", "leadTime",
                        "openingBacklog", "staff.permanent", "staff.temporary"])
        }
    }

    private static func update(_ channel: inout BackOfficeProcess.Channel, _ field: String, _ setting: PlanSetting) throws {
        if field == "price" {
            channel.price = try setting.apply(to: channel.price)
        } else {
            let value = try setting.apply(to: channel.productivity)
            guard value > 0 else { throw PlanningError.invalidChange(setting: setting.text, problem: "productivity must stay above 0") }
            channel.productivity = value
        }
    }

    private static func apply(_ setting: PlanSetting, to group: inout PhoneGroup) throws {
        let path = setting.path
        switch (path[2], path.count) {
        case ("calls", 3): group.load.calls = try setting.apply(to: group.load.calls)
        case ("aht", 3):
            let value = try setting.apply(to: group.load.handlingSeconds)
            guard value > 0 else { throw PlanningError.invalidChange(setting: setting.text, problem: "aht must stay above 0") }
            group.load.handlingSeconds = value
        case ("maxOccupancy", 3):
            let value = try setting.applyToShare(group.maxOccupancy)
            guard value > 0 else { throw PlanningError.invalidChange(setting: setting.text, problem: "maxOccupancy must stay above 0 %") }
            group.maxOccupancy = value
        case ("openHoursPerWeek", 3): group.openHoursPerWeek = try setting.apply(to: group.openHoursPerWeek)
        case ("staff", 4): try applyStaff(setting, key: path[3], to: &group.staff)
        default:
            throw PlanningError.unknownPath(
                setting: setting.text, problem: "no field '\(path[2...].joined(separator: "."))' in phone group '\(group.id)'",
                known: ["calls", "aht", "maxOccupancy", "openHoursPerWeek", "staff.permanent", "staff.temporary"])
        }
    }
}
