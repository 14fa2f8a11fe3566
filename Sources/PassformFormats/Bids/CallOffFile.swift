import Foundation
import PassformCore
import Yams

/// Reads a call-off file (YAML; see `Examples/bids/`) into a ``CallOff``, with errors that name the line,
/// the bid and the field.
public struct CallOffFile: Sendable {
    public var requirementParser: RequirementParser
    /// The bounds on the file's size and alias expansion.
    public var limits = InputLimits.standard

    public init(requirementParser: RequirementParser = RequirementParser()) {
        self.requirementParser = requirementParser
    }

    /// Parses the text of a call-off file; `path` is used in error messages only.
    public func parse(_ text: String, path: String) throws -> CallOff {
        let root: Node
        do {
            guard let node = try BoundedYAML.compose(text, limits: limits) else {
                throw CallOffFileError(path: path, line: 1, message: "the file is empty")
            }
            root = node
        } catch let error as YamlError {
            throw CallOffFileError(path: path, line: Self.line(of: error), message: "not valid YAML")
        } catch let refusal as BoundedYAML.Refusal {
            throw CallOffFileError(path: path, line: nil, message: refusal.message)
        }
        let top = try mapping(root, path: path, what: "the file")
        try checkKeys(top, allowed: ["calloff", "bids"], path: path, context: "the file")
        let calloffNode = try require(top, "calloff", path: path, context: "the file")
        let calloff = try mapping(calloffNode, path: path, what: "calloff")
        try checkKeys(
            calloff, allowed: ["title", "role", "estimatedHours", "requirements", "merits", "model", "tieBreak"], path: path,
            context: "calloff")
        let title = try string(try require(calloff, "title", path: path, context: "calloff"), path: path, field: "calloff.title")
        let role = try string(try require(calloff, "role", path: path, context: "calloff"), path: path, field: "calloff.role")
        let hours = try number(try require(calloff, "estimatedHours", path: path, context: "calloff"), path: path, field: "calloff.estimatedHours")
        guard hours > 0 else { throw CallOffFileError(path: path, line: line(calloff["estimatedHours"]), message: "calloff.estimatedHours must be positive") }
        let context = RequirementParser.Context(occupation: nil, title: nil)
        var requirements: [Requirement] = []
        for node in try sequence(calloff["requirements"], path: path, field: "calloff.requirements") {
            requirements += try requirement(node, path: path, field: "calloff.requirements", context: context)
        }
        var merits: [CallOff.Merit] = []
        for node in try sequence(calloff["merits"], path: path, field: "calloff.merits") {
            let map = try mapping(node, path: path, what: "a merit")
            try checkKeys(map, allowed: ["name", "requirement", "value"], path: path, context: "a merit")
            let name = try string(try require(map, "name", path: path, context: "a merit"), path: path, field: "merit.name")
            let value = try number(try require(map, "value", path: path, context: "merit '\(name)'"), path: path, field: "merit '\(name)'.value")
            guard value >= 0 else { throw CallOffFileError(path: path, line: line(map["value"]), message: "merit '\(name)': value must not be negative") }
            let parsed = try requirement(
                try require(map, "requirement", path: path, context: "merit '\(name)'"), path: path, field: "merit '\(name)'.requirement",
                context: context)
            guard parsed.count == 1, let first = parsed.first else {
                throw CallOffFileError(path: path, line: line(map["requirement"]), message: "merit '\(name)': write one requirement per merit")
            }
            merits.append(CallOff.Merit(name: name, requirement: first, value: value))
        }
        let model = try self.model(calloff["model"], path: path)
        let tieBreak = try self.tieBreak(calloff["tieBreak"], path: path)
        var bids: [Bid] = []
        for (n, node) in try sequence(top["bids"], path: path, field: "bids").enumerated() {
            bids.append(try bid(node, position: n + 1, merits: merits, path: path))
        }
        guard !bids.isEmpty else { throw CallOffFileError(path: path, line: line(top["bids"]) ?? 1, message: "the call-off has no bids") }
        return CallOff(
            title: title, role: ProfileID(role), requirements: requirements, merits: merits, estimatedHours: hours, model: model,
            tieBreak: tieBreak, bids: bids)
    }

    // MARK: - Parts

    private func bid(_ node: Node, position: Int, merits: [CallOff.Merit], path: String) throws -> Bid {
        let map = try mapping(node, path: path, what: "bid \(position)")
        let name = map["supplier"]?.string ?? "bid \(position)"
        let context = "bid \(position) (\(name))"
        try checkKeys(map, allowed: ["supplier", "consultant", "cv", "price", "start", "claimedMerits"], path: path, context: context)
        let supplier = try string(try require(map, "supplier", path: path, context: context), path: path, field: "\(context): supplier")
        let consultant = try string(try require(map, "consultant", path: path, context: context), path: path, field: "\(context): consultant")
        guard let cvNode = map["cv"], let cv = cvNode.string, !cv.isEmpty else {
            throw CallOffFileError(path: path, line: line(node), message: "\(context): no CV file (field 'cv')")
        }
        let price = try number(try require(map, "price", path: path, context: context), path: path, field: "\(context): price")
        guard price > 0 else {
            throw CallOffFileError(path: path, line: line(map["price"]), message: "\(context): the price must be positive (SEK per hour excluding VAT), got \(NumberFormatting.fixed(price, decimals: 2))")
        }
        var claimed: [String] = []
        for item in try sequence(map["claimedMerits"], path: path, field: "\(context): claimedMerits") {
            let merit = try string(item, path: path, field: "\(context): claimedMerits")
            guard merits.contains(where: { Folding.asciiFold($0.name) == Folding.asciiFold(merit) }) else {
                throw CallOffFileError(
                    path: path, line: line(item),
                    message: "\(context): claims unknown merit '\(merit)'; the call-off's merits are \(merits.map { "'\($0.name)'" }.joined(separator: ", "))")
            }
            claimed.append(merit)
        }
        return Bid(supplier: supplier, consultant: consultant, cvFile: cv, price: price, start: map["start"]?.string, claimedMerits: claimed)
    }

    private func model(_ node: Node?, path: String) throws -> EvaluationModel {
        guard let node else { return .deduction }
        if let name = node.string, node.mapping == nil { return try modelNamed(name, node: node, map: nil, path: path) }
        let map = try mapping(node, path: path, what: "calloff.model")
        try checkKeys(map, allowed: ["type", "priceWeight", "qualityWeight", "priceFloor"], path: path, context: "calloff.model")
        let type = try string(try require(map, "type", path: path, context: "calloff.model"), path: path, field: "calloff.model.type")
        return try modelNamed(type, node: node, map: map, path: path)
    }

    private func modelNamed(_ name: String, node: Node, map: Node.Mapping?, path: String) throws -> EvaluationModel {
        switch name {
        case "deduction": return .deduction
        case "lowest-price": return .lowestPrice
        case "weighted":
            guard let map else {
                throw CallOffFileError(path: path, line: line(node), message: "calloff.model: the weighted model needs priceWeight and qualityWeight")
            }
            let price = try number(try require(map, "priceWeight", path: path, context: "calloff.model"), path: path, field: "calloff.model.priceWeight")
            let quality = try number(try require(map, "qualityWeight", path: path, context: "calloff.model"), path: path, field: "calloff.model.qualityWeight")
            guard price >= 0, quality >= 0, price + quality > 0 else {
                throw CallOffFileError(path: path, line: line(node), message: "calloff.model: weights must be non-negative and not both zero")
            }
            let floor = try map["priceFloor"].map { try number($0, path: path, field: "calloff.model.priceFloor") }
            return .weighted(priceWeight: price, qualityWeight: quality, priceFloor: floor)
        default:
            throw CallOffFileError(
                path: path, line: line(node), message: "calloff.model: unknown model '\(name)'; use deduction, lowest-price or weighted")
        }
    }

    private func tieBreak(_ node: Node?, path: String) throws -> CallOff.TieBreak {
        guard let node else { return .earliestStart }
        if let name = node.string, node.mapping == nil {
            switch name {
            case "earliest-start": return .earliestStart
            case "lowest-price": return .lowestPrice
            default:
                throw CallOffFileError(
                    path: path, line: line(node),
                    message: "calloff.tieBreak: unknown rule '\(name)'; use earliest-start, lowest-price or {lottery: {seed: N}}")
            }
        }
        let map = try mapping(node, path: path, what: "calloff.tieBreak")
        guard let lottery = map["lottery"], let seedNode = lottery.mapping?["seed"], let seed = seedNode.int, seed >= 0 else {
            throw CallOffFileError(path: path, line: line(node), message: "calloff.tieBreak: a lottery needs a recorded seed: {lottery: {seed: 12345}}")
        }
        return .lottery(seed: UInt64(seed))
    }

    private func requirement(_ node: Node, path: String, field: String, context: RequirementParser.Context) throws -> [Requirement] {
        if let text = node.string, node.mapping == nil {
            return requirementParser.parse(text, context: context)
        }
        do {
            return [try YAMLDecoder().decode(Requirement.self, from: node)]
        } catch let error as DecodingError {
            throw CallOffFileError(path: path, line: line(node), message: "\(field): \(DecodingErrorText.describe(error))")
        }
    }

    // MARK: - Node helpers

    private func line(_ node: Node?) -> Int? { node?.mark.map { $0.line } }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private func mapping(_ node: Node, path: String, what: String) throws -> Node.Mapping {
        guard let map = node.mapping else {
            throw CallOffFileError(path: path, line: line(node), message: "\(what) must be a mapping of fields")
        }
        return map
    }

    private func sequence(_ node: Node?, path: String, field: String) throws -> [Node] {
        guard let node else { return [] }
        guard let items = node.sequence else { throw CallOffFileError(path: path, line: line(node), message: "\(field) must be a list") }
        return Array(items)
    }

    private func require(_ map: Node.Mapping, _ key: String, path: String, context: String) throws -> Node {
        guard let node = map[key] else {
            throw CallOffFileError(path: path, line: map.keys.first.flatMap { line($0) }, message: "\(context): missing field '\(key)'")
        }
        return node
    }

    private func string(_ node: Node, path: String, field: String) throws -> String {
        guard let text = node.string, node.scalar != nil else {
            throw CallOffFileError(path: path, line: line(node), message: "\(field) must be text")
        }
        return text
    }

    private func number(_ node: Node, path: String, field: String) throws -> Double {
        guard let scalar = node.scalar, let value = Double(scalar.string.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "."))
        else {
            throw CallOffFileError(path: path, line: line(node), message: "\(field) must be a number, got '\(node.string ?? "")'")
        }
        return value
    }

    private func checkKeys(_ map: Node.Mapping, allowed: [String], path: String, context: String) throws {
        for key in map.keys {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let suggestion = allowed.min { Self.distance($0, name) < Self.distance($1, name) }
            var message = "\(context): unknown field '\(name)'"
            if let suggestion, Self.distance(suggestion, name) <= 3 { message += " (did you mean '\(suggestion)'?)" }
            throw CallOffFileError(path: path, line: line(key), message: message)
        }
    }

    /// Edit distance, for "did you mean" hints on misspelt fields.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

/// A call-off file that cannot be used: the file, the line, and what to fix.
public struct CallOffFileError: Error, Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var message: String

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(message)"
    }
}
