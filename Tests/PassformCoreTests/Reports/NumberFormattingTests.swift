import Foundation
import Testing

@testable import PassformCore

@Suite struct NumberFormattingTests {
    /// C's own printf, which the general path calls (Foundation's `String(format:)` rounds some halves differently).
    private func printf(_ value: Double, _ decimals: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 128)
        let written = withVaList([value]) { vsnprintf(&buffer, buffer.count, "%.\(decimals)f", $0) }
        return String(decoding: buffer.prefix(Int(written)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    @Test func wholeTenthsAndHundredthsReadAsPrintfReadsThem() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, 1, -1, 0.5, -0.5, 0.05, 0.15, 0.25, 2.675, 90, 72.5, 1e14, -1e14, 123.456, 1e20]
        for _ in 0..<5_000 {
            let units = Double(Int.random(in: -2_000_000...2_000_000, using: &generator))
            values += [units, units / 10, units / 100, units / 1000, units / 3, units * 0.1, units * 0.01]
        }
        for value in values {
            for decimals in 0...4 {
                #expect(NumberFormatting.fixed(value, decimals: decimals) == printf(value, decimals), "\(value) \(decimals)")
            }
        }
    }

    @Test func negativeZeroKeepsItsSign() {
        #expect(NumberFormatting.fixed(-0.0, decimals: 1) == printf(-0.0, 1))
    }

    @Test func quotesInCSVCellsAreDoubled() {
        let table = TextTable(headers: ["a", "b"], rows: [["say \"hej\"", "x,y"], ["rad\nbrytning", "vanlig"]])
        #expect(table.csv() == "a,b\r\n\"say \"\"hej\"\"\",\"x,y\"\r\n\"rad\nbrytning\",vanlig\r\n")
        #expect(table.csv(excel: true) == "\u{FEFF}a;b\r\n\"say \"\"hej\"\"\";x,y\r\n\"rad\nbrytning\";vanlig\r\n")
    }
}
