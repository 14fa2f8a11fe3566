@testable import PassformCore
import Testing

/// The shortcuts in reading a line: a line that starts with a plain letter skips the Markdown and list checks, a
/// blank line folds to no words, word filters read the bytes of a slice in place, compound heads are found in the
/// bytes of a word.
struct CVLineFastPathTests {
    @Test func aLineStartingWithALetterKeepsItsTextUnlessItEndsWithABar() {
        let plain = CVLine(number: 1, raw: "  Ekonomiassistent, Malmö stad\u{00A0}")
        #expect(plain.raw == "Ekonomiassistent, Malmö stad")
        #expect(plain.text == "Ekonomiassistent, Malmö stad")
        #expect(!plain.isBullet && !plain.isMarkdownHeading && !plain.isImage)
        #expect(plain.folded == ["ekonomiassistent", "malmo", "stad"])
        #expect(CVLine(number: 1, raw: "Office |").text == "Office")
        #expect(CVLine(number: 1, raw: "Oskar Berg").text == "Oskar Berg")
        #expect(!CVLine(number: 1, raw: "Oskar Berg").isBullet)
    }

    @Test func aLineStartingWithAMarkStillLosesIt() {
        let bullet = CVLine(number: 2, raw: "o Excel")
        #expect(bullet.isBullet && bullet.text == "Excel" && bullet.raw == "o Excel")
        #expect(!CVLine(number: 2, raw: "oxå").isBullet)
        #expect(CVLine(number: 2, raw: "12. Bokföring").isBullet)
        #expect(CVLine(number: 2, raw: "12. Bokföring").text == "Bokföring")
        #expect(CVLine(number: 2, raw: "2019-03 – 2021-02").text == "2019-03 – 2021-02")
        #expect(CVLine(number: 2, raw: "# Erfarenhet").isMarkdownHeading)
        #expect(CVLine(number: 2, raw: "• Löner").text == "Löner")
        #expect(CVLine(number: 2, raw: "Ärende").text == "Ärende")
    }

    @Test(arguments: ["", " ", "\t", "\u{00A0}"])
    func aBlankLineHasNoWords(_ raw: String) {
        let line = CVLine(number: 3, raw: raw[...])
        #expect(line.isBlank && line.folded.isEmpty && line.raw.isEmpty)
    }

    @Test func wordsOfLinesNearTheReservationBoundAreAllThere() {
        // One-letter words fill a line the most: (count + 1) / 2 of them.
        for count in [1, 2, 3, 63, 64, 65, 66, 129] {
            let text = String(String(repeating: "a ", count: (count + 1) / 2).prefix(count))
            #expect(CVText.words(text) == text.split(separator: " "), "\(count)")
        }
    }

    @Test func filtersAndSetsReadASliceOfALongerString() {
        let set = FoldedWordSet(["erfarenhet", "a"])
        let words = "inledande erfarenhet och a".split(separator: " ")
        #expect(words.map { set.contains($0) } == [false, true, false, true])
        #expect(!set.contains(""[...]))
        #expect(set.contains("erfarenhet"))
    }

    @Test func aCompoundEndingWithAPhraseMatchesAsItsHead() {
        var matcher = PhraseMatcher<Int>()
        matcher.add("assistent", 1)
        matcher.add("lönesystem", 2)
        let words = "x chefsassistenterna lonesystem ab ekonomiassistent".split(separator: " ")
        let matches = matcher.matches(inWords: words)
        #expect(matches.map(\.value) == [1, 2, 1])
        #expect(matches.map(\.words) == [1..<2, 2..<3, 4..<5])
        #expect(matches.map(\.isPartial) == [true, false, true])
        #expect(matcher.matches(inWords: words, compounds: false).map(\.value) == [2])
        #expect(matcher.matches(in: "Chefsassistent på Lönesystem AB").map(\.value) == [1, 2])
    }
}

/// ``CVText/components(of:separatedBy:)`` and ``CVText/firstIndex(of:in:)`` search with `memchr`; they give what a
/// byte-by-byte scan gives.
struct CVTextSearchTests {
    /// Splitting by comparing the separator at every byte offset, as the search did before it used `memchr`.
    static func referenceComponents(_ text: String, _ separator: String) -> [String] {
        let bytes = Array(text.utf8)
        let pattern = Array(separator.utf8)
        var parts: [String] = []
        var start = 0
        var i = 0
        while i + pattern.count <= bytes.count {
            if bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                parts.append(String(decoding: bytes[start..<i], as: UTF8.self))
                i += pattern.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    @Test(arguments: [
        ("", " | "), ("a", " | "), (" | ", " | "), ("Ekonom | Malmö stad | 2019", " | "), ("a | | b |  | ", " | "),
        ("Löner, Kontering,,Bokslut", ","), ("ååå", "å"), ("Jose\u{301} – Σίσυφος – x", " – "), ("aaaa", "aa"),
        ("xx", "xxx"),
    ])
    func componentsSplitAsAByteByByteScanDoes(_ text: String, _ separator: String) {
        #expect(CVText.components(of: text, separatedBy: separator) == Self.referenceComponents(text, separator))
    }

    @Test func firstIndexOfAByteIsTheIndexOfItsFirstOccurrence() {
        for text in ["", "a", "Telefon: 070", "Ålder: 34: år", "Jose\u{301}: x", String(repeating: "Öresund ", count: 10) + ":"] {
            let expected = text.utf8.firstIndex(of: UInt8(ascii: ":"))
            #expect(CVText.firstIndex(of: UInt8(ascii: ":"), in: text) == expected, "\(text)")
        }
        let long = String(repeating: "Öresund ", count: 10) + ":"
        #expect(long[CVText.firstIndex(of: UInt8(ascii: ":"), in: long)!...] == ":")
    }
}
