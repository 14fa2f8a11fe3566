import Foundation
import PassformCore
import Testing

/// The plain-text parser's throughput; run with `PASSFORM_BENCHMARK=1 swift test -c release --filter CVTextParserBenchmark`.
struct CVTextParserBenchmarkTests {
    static let isEnabled = ProcessInfo.processInfo.environment["PASSFORM_BENCHMARK"] == "1"

    @Test(.enabled(if: isEnabled, "set PASSFORM_BENCHMARK=1"))
    func parsesThousandsOfCVsPerSecond() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/cvs")
        let names = ["anna-lindqvist.txt", "kari-nordmann.txt", "mette-hansen.txt", "james-taylor.txt", "johanna-ek.txt", "sofia-holm.txt"]
        let texts = try names.map { try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }
        let parser = CVTextParser()
        let asOf = YearMonth(year: 2026, month: 11)
        _ = try parser.parse(texts[0], asOf: asOf)
        let count = 6_000
        let clock = ContinuousClock()
        var jobs = 0
        let elapsed = try clock.measure {
            for i in 0..<count { jobs += try parser.parse(texts[i % texts.count], asOf: asOf).employment.count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(count) / seconds
        print("CVTextParser: \(Int(rate)) CVs/s on one core (\(count) CVs, \(jobs) jobs)")
        #expect(jobs == count / texts.count * 12)
    }
}
