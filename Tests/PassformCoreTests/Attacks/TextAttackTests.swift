import Foundation
import PassformCore
import Testing

/// Any bytes, any encoding, NUL bytes, a line of megabytes and a CV of 10 000 lines through Core's text parsers:
/// each gives a result or a clear error, and terminates. No timing is asserted (CI machines differ); a hang
/// would stop the suite, and the `passform` fuzz targets run the same parsers for minutes under sanitizers.
@Suite(.timeLimit(.minutes(2)))
struct TextAttackTests {
    let asOf = YearMonth(year: 2026, month: 11)
    let cvParser = CVTextParser()

    /// A small deterministic generator (SplitMix64), so a failure names the same bytes every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let cv = """
        Ada Berg
        ARBETSLIVSERFARENHET
        2015–2020  Ekonomiassistent, Kommunen
        Kundreskontra och leverantörsreskontra.
        UTBILDNING
        2011–2014  Ekonomiprogrammet, Gymnasiet
        SPRÅK
        Svenska – modersmål
        """

    /// Parses, and accepts either a candidate or a ``CVParseError`` whose message is one line.
    func parseOrClearError(_ text: String) {
        do {
            _ = try cvParser.parse(text, asOf: asOf, file: "cv.txt")
        } catch let error as CVParseError {
            #expect(!error.description.contains("\n"))
        } catch {
            Issue.record("unexpected error \(type(of: error)): \(error)")
        }
    }

    @Test func randomBytesInEveryEncodingDecodeAndParse() {
        var random = SplitMix(state: 10)
        for round in 0..<200 {
            let count = Int.random(in: 0...2_000, using: &random)
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            switch round % 5 {
            case 1: bytes = [0xFF, 0xFE] + bytes  // UTF-16LE BOM
            case 2: bytes = [0xFE, 0xFF] + bytes  // UTF-16BE BOM
            case 3: bytes = [0xEF, 0xBB, 0xBF] + bytes  // UTF-8 BOM
            case 4: bytes = bytes.flatMap { [$0 & 0x7F, 0] }  // UTF-16LE without BOM
            default: break
            }
            let (text, _) = TextDecoding.decode(Data(bytes))
            parseOrClearError(text)
            _ = JobPostingParser().parse(text)
            _ = RoleProfileDocumentParser().parse(text)
        }
    }

    @Test(arguments: [
        [0xFF, 0xFE, 0x41],  // UTF-16LE, odd length
        [0xFE, 0xFF, 0xD8, 0x00],  // UTF-16BE, a lone high surrogate
        [0xFF, 0xFE, 0x00, 0xDC, 0x41, 0x00],  // UTF-16LE, a lone low surrogate
        [0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80],  // overlong NUL, a surrogate, beyond U+10FFFF in UTF-8
        [0x81, 0x8D, 0x8F, 0x90, 0x9D],  // the bytes Windows-1252 leaves undefined
    ] as [[UInt8]])
    func brokenEncodingsDecode(bytes: [UInt8]) {
        let (text, _) = TextDecoding.decode(Data(bytes))
        parseOrClearError(text)
    }

    @Test func nulBytesEverywhere() {
        let text = Self.cv.map { "\($0)\u{0}" }.joined()
        parseOrClearError(text)
        parseOrClearError(String(repeating: "\u{0}", count: 100_000))
        parseOrClearError(Self.cv.replacingOccurrences(of: "\n", with: "\u{0}\n\u{0}"))
    }

    /// A line of 5 MB is refused at once with the line's number; one at the limit still reads.
    @Test func fiveMegabyteLine() throws {
        let line = String(repeating: "Ekonomiassistent 2015–2020 Kommunen, ", count: 5_000_000 / 37)
        for text in [line, Self.cv + "\n" + line, line + "\n" + Self.cv] {
            let error = try #require(throws: CVParseError.self) { try cvParser.parse(text, asOf: asOf, file: "cv.txt") }
            let number = text.hasPrefix("Ada") ? 9 : 1
            #expect(error.description == "cv.txt: line \(number) is \(line.utf8.count) bytes long, over the line-bytes limit of 20000 for one line; is this a CV?")
        }
        let longest = String(decoding: line.utf8.prefix(TextLimits.standard.lineBytes - 10), as: UTF8.self)
        parseOrClearError(Self.cv + "\n" + longest)
        _ = JobPostingParser().parse("Kvalifikationer\n- " + longest)
        _ = RequirementParser().parse(longest)
    }

    @Test func lineLimitIsConfigurable() throws {
        var parser = cvParser
        parser.limits.lineBytes = 20
        let error = try #require(throws: CVParseError.self) { try parser.parse(Self.cv, asOf: asOf, file: "cv.txt") }
        #expect(error.description == "cv.txt: line 3 is 39 bytes long, over the line-bytes limit of 20 for one line; is this a CV?")
    }

    @Test func tenThousandLineCV() {
        var lines = ["Ada Berg", "ARBETSLIVSERFARENHET"]
        for n in 0..<3_400 {
            lines.append("\(1960 + n % 60)–\(1961 + n % 60)  Ekonomiassistent \(n), Kommun \(n)")
            lines.append("Kundreskontra, leverantörsreskontra och bokslut i Agresso.")
            lines.append("")
        }
        lines += ["UTBILDNING", "2011–2014  Ekonomiprogrammet, Gymnasiet"]
        #expect(lines.count > 10_000)
        parseOrClearError(lines.joined(separator: "\n"))
        _ = RoleProfileDocumentParser().parse(lines.joined(separator: "\n"))
        // The ad parser is linear too, but slower per line in a debug build: 1 000 lines keep CI short.
        _ = JobPostingParser().parse(lines.prefix(1_000).joined(separator: "\n"))
    }

    /// Combining marks, right-to-left text, zero-width characters and emoji where names and dates go.
    @Test func oddUnicode() {
        let marks = String(repeating: "a\u{0301}\u{0308}\u{0323}", count: 10_000)
        parseOrClearError(Self.cv.replacingOccurrences(of: "Ada Berg", with: marks))
        parseOrClearError(Self.cv.replacingOccurrences(of: "2015–2020", with: "\u{202E}2015\u{200B}–\u{2066}2020"))
        parseOrClearError(Self.cv.replacingOccurrences(of: "Kommunen", with: String(repeating: "👩‍👩‍👧‍👦", count: 5_000)))
    }

    /// Deeply nested and huge JSON Resume documents: Foundation's JSON parser refuses deep nesting itself.
    @Test(arguments: ["[", "{\"a\":"])
    func deeplyNestedJSONResume(opening: String) {
        let text = String(repeating: opening, count: 100_000)
        #expect(throws: CVParseError.self) { try JSONResumeParser().parse(text, asOf: asOf, file: "cv.json") }
    }

    @Test func jsonResumeWithThousandsOfJobs() throws {
        let job = #"{"name": "Kommunen", "position": "Ekonomiassistent", "startDate": "2015-01", "endDate": "2020-06", "summary": "Kundreskontra"}"#
        let text = #"{"basics": {"name": "Ada Berg"}, "work": ["# + Array(repeating: job, count: 10_000).joined(separator: ",") + "]}"
        let candidate = try JSONResumeParser().parse(text, asOf: asOf, file: "cv.json")
        #expect(candidate.employment.count == 10_000)
    }
}
