import Foundation
import PassformCore
import PassformFormats

/// What `passform bench run` prints: the machine, the figures and the parser's accuracy against the ground truth.
struct BenchReport: Codable, Sendable {
    struct Machine: Codable, Sendable {
        var cores: Int
        var cpu: String
        var build: String

        static var current: Machine {
            let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model = info.split(separator: "\n").first { $0.hasPrefix("model name") }
                .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? "unknown"
            #if DEBUG
                let build = "debug (figures are not representative)"
            #else
                let build = "release"
            #endif
            return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpu: model, build: build)
        }
    }

    struct Accuracy: Codable, Sendable {
        var format: String
        var cvs: Int
        var monthsPerOccupation: Double
        var occupationPairs: Double
        var totalMonths: Double
        var education: Double
        var systems: Double
        var systemLevels: Double
        var languages: Double
        var licences: Double
        var firstMismatches: [String]

        init(_ format: CorpusFormat, _ tally: CorpusAccuracy) {
            self.format = format.rawValue
            cvs = tally.cvs
            monthsPerOccupation = tally.monthsRate
            occupationPairs = tally.occupationPairRate
            totalMonths = tally.totalRate
            education = tally.educationRate
            systems = tally.systemsRate
            systemLevels = tally.systemLevelsRate
            languages = tally.languagesRate
            licences = tally.licencesRate
            firstMismatches = Array(tally.monthMismatches.prefix(5))
        }
    }

    var machine: Machine
    var cvs: Int
    var asOf: YearMonth
    var figures: [BenchFigure]
    var accuracy: [Accuracy]

    func table() -> String {
        var out = "passform bench run: \(cvs) CVs, as of \(asOf); \(machine.cores) cores, \(machine.cpu), \(machine.build) build, one thread (files to ranking: every core; db figures: the CLI end to end, every core)\n\n"
        var speed = TextTable(headers: ["measure", "items", "seconds", "per second", "target", "peak MiB", "note"])
        for figure in figures {
            speed.append([
                figure.name, "\(figure.count)", String(format: "%.3f", figure.seconds), Self.grouped(figure.rate) + " \(figure.unit)",
                figure.target ?? "", String(format: "%.0f", figure.peakMiB), figure.note ?? "",
            ])
        }
        out += speed.rendered() + "\n"
        var table = TextTable(headers: ["format", "CVs", "months per occupation", "(CV, occupation) pairs", "total months", "education", "systems", "system levels", "languages", "licences"])
        for row in accuracy {
            table.append([
                row.format, "\(row.cvs)", Self.percent(row.monthsPerOccupation), Self.percent(row.occupationPairs),
                Self.percent(row.totalMonths), Self.percent(row.education), Self.percent(row.systems), Self.percent(row.systemLevels),
                Self.percent(row.languages), Self.percent(row.licences),
            ])
        }
        out += "Parser accuracy against the ground truth (share of CVs exactly right):\n\n" + table.rendered()
        for row in accuracy where !row.firstMismatches.isEmpty {
            out += "\(row.format): months differ in e.g. \(row.firstMismatches.joined(separator: ", "))\n"
        }
        return out
    }

    static func percent(_ value: Double) -> String { String(format: "%.1f %%", value * 100) }

    /// 1234567.8 → "1,234,568".
    static func grouped(_ value: Double) -> String {
        let digits = String(Int(value.rounded()))
        var out = ""
        for (n, character) in digits.reversed().enumerated() {
            if n > 0, n % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }
}
