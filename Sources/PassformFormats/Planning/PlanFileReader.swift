import Foundation
import PassformCore
import Yams

/// Walks the composed YAML of a plan file, field by field, keeping the path and line of each value.
struct PlanFileReader {
    let file: String
    private(set) var roleReferences: [PlanFile.RoleReference] = []

    init(file: String) {
        self.file = file
    }

    // MARK: - Errors

    static func yamlError(_ error: YamlError, file: String) -> PlanFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return PlanFileError(file: file, line: mark.line, column: mark.column, field: "", message: "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return PlanFileError(
                file: file, line: context.mark.line, column: context.mark.column, field: "",
                message: "the key \(duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")) is given twice")
        default:
            let first = "\(error)".split(separator: "\n").first.map(String.init) ?? "not valid YAML"
            return PlanFileError(file: file, line: 0, column: 0, field: "", message: first)
        }
    }

    func fail(_ node: Node?, _ field: String, _ message: String) -> PlanFileError {
        PlanFileError(file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, field: field, message: message)
    }

    // MARK: - Shapes

    /// The entries of a mapping, in file order, after checking every key is one of `allowed`.
    func mapping(_ node: Node, _ field: String, allowed: [String]? = nil) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard case .mapping(let mapping) = node else {
            throw fail(node, field, "expected a mapping of 'key: value' lines, found \(kind(node))")
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case .scalar(let scalar) = keyNode else { throw fail(keyNode, field, "keys must be plain words") }
            let key = scalar.string
            if let allowed, !allowed.contains(key) {
                var message = "unknown field '\(key)'"
                if let close = Suggestion.closest(to: key, in: allowed) {
                    message += "; did you mean '\(close)'?"
                } else {
                    message += "; expected one of: \(allowed.joined(separator: ", "))"
                }
                throw fail(keyNode, join(field, key), message)
            }
            entries.append((key, keyNode, value))
        }
        return entries
    }

    func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    func join(_ field: String, _ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    func scalar(_ node: Node, _ field: String, expected: String) throws -> String {
        guard case .scalar(let scalar) = node, !(scalar.string.isEmpty && scalar.style == .plain) else {
            throw fail(node, field, "expected \(expected), found \(kind(node))")
        }
        return scalar.string
    }

    func text(_ node: Node, _ field: String) throws -> String {
        try scalar(node, field, expected: "a text")
    }

    /// A number, at least `minimum` (0 by default) and, when `positive`, more than 0.
    func number(_ node: Node, _ field: String, positive: Bool = false, unit: String = "") throws -> Double {
        let text = try scalar(node, field, expected: "a number")
        guard let value = PlanQuantity.number(text) else {
            throw fail(node, field, "expected a number\(unit), found '\(text)'")
        }
        if positive, value <= 0 { throw fail(node, field, "must be more than 0, found \(text)") }
        if value < 0 { throw fail(node, field, "must be 0 or more, found \(text)") }
        return value
    }

    func share(_ node: Node, _ field: String, below1: Bool = false) throws -> Double {
        let text = try scalar(node, field, expected: "a share such as 30% or 0.3")
        guard let value = PlanQuantity.share(text) else {
            throw fail(node, field, "expected a share such as 30% or 0.3, found '\(text)'")
        }
        guard value >= 0, value <= 1, !(below1 && value >= 1) else {
            throw fail(node, field, "must be between 0 % and \(below1 ? "less than " : "")100 %, found \(text)")
        }
        return value
    }

    func seconds(_ node: Node, _ field: String) throws -> Double {
        let text = try scalar(node, field, expected: "a duration such as 180s or 30m")
        guard let value = PlanQuantity.seconds(text) else {
            throw fail(node, field, "expected a duration such as 180s, 30m or 1h, found '\(text)'")
        }
        guard value > 0 else { throw fail(node, field, "must be more than 0, found \(text)") }
        return value
    }

    /// Twelve numbers, one a month, January first.
    func months(_ node: Node, _ field: String) throws -> [Double] {
        guard case .sequence(let sequence) = node else {
            throw fail(node, field, "expected a list of 12 monthly numbers, found \(kind(node))")
        }
        let items = Array(sequence)
        guard items.count == 12 else {
            throw fail(node, field, "expected 12 monthly numbers (January to December), found \(items.count)")
        }
        return try items.enumerated().map { i, item in
            try number(item, "\(field)[\(StaffingReport.monthNames[i])]")
        }
    }

    /// A value for every month: one number, or a list of 12.
    func monthly(_ node: Node, _ field: String) throws -> [Double] {
        if case .sequence = node { return try months(node, field) }
        return Array(repeating: try number(node, field), count: 12)
    }

    // MARK: - The plan

    static let planKeys = [
        "name", "currency", "weeklyHours", "workingDaysPerMonth", "shrinkage", "absence", "profile", "cost",
        "otherStaff", "processes", "phoneGroups",
    ]

    mutating func plan(_ root: Node) throws -> StaffingPlan {
        let entries = try mapping(root, "", allowed: Self.planKeys)
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        guard let nameNode = value("name") else {
            throw fail(root, "name", "missing; give the plan a name, such as 'name: Ekonomiservice 2026'")
        }
        var plan = StaffingPlan(name: try text(nameNode, "name"))
        if let node = value("currency") { plan.currency = try text(node, "currency") }
        if let node = value("weeklyHours") { plan.weeklyHours = try number(node, "weeklyHours", positive: true) }
        if let node = value("workingDaysPerMonth") {
            plan.workingDaysPerMonth = try number(node, "workingDaysPerMonth", positive: true)
        }
        switch (value("shrinkage"), value("absence")) {
        case (let shrinkage?, _?):
            throw fail(shrinkage, "shrinkage", "give either 'shrinkage' or 'absence', not both")
        case (let node?, nil):
            plan.shrinkage = try Shrinkage(fraction: try share(node, "shrinkage", below1: true))
        case (nil, let node?):
            let absence = try self.absence(node)
            do {
                plan.shrinkage = try Shrinkage(absence: absence, weeklyHours: plan.weeklyHours)
            } catch let error as PlanningError {
                throw fail(node, "absence", error.description)
            }
        case (nil, nil):
            break
        }
        if let node = value("profile") { plan.seasonality = try seasonality(node, "profile") }
        if let node = value("cost") { plan.cost = try cost(node) }
        if let node = value("otherStaff") { plan.otherStaff = try staff(node, "otherStaff") }
        if let node = value("processes") {
            for entry in try mapping(node, "processes") {
                plan.processes.append(try process(entry.key, entry.value, plan: plan))
            }
        }
        if let node = value("phoneGroups") {
            for entry in try mapping(node, "phoneGroups") {
                if plan.processes.contains(where: { $0.id.rawValue == entry.key }) {
                    throw fail(entry.keyNode, "phoneGroups.\(entry.key)", "a process has the same id; ids must differ")
                }
                plan.phoneGroups.append(try phoneGroup(entry.key, entry.value))
            }
        }
        guard !plan.processes.isEmpty || !plan.phoneGroups.isEmpty else {
            throw fail(root, "processes", "the plan has no processes and no phone groups; add at least one")
        }
        return plan
    }

    func absence(_ node: Node) throws -> Absence {
        let keys = ["vacationWeeks", "publicHolidays", "sickLeave", "trainingDays", "healthHoursPerWeek", "other"]
        var absence = Absence()
        for entry in try mapping(node, "absence", allowed: keys) {
            let field = "absence.\(entry.key)"
            switch entry.key {
            case "vacationWeeks": absence.vacationWeeks = try number(entry.value, field)
            case "publicHolidays": absence.publicHolidayDays = try number(entry.value, field)
            case "sickLeave": absence.sickLeave = try share(entry.value, field, below1: true)
            case "trainingDays": absence.trainingDays = try number(entry.value, field)
            case "healthHoursPerWeek": absence.healthHoursPerWeek = try number(entry.value, field)
            default: absence.other = try share(entry.value, field, below1: true)
            }
        }
        return absence
    }

    func seasonality(_ node: Node, _ field: String) throws -> Seasonality {
        if case .scalar(let scalar) = node, scalar.string == "flat" { return .flat }
        guard case .sequence = node else {
            throw fail(node, field, "expected 'flat' or a list of 12 monthly weights, found \(kind(node))")
        }
        do {
            return try Seasonality(weights: try months(node, field))
        } catch let error as PlanningError {
            throw fail(node, field, error.description)
        }
    }

    func cost(_ node: Node) throws -> StaffCost {
        var cost = StaffCost()
        for entry in try mapping(node, "cost", allowed: ["permanent", "temporary", "fixed"]) {
            let value = try number(entry.value, "cost.\(entry.key)")
            switch entry.key {
            case "permanent": cost.permanentPerMonth = value
            case "temporary": cost.temporaryPerMonth = value
            default: cost.fixedPerYear = value
            }
        }
        return cost
    }

    func staff(_ node: Node, _ field: String) throws -> StaffLevels {
        var staff = StaffLevels.none
        for entry in try mapping(node, field, allowed: ["permanent", "temporary"]) {
            let values = try monthly(entry.value, join(field, entry.key))
            if entry.key == "permanent" { staff.permanent = values } else { staff.temporary = values }
        }
        return staff
    }

    mutating func role(_ node: Node, _ field: String) throws -> ProfileID {
        let id = ProfileID(try text(node, field))
        roleReferences.append(
            .init(role: id, file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, field: field))
        return id
    }

    // MARK: - Processes

    static let processKeys = [
        "name", "role", "unit", "volume", "profile", "channels", "productivity", "price", "leadTime", "openingBacklog", "staff",
    ]

    mutating func process(_ id: String, _ node: Node, plan: StaffingPlan) throws -> BackOfficeProcess {
        let base = "processes.\(id)"
        let entries = try mapping(node, base, allowed: Self.processKeys)
        func value(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

        var unit = BackOfficeProcess.WorkUnit.items
        if let node = value("unit") {
            let text = try text(node, "\(base).unit")
            guard let parsed = BackOfficeProcess.WorkUnit(rawValue: text) else {
                throw fail(node, "\(base).unit", "expected 'items' or 'hours', found '\(text)'")
            }
            unit = parsed
        }
        guard let volumeNode = value("volume") else {
            throw fail(node, "\(base).volume", "missing; give the yearly volume, such as 'volume: 1020000'")
        }
        let volume = try self.volume(volumeNode, "\(base).volume")

        // Channels: shares that add up to 100 %.
        var shares: [(id: ChannelID, share: Double, node: Node)] = []
        if let node = value("channels") {
            for entry in try mapping(node, "\(base).channels") {
                shares.append((ChannelID(entry.key), try share(entry.value, "\(base).channels.\(entry.key)"), entry.keyNode))
            }
            guard !shares.isEmpty else { throw fail(node, "\(base).channels", "list at least one channel") }
            let sum = shares.reduce(0) { $0 + $1.share }
            guard abs(sum - 1) < 1e-6 else {
                throw fail(
                    node, "\(base).channels",
                    "the shares add up to \(NumberFormatting.fixed(sum * 100, decimals: 2)) %, expected 100 %")
            }
        } else {
            shares = [(ChannelID("all"), 1, node)]
        }
        let channelNames = shares.map(\.id.rawValue)

        let productivity: [ChannelID: Double]
        if let node = value("productivity") {
            productivity = try perChannel(node, "\(base).productivity", channels: channelNames, positive: true)
        } else if unit == .hours {
            productivity = Dictionary(uniqueKeysWithValues: shares.map { ($0.id, plan.hoursPerFTEMonth) })
        } else {
            throw fail(node, "\(base).productivity", "missing; give the items one productive FTE handles a month, such as 'productivity: 2500'")
        }
        let prices = try value("price").map { try perChannel($0, "\(base).price", channels: channelNames, positive: false) } ?? [:]
        var channels: [BackOfficeProcess.Channel] = []
        for share in shares {
            guard let norm = productivity[share.id] else {
                throw fail(value("productivity"), "\(base).productivity", "no productivity for channel '\(share.id)'")
            }
            channels.append(.init(id: share.id, share: share.share, productivity: norm, price: prices[share.id] ?? 0))
        }

        var process = BackOfficeProcess(id: ProcessID(id), unit: unit, volume: volume, channels: channels)
        if let node = value("name") { process.name = try text(node, "\(base).name") }
        if let node = value("role") { process.role = try role(node, "\(base).role") }
        if let node = value("profile") {
            if case .monthly = volume {
                throw fail(node, "\(base).profile", "a profile spreads a yearly volume; the volume is already monthly")
            }
            process.seasonality = try seasonality(node, "\(base).profile")
        }
        if let node = value("leadTime") { process.leadTimeTargetDays = try days(node, "\(base).leadTime") }
        if let node = value("openingBacklog") { process.openingBacklog = try number(node, "\(base).openingBacklog") }
        if let node = value("staff") { process.staff = try staff(node, "\(base).staff") }
        return process
    }

    func volume(_ node: Node, _ field: String) throws -> BackOfficeProcess.Volume {
        switch node {
        case .scalar: return .yearly(try number(node, field))
        case .mapping:
            let entries = try mapping(node, field, allowed: ["yearly", "monthly"])
            guard entries.count == 1, let entry = entries.first else {
                throw fail(node, field, "give either 'yearly' or 'monthly', not both")
            }
            if entry.key == "yearly" { return .yearly(try number(entry.value, "\(field).yearly")) }
            return .monthly(try months(entry.value, "\(field).monthly"))
        default:
            throw fail(node, field, "expected a yearly number, or 'yearly:' or 'monthly:' with 12 numbers, found \(kind(node))")
        }
    }

    /// One number for every channel, or a mapping with one per channel.
    func perChannel(_ node: Node, _ field: String, channels: [String], positive: Bool) throws -> [ChannelID: Double] {
        if case .mapping = node {
            var values: [ChannelID: Double] = [:]
            for entry in try mapping(node, field) {
                guard channels.contains(entry.key) else {
                    var message = "no channel '\(entry.key)' in this process"
                    if let close = Suggestion.closest(to: entry.key, in: channels) { message += "; did you mean '\(close)'?" }
                    message += " (channels: \(channels.joined(separator: ", ")))"
                    throw fail(entry.keyNode, "\(field).\(entry.key)", message)
                }
                values[ChannelID(entry.key)] = try number(entry.value, "\(field).\(entry.key)", positive: positive)
            }
            return values
        }
        let value = try number(node, field, positive: positive)
        return Dictionary(uniqueKeysWithValues: channels.map { (ChannelID($0), value) })
    }

    /// Working days: `5`, `5d` or `5 days`.
    func days(_ node: Node, _ field: String) throws -> Double {
        let text = try scalar(node, field, expected: "a number of working days")
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        for suffix in ["days", "day", "d"] where trimmed.hasSuffix(suffix) {
            trimmed = String(trimmed.dropLast(suffix.count))
            break
        }
        guard let value = PlanQuantity.number(trimmed) else {
            throw fail(node, field, "expected a number of working days such as 5 or 5d, found '\(text)'")
        }
        guard value >= 0 else { throw fail(node, field, "must be 0 or more, found \(text)") }
        return value
    }

    // MARK: - Phone groups

    static let phoneKeys = [
        "name", "role", "calls", "interval", "aht", "target", "maxOccupancy", "openHoursPerWeek", "profile", "staff",
    ]

    mutating func phoneGroup(_ id: String, _ node: Node) throws -> PhoneGroup {
        let base = "phoneGroups.\(id)"
        let entries = try mapping(node, base, allowed: Self.phoneKeys)
        func value(_ key: String, _ hint: String) throws -> Node {
            guard let found = entries.first(where: { $0.key == key })?.value else {
                throw fail(node, "\(base).\(key)", "missing; \(hint)")
            }
            return found
        }
        func optional(_ key: String) -> Node? { entries.first { $0.key == key }?.value }
        let calls = try number(try value("calls", "give the calls in an average interval, such as 'calls: 120'"), "\(base).calls")
        let interval = try seconds(try value("interval", "give the interval length, such as 'interval: 30m'"), "\(base).interval")
        let aht = try seconds(try value("aht", "give the average handling time, such as 'aht: 180s'"), "\(base).aht")
        let targetNode = try value("target", "give the service-level target, such as 'target: 80/20s'")
        let targetText = try scalar(targetNode, "\(base).target", expected: "a target such as 80/20s")
        guard let target = PlanQuantity.target(targetText), target.level > 0, target.level < 1 else {
            throw fail(targetNode, "\(base).target", "expected a target such as 80/20s (80 % within 20 seconds), found '\(targetText)'")
        }
        let open = try number(
            try value("openHoursPerWeek", "give the hours a week the phones are open, such as 'openHoursPerWeek: 40'"),
            "\(base).openHoursPerWeek", positive: true)
        var group = PhoneGroup(
            id: ProcessID(id), load: .init(calls: calls, intervalSeconds: interval, handlingSeconds: aht), target: target,
            openHoursPerWeek: open)
        if let node = optional("name") { group.name = try text(node, "\(base).name") }
        if let node = optional("role") { group.role = try role(node, "\(base).role") }
        if let node = optional("maxOccupancy") {
            group.maxOccupancy = try share(node, "\(base).maxOccupancy")
            guard group.maxOccupancy > 0 else { throw fail(node, "\(base).maxOccupancy", "must be more than 0 %") }
        }
        if let node = optional("profile") { group.seasonality = try seasonality(node, "\(base).profile") }
        if let node = optional("staff") { group.staff = try staff(node, "\(base).staff") }
        return group
    }
}
