@testable import PassformCore
import Testing

/// The byte-level paths of the text parser against the character- and scalar-level reads they stand in for: list
/// markers, date tokens, the letters around a period, trimming.
struct TextParserBytePathTests {
    static let tricky = [
        "", "-", "o", "1", "- a", "-\ta", "-a", "o x", "ox", "* Excel", "+ Visma", "-\u{301} a", "- \u{301}a", "• Löner",
        "•\u{301} x", "• \u{301}x", "•x", "· x", "\u{0387} x", "– text", "—\ttext", "\u{F0B7} Bokföring", "✓ Klar", "🙂 x",
        "1. a", "12) b", "123. c", "1.a", "1.", "1)", "1. ", "12.\u{301} x", "1\u{20E3}. a", "１. a", "2019-03 – 2021-02",
        "1.\r a", "- \r", "\u{00A0}- a", "1 . a", "9) Ärende",
    ]

    /// The list marker as ``CVLine/init(number:raw:)`` reads it on characters: the UTF-8 length dropped, 0 for none.
    static func characterMarker(_ line: String) -> Int {
        if let first = line.first, CVLine.bulletMarks.contains(first), line.index(after: line.startIndex) < line.endIndex {
            let second = line[line.index(after: line.startIndex)]
            guard second == " " || second == "\t" else { return 0 }
            return line.utf8.distance(from: line.startIndex, to: line.index(after: line.startIndex))
        }
        if let dot = line.prefix(3).firstIndex(where: { $0 == "." || $0 == ")" }), line[..<dot].allSatisfy(\.isNumber),
            !line[..<dot].isEmpty, line.index(after: dot) < line.endIndex, line[line.index(after: dot)] == " "
        {
            return line.utf8.distance(from: line.startIndex, to: line.index(after: dot))
        }
        return 0
    }

    @Test(arguments: tricky)
    func aListMarkerOnBytesIsTheMarkerOnCharacters(_ line: String) {
        if let length = CVLine.listMarkerLength(line) {
            #expect(length == Self.characterMarker(line), "\(line.unicodeScalars.map(\.value))")
        }
    }

    @Test func commonMarkersAreDecidedOnBytes() {
        for line in ["- a", "* Excel", "• Löner", "– text", "1. a", "12) b", "2019-03 – 2021-02", "o x", "ox", "-"] {
            #expect(CVLine.listMarkerLength(line) != nil, "\(line)")
        }
        // A combining mark or a character that may equal a mark canonically is left to the characters.
        for line in ["-\u{301} a", "- \u{301}a", "\u{0387} x", "1\u{20E3}. a", "１. a"] {
            #expect(CVLine.listMarkerLength(line) == nil, "\(line)")
        }
    }

    /// The tokens as read from an array of the line's scalars: the way ``DateRangeParser/tokens(utf8:)`` replaces.
    static func scalarTokens(_ line: String) -> [(DateRangeParser.TokenKind, Int, Int)] {
        let scalars = Array(line.unicodeScalars)
        var result: [(DateRangeParser.TokenKind, Int, Int)] = []
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == " " || s == "\t" || (s.value >= 128 && s.properties.isWhitespace) {
                i += 1
                continue
            }
            let start = i
            if ("0"..."9").contains(s) {
                var value = 0
                while i < scalars.count, ("0"..."9").contains(scalars[i]) {
                    value = value * 10 + Int(scalars[i].value - 48)
                    i += 1
                }
                result.append((.number(value: value, digits: i - start), start, i))
                continue
            }
            if DateRangeParser.isLetter(s) {
                while i < scalars.count, DateRangeParser.isLetter(scalars[i]) { i += 1 }
                var letters = String.UnicodeScalarView()
                letters.append(contentsOf: scalars[start..<i])
                result.append((.word(CVText.fold(String(letters))), start, i))
                continue
            }
            let kind: DateRangeParser.TokenKind
            switch s {
            case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": kind = .dash
            case "/": kind = .slash
            case ".": kind = .dot
            default: kind = .other
            }
            result.append((kind, i, i + 1))
            i += 1
        }
        return result
    }

    @Test(arguments: [
        "", "2019-03 – 2021-02", "Ekonomiassistent, Malmö stad, 2019-03 – 2021-02 (vikariat)", "mars 2019 – nu",
        "Å\u{301}r 2019\u{00A0}–\u{2003}2020", "🙂 2019 – 2020 ÉCOLE", "１２ 2019", "ht 2018", "x\u{2212}y",
        "ΑΒΓ 2019—2020 日本", "Controller | 2019 – 2021 | Region Skåne", "15.03.2019 – 31.01.2020", "jan. 2018 - d.d.",
    ])
    func tokensOnBytesAreTokensOnScalars(_ line: String) {
        var bytes = line
        let tokens = bytes.withUTF8 { DateRangeParser.tokens(utf8: $0) }
        let expected = Self.scalarTokens(line)
        #expect(tokens.count == expected.count)
        for (token, (kind, start, end)) in zip(tokens, expected) {
            #expect(token.kind == kind && token.start == start && token.end == end, "\(line)")
        }
    }

    @Test func anAnchorRangeCountsTheLettersAroundItInScalars() throws {
        let parser = CVTextParser()
        let line = "Löneadministratör på Skåne, 2019-03 – 2021-02 Malmö"
        let range = try #require(parser.anchorRange(line))
        let scalars = Array(line.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[range.scalarRange])) == "2019-03 – 2021-02")
        #expect(parser.anchorRange("Å\u{301}ret 2019 – 2020") != nil)
        #expect(parser.anchorRange("Jag började på Lidl 2019 och stannade där i många år") == nil)
        #expect(parser.anchorRange("Ekonomiassistent, Malmö stad, 2019-03 – 2021-02 (vikariat)") != nil)
        #expect(parser.anchorRange("") == nil)
        // Letters on one side only anchor; on both sides only with a separator or a parenthesis.
        #expect(parser.anchorRange("Lön 2019 – 2020") != nil)
        #expect(parser.anchorRange("2019 – 2020 Östra") != nil)
        #expect(parser.anchorRange("Åsa 2019–2020 Östra") == nil)
        #expect(parser.anchorRange("Åsa, 2019–2020 Östra") != nil)
    }

    @Test(arguments: [
        ("\u{FEFF}  Anna\u{00A0}", "Anna"), (" é ", "é"), ("a\u{301} ", "a\u{301}"), ("\t\u{00A0}", ""), ("Anna", "Anna"),
        ("  Malmö stad – Ekonomi  ", "Malmö stad – Ekonomi"), ("\u{00A0}日本\u{00A0}", "日本"),
    ])
    func aTrimmedSliceKeepsItsScalars(_ text: String, _ expected: String) {
        let trimmed = CVLine.trimmed(text)
        #expect(Array(trimmed.unicodeScalars) == Array(expected.unicodeScalars))
        #expect(CVLine.trimmed(Substring(text)) == expected)
    }
}
