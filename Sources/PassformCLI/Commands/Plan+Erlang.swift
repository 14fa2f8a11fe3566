import ArgumentParser
import PassformCore

extension PassformCommand.Plan {
    /// `passform plan erlang`: one phone group with Erlang C.
    struct Erlang: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "erlang", 
            abstract: "Agents needed for a phone group with Erlang C, with service level, ASA and occupancy.",
            discussion: """
                Example: passform plan erlang --calls 120 --interval 30m --aht 180s --target 80/20s \
                --max-occupancy 0.85 --shrinkage 0.3. The answer is the smallest agent count that answers the \
                target share of calls within the target time and keeps occupancy at or below the cap; \
                'scheduled' adds shrinkage: ⌈agents / (1 − shrinkage)⌉. Nearby agent counts are shown for comparison.
                """)

        @Option(help: "Calls arriving in one interval (may be fractional).")
        var calls: Double

        @Option(help: "The interval length: 30m, 15m, 1h or seconds (1800).")
        var interval: String = "30m"

        @Option(help: "The average handling time (talk plus wrap-up): 180s, 3m or seconds.")
        var aht: String

        @Option(help: "The service-level target: 80/20s is 80 % of calls answered within 20 seconds.")
        var target: String = "80/20s"

        @Option(help: "The highest acceptable occupancy: 0.85 or 85%. Default: no cap.")
        var maxOccupancy: String?

        @Option(help: "The share of paid time off the phones (absence, breaks, training): 0.3 or 30%.")
        var shrinkage: String = "0"

        @OptionGroup var output: OutputOptions

        struct Parsed {
            var load: ErlangC.Load
            var target: ErlangC.Target
            var maxOccupancy: Double
            var shrinkage: Double
        }

        func parsed() throws -> Parsed {
            guard calls.isFinite, calls >= 0 else { throw ValidationError("--calls must be 0 or more.") }
            guard let interval = PlanQuantity.seconds(self.interval), interval > 0 else {
                throw ValidationError("--interval '\(self.interval)' is not a duration such as 30m, 1h or 1800s.")
            }
            guard let aht = PlanQuantity.seconds(self.aht), aht > 0 else {
                throw ValidationError("--aht '\(self.aht)' is not a duration such as 180s or 3m.")
            }
            guard let target = PlanQuantity.target(self.target), target.level > 0, target.level < 1, target.seconds >= 0 else {
                throw ValidationError("--target '\(self.target)' is not a target such as 80/20s (80 % within 20 seconds).")
            }
            var cap = 1.0
            if let maxOccupancy {
                guard let value = PlanQuantity.share(maxOccupancy), value > 0, value <= 1 else {
                    throw ValidationError("--max-occupancy '\(maxOccupancy)' is not a share above 0 and at most 1 (0.85 or 85%).")
                }
                cap = value
            }
            guard let shrink = PlanQuantity.share(shrinkage), shrink >= 0, shrink < 1 else {
                throw ValidationError("--shrinkage '\(shrinkage)' is not a share from 0 up to but not including 1 (0.3 or 30%).")
            }
            return Parsed(
                load: .init(calls: calls, intervalSeconds: interval, handlingSeconds: aht), target: target, maxOccupancy: cap,
                shrinkage: shrink)
        }

        func validate() throws {
            _ = try parsed()
            if output.format == .md { throw ValidationError("plan erlang writes table, json, csv or html; md is not supported.") }
        }

        func run() throws {
            let input = try parsed()
            let answer = try ErlangC.agents(
                for: input.load, target: input.target, maxOccupancy: input.maxOccupancy, shrinkage: input.shrinkage)
            let result = ErlangResult(input: input, answer: answer)
            switch output.format {
            case .json: try output.write(try output.json(result))
            case .csv: try output.write(result.table.csv(excel: output.excel))
            case .html: try output.write(HTML.page(title: "Erlang C", body: "<p>\(HTML.escape(result.summary))</p>\n" + result.table.html()))
            case .table, .md: try output.write(result.summary + "\n\n" + result.table.rendered())
            }
        }
    }
}

/// The answer of `plan erlang`, with nearby agent counts.
struct ErlangResult: Encodable {
    var erlangs: Double
    var targetLevel: Double
    var targetSeconds: Double
    var maxOccupancy: Double
    var shrinkage: Double
    var agents: Int
    var agentsForServiceLevel: Int
    var scheduled: Int
    var serviceLevel: Double
    var waitingProbability: Double
    var averageSpeedOfAnswer: Double
    var occupancy: Double
    var nearby: [ErlangC.Performance]

    init(input: PassformCommand.Plan.Erlang.Parsed, answer: ErlangC.Staffing) {
        let p = answer.performance
        erlangs = input.load.erlangs
        targetLevel = input.target.level
        targetSeconds = input.target.seconds
        maxOccupancy = input.maxOccupancy
        shrinkage = input.shrinkage
        agents = answer.agents
        agentsForServiceLevel = answer.agentsForServiceLevel
        scheduled = answer.scheduled
        serviceLevel = p.serviceLevel
        waitingProbability = p.waitingProbability
        averageSpeedOfAnswer = p.averageSpeedOfAnswer
        occupancy = p.occupancy
        let first = max(Int(input.load.erlangs.rounded(.down)) + 1, answer.agents - 3, 1)
        nearby = (first...(max(first, answer.agents) + 3)).map {
            ErlangC.performance(agents: $0, load: input.load, target: input.target)
        }
    }

    var summary: String {
        func f(_ v: Double, _ d: Int = 4) -> String { NumberFormatting.fixed(v, decimals: d) }
        return """
            Traffic: \(f(erlangs)) Erlang; target \(f(targetLevel * 100, 1)) % within \(f(targetSeconds, 0)) s; \
            max occupancy \(f(maxOccupancy * 100, 1)) %; shrinkage \(f(shrinkage * 100, 1)) %.
            Agents needed: \(agents) (service level alone: \(agentsForServiceLevel)); scheduled after shrinkage: \(scheduled).
            Service level \(f(serviceLevel)), waiting probability \(f(waitingProbability)), \
            ASA \(f(averageSpeedOfAnswer)) s, occupancy \(f(occupancy)).
            """
    }

    var table: TextTable {
        var table = TextTable(
            headers: ["agents", "service level", "waiting probability", "ASA (s)", "occupancy", ""],
            alignments: [.right, .right, .right, .right, .right, .left])
        for p in nearby {
            table.append([
                "\(p.agents)", NumberFormatting.fixed(p.serviceLevel, decimals: 4), NumberFormatting.fixed(p.waitingProbability, decimals: 4),
                p.averageSpeedOfAnswer.isFinite ? NumberFormatting.fixed(p.averageSpeedOfAnswer, decimals: 4) : "inf",
                NumberFormatting.fixed(p.occupancy, decimals: 4), p.agents == agents ? "← needed" : "",
            ])
        }
        return table
    }
}
