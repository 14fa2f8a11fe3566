@testable import PassformCore
import Testing

/// The byte-level paths of CV reading (folding a line into words, splitting lines, finding an over-long line,
/// the filtered word sets) give what the plain Unicode-aware code they stand in for gives.
struct CVTextFastPathTests {
    /// Lines in the shapes CVs have: short (stored inline by Swift) and long, ASCII and not, Nordic letters,
    /// combining diacritics, dashes, tabs, no-break spaces, emoji and Latin Extended letters that fold to two bytes.
    static let samples: [String] = [
        "", " ", "a", "Ekonomiassistent", "2019-03 – 2021-02", "Löneadministratör, Malmö stad",
        "Redovisningsekonom | Skatteverket | 2015–2019", "ÆØÅ æøå ÄÖÜ äöü ß ẞ", "Jose\u{301} Mun\u{303}oz", "İstanbul",
        "Straße\tGröße\u{00A0}Maße", "ĳ ǅ Ŋ ŋ þ Þ ð", "Agresso/Unit4 — goda kunskaper (expert)", "CV 📄 2024", "ﬁnans ﬂöde",
        String(repeating: "Öresund ", count: 40), "Σίσυφος ΣΊΣΥΦΟΣ", "x\u{2212}y\u{FEFF}z",
    ]

    /// Folding one scalar at a time, as ``CVText/fold(_:)`` did before it worked on bytes.
    static func referenceFold(_ text: String) -> String {
        text.unicodeScalars.map { CVText.piece(for: $0) ?? " " }.joined()
    }

    @Test(arguments: samples)
    func foldedWordsEqualFoldingOneScalarAtATime(_ text: String) {
        #expect(CVText.fold(text) == Self.referenceFold(text))
        #expect(CVText.words(text) == Self.referenceFold(text).split(separator: " "))
    }

    @Test func foldingWritesOneSpacePerSeparatorAndKeepsLettersAndDigits() {
        #expect(CVText.fold("Ekonomi-assistent, 2019") == "ekonomi assistent  2019")
        #expect(CVText.fold("Malmö Stad") == "malmo stad")
        #expect(CVText.fold("Größe") == "grosse")
        #expect(CVText.words("  --  ") == [])
    }

    @Test(arguments: ["", "a", "a\n", "\n", "one\ntwo\n\nthree", "å\nä\nö", String(repeating: "rad\n", count: 50)])
    func linesSplitLikeStringSplit(_ text: String) {
        #expect(CVTextParser.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test func withACarriageReturnLinesAreSplitOnCharactersWhereCRLFIsNoLineFeed() {
        // `parse` turns CR LF into LF before splitting; `lines(of:)` alone splits as `String.split` does.
        #expect(CVTextParser.lines(of: "a\r\nb\nc") == ["a\r\nb", "c"])
    }

    @Test func theFirstOverLongLineIsFoundWithItsNumberAndLength() {
        var limits = TextLimits()
        limits.lineBytes = 5
        #expect(limits.firstLongLine(in: "") == nil)
        #expect(limits.firstLongLine(in: "12345\n12345") == nil)
        #expect(limits.firstLongLine(in: "123\n123456\n1234567")! == (2, 6))
        #expect(limits.firstLongLine(in: "1\n2\n\nååå")! == (4, 6))
        #expect(limits.firstLongLine(in: "abc\n")  == nil)
    }

    @Test func aFoldedWordSetAnswersLikeASet() {
        let words = ["erfarenhet", "utbildning", "a", "kontakt", "språk"]
        let set = FoldedWordSet(words)
        for word in words { #expect(set.contains(word)) }
        for word in ["erfarenheter", "utbildnin", "b", "", "kontakter", "sprak"] { #expect(!set.contains(word)) }
        let line = CVText.words("Arbetslivserfarenhet och utbildning")
        #expect(line.map { set.contains($0) } == [false, false, true])
    }

    /// The filter reads a string through its UTF-8 view and a substring through `withUTF8`: slices inside a string,
    /// at its ends and empty ones must hash as the strings of them do, short (inline) strings and long ones.
    @Test func aWordFilterReadsASubstringAsTheStringOfIt() {
        var filter = WordFilter()
        for sample in Self.samples { for word in sample.split(separator: " ").prefix(2) { filter.insert(word) } }
        for sample in Self.samples + ["e\u{301}", "ßa", "日本語 テキスト"] {
            var slices: [Substring] = [sample[...], sample.dropFirst(), sample.dropLast(), sample.prefix(0)]
            slices += sample.split(separator: " ", omittingEmptySubsequences: false)
            slices += sample.indices.map { sample[$0...] }
            for slice in slices {
                #expect(filter.mayContain(slice) == filter.mayContain(String(slice)), "\(slice)")
                var own = WordFilter()
                own.insert(slice)
                #expect(own.mayContain(slice), "\(slice)")
            }
        }
    }
}

/// ``Folding/words(_:)`` takes the byte-level fold for text below U+0240; it must give the same words as the
/// character-by-character fold there.
struct FoldingFastPathTests {
    /// Every scalar the fast path accepts.
    static let latin: [Unicode.Scalar] = (0..<0x240).compactMap { Unicode.Scalar($0) }

    @Test func everyLatinScalarFoldsAndSplitsAsTheUnicodePathDoes() {
        for scalar in Self.latin {
            let s = String(Character(scalar))
            for text in [s, "a\(s)b", "Ab\(s)\(s)9 \(s)x", "\(s)Öre\(s)sund\r\n\(s)"] where CVText.isBelowLatinExtendedB(text) {
                #expect(Folding.words(text) == Folding.unicodeWords(text), "U+\(String(scalar.value, radix: 16))")
            }
        }
    }

    @Test func randomLatinTextFoldsAsTheUnicodePathDoes() {
        var generator = SeededRandom(seed: 7)
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 24)
            var text = ""
            for _ in 0..<length { text.unicodeScalars.append(Self.latin[Int(generator.next() % UInt64(Self.latin.count))]) }
            #expect(Folding.words(text) == Folding.unicodeWords(text), "\(text.unicodeScalars.map { $0.value })")
        }
    }

    @Test func textBeyondLatinTakesTheUnicodePath() {
        #expect(!CVText.isBelowLatinExtendedB("Jose\u{301}"))
        #expect(!CVText.isBelowLatinExtendedB("Σίσυφος"))
        #expect(CVText.isBelowLatinExtendedB("Löneadministratör, Malmö stad ß ŋ"))
        #expect(Folding.words("Jose\u{301} Σίσυφος") == ["jose", "σίσυφος"])
    }
}
