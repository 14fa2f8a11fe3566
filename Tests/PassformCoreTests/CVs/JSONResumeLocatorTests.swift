import Foundation
@testable import PassformCore
import Testing

/// The JSON Resume locator (one index of the lines, values searched in the bytes) finds the same lines as the
/// line-by-line search it replaced, on texts with repeated values, combining diacritics, CR and CR LF.
struct JSONResumeLocatorTests {
    /// The locator as it was: the lines of ``CVTextParser/lines(of:)``, each searched in turn.
    struct ReferenceLocator {
        var lines: [String]
        var next = 0

        mutating func span(of value: String) -> Int {
            let needle = value.split(separator: "\n").first.map(String.init) ?? value
            guard !needle.isEmpty else { return 1 }
            let needleMayCombine = CVText.mayHoldCombiningMarks(needle)
            for pass in 0..<2 {
                let range = pass == 0 ? next..<lines.count : 0..<min(next, lines.count)
                for i in range {
                    let line = lines[i]
                    let found = CVText.contains(line, needle)
                        || (needleMayCombine || CVText.mayHoldCombiningMarks(line)) && line.contains(needle)
                    if found {
                        if pass == 0 { next = i }
                        return i + 1
                    }
                }
            }
            return 1
        }
    }

    static let pieces = [
        "Ekonomiassistent", "Fortnox", "Visma", "Excel", "café", "cafe\u{301}", "e\u{301}", "é", "Malmö", "Malmo\u{308}",
        "\"name\" : ", "\"position\": ", ",", "{", "}", "[", "]", " ", "  ", "\\\"", "\\n", "\r", "\r\n", "\n", "\n", "\n",
        "ab", "a", "b", "ba", "2019-03", "\u{301}", "A\nB", "Fort", "nox",
    ]

    func text(_ random: inout SeededRandom) -> String {
        (0..<Int.random(in: 0...60, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined()
    }

    @Test func findsTheLinesTheLineByLineSearchFound() {
        var random = SeededRandom(seed: 2026)
        for _ in 0..<3_000 {
            let text = text(&random)
            var reference = ReferenceLocator(lines: CVTextParser.lines(of: text).map(String.init))
            var locator = JSONResumeParser.Locator(text: text)
            for _ in 0..<12 {
                let value: String
                if Bool.random(using: &random), !text.isEmpty {
                    let utf8 = Array(text.utf8)
                    let start = Int.random(in: 0..<utf8.count, using: &random)
                    let end = min(utf8.count, start + Int.random(in: 1...12, using: &random))
                    value = String(decoding: utf8[start..<end], as: UTF8.self)
                } else {
                    value = Self.pieces.randomElement(using: &random)! + (Bool.random(using: &random) ? Self.pieces.randomElement(using: &random)! : "")
                }
                let expected = reference.span(of: value)
                let found = locator.span(of: value)
                #expect(found.line == expected, "\(text.debugDescription) \(value.debugDescription)")
                #expect(found.text == value)
                if found.line != expected { return }
            }
        }
    }

    @Test func placesValuesOnTheirLines() {
        var locator = JSONResumeParser.Locator(text: "{\n  \"a\": \"Fortnox\",\n  \"b\": \"Visma\",\n  \"c\": \"Fortnox\"\n}")
        #expect(locator.span(of: "Visma").line == 3)
        #expect(locator.span(of: "Fortnox").line == 4)
        // Back to the start when nothing follows.
        #expect(locator.span(of: "\"a\"").line == 2)
        #expect(locator.span(of: "absent").line == 1)
    }

    @Test func levelKeyFoldsAsFoldingDoes() {
        for text in ["Beginner", "  Master\t", "INTERMEDIATE ", "", " ", "\t\t", "Expert\n", "Goda", "Grundläggande", " Ñandú "] {
            #expect(JSONResumeParser.levelKey(text) == Folding.asciiFold(text).trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func datesReadAsBefore() {
        #expect(JSONResumeParser.date("2019-03-01") == CVDate(year: 2019, month: 3))
        #expect(JSONResumeParser.date("2019-13") == CVDate(year: 2019))
        #expect(JSONResumeParser.date("2019") == CVDate(year: 2019))
        #expect(JSONResumeParser.date("--2019--03") == CVDate(year: 2019, month: 3))
        #expect(JSONResumeParser.date("+201-03") == CVDate(year: 201, month: 3))
        #expect(JSONResumeParser.date("19-03") == nil)
        #expect(JSONResumeParser.date("2019\u{301}-03") == nil)
        #expect(JSONResumeParser.date("") == nil)
    }

    @Test func datesOnBytesReadAsStringSplittingAndIntDo() {
        func reference(_ text: String) -> CVDate? {
            let parts = text.split(separator: "-")
            guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
            if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) { return CVDate(year: year, month: month) }
            return CVDate(year: year)
        }
        var random = SeededRandom(seed: 11)
        let alphabet = Array("0123456789--+ a")
        for _ in 0..<5_000 {
            let text = String((0..<Int.random(in: 0...12, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            #expect(JSONResumeParser.date(text) == reference(text), "\(text)")
        }
        #expect(JSONResumeParser.date("2019-99999999999999999999") == CVDate(year: 2019))
    }
}
