import Foundation
@testable import PassformCore
import Testing

/// The byte-level paths of the fact reader and its text helpers give what the code they replaced gives: words and
/// closings folded on bytes, word endings, prefixes, line endings, acronyms, employer cues and the bundled files read
/// without `JSONDecoder`.
struct CVFactsBytePathTests {
    static let samples = CVTextFastPathTests.samples + [
        "Agresso (goda kunskaper), Excel; Visma!", "Svenska (modersmål). Engelska", "Ǆ ǅ ǆ", "soft\u{00AD}hyphen",
        "a\u{0300}b\u{0301})", "Ελληνικά, Русский; 日本語.", "Word ,", ")", "\u{2013}", "😀!",
    ]

    @Test(arguments: samples)
    func wordsAndClosingsOnBytesEqualThemScalarByScalar(_ text: String) {
        let bytes = CVText.wordsAndClosings(text)
        let scalars = CVText.scalarWordsAndClosings(text)
        #expect(bytes.words == scalars.words)
        #expect(bytes.closes == scalars.closes)
    }

    @Test func aPrefixIsComparedByteForByte() {
        let cases: [(String, String)] = [
            ("", ""), ("a", ""), ("", "a"), ("gymnasium", "gymn"), ("gym", "gymnasium"), ("högskola", "hög"),
            ("hogskola", "hög"), (String(repeating: "universitet", count: 3), "universitetuniversitet"), ("ab", "ab"),
        ]
        for (text, prefix) in cases {
            #expect(CVText.hasPrefix(text, prefix) == text.utf8.starts(with: prefix.utf8), "\(text) \(prefix)")
        }
    }

    /// The first occurrence of `pattern` in `text`, offset by offset.
    static func referenceFirstRange(_ pattern: [UInt8], _ text: [UInt8]) -> Range<Int>? {
        guard !pattern.isEmpty, pattern.count <= text.count else { return nil }
        for offset in 0...(text.count - pattern.count) where text[offset..<(offset + pattern.count)].elementsEqual(pattern) {
            return offset..<(offset + pattern.count)
        }
        return nil
    }

    @Test func theFirstOccurrenceIsFoundWhateverByteThePatternStartsWith() {
        let texts = [
            "", "a", #"{"basics": {"name": "A"}, "SkillsPassport": 1, "SkillsPassport": 2}"#, #""SkillsPassport""#,
            "<html><HTML>", "  <?xml <?xm", "•• Excel • Visma", "aaaab", "\"\"\"\"\"\"a", "Malmö stad, Malmö", "x\"x\"",
        ]
        let patterns = [
            "", #""SkillsPassport""#, "SkillsPassport", "<html", "<?xml", "•", " •", "aab", "\"\"a", "\"", "Malmö", ", M",
            #"x\""#, "\"", "{", #"{"basics""#, "Passport\": 2}", "zz",
        ]
        for text in texts {
            for pattern in patterns {
                let found = Array(pattern.utf8).withUnsafeBufferPointer { p in
                    Array(text.utf8).withUnsafeBufferPointer { t in CVText.firstRange(of: p, in: t) }
                }
                #expect(found == Self.referenceFirstRange(Array(pattern.utf8), Array(text.utf8)), "\(pattern) in \(text)")
            }
        }
    }

    @Test func aSubstringsBytesAreItsOwnWhetherOrNotItCoversItsString() {
        let text = "Löneadministratör på Skatteverket"
        let words = text.split(separator: " ")
        for word in words + [text[...], Substring("kort"), Substring("en mycket lång rad som inte är liten")] {
            #expect(CVText.withUTF8(word) { Array($0) } == Array(word.utf8))
        }
    }

    /// The first ending (of two bytes or more, in the order given; then the shorter ones) that ends a word with
    /// `extra` bytes to spare, compared as the ending tables did before they were indexed.
    static func referenceEndingLength(_ endings: [String], _ word: String, extra: Int) -> Int? {
        let ordered = endings.filter { $0.utf8.count >= 2 } + endings.filter { $0.utf8.count < 2 }
        let bytes = Array(word.utf8)
        for ending in ordered.map({ Array($0.utf8) })
        where bytes.count >= ending.count + extra && bytes.suffix(ending.count).elementsEqual(ending) {
            return ending.count
        }
        return nil
    }

    @Test func wordEndingsFindTheFirstEndingInTheOrderGiven() {
        let endings = ["examen", "exam", "s", "utbildningen", "utbildning", "en", "", "verket", "etat", "etaten", "ö"]
        let table = WordEndings(endings)
        let words = [
            "", "s", "en", "ekonomexamen", "exam", "civilekonomexamen", "utbildningen", "redovisningsutbildning",
            "skatteverket", "etaten", "kommuns", "hö", "ö", "björn", "verketen", "x",
        ]
        for word in words {
            for extra in [0, 2, 3] {
                let expected = Self.referenceEndingLength(endings, word, extra: extra)
                #expect(table.endingLength(word, extra: extra) == expected, "\(word) \(extra)")
                #expect(table.endingLength(Substring(word), extra: extra) == expected, "\(word) \(extra)")
                let slice = ("x " + word + " y").dropFirst(2).dropLast(2)
                #expect(table.endingLength(slice, extra: extra) == expected, "\(word) \(extra)")
            }
        }
        #expect(WordEndings([]).endingLength("ord") == nil)
    }

    /// CR LF and a lone CR as LF, one byte at a time, as ``TextDecoding/unixLines(_:)`` wrote them before.
    static func referenceUnixLines(_ text: String) -> String {
        var out: [UInt8] = []
        var afterCR = false
        for byte in text.utf8 {
            if byte == 10, afterCR {
                afterCR = false
                continue
            }
            afterCR = byte == 13
            out.append(afterCR ? 10 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: [
        "", "\r", "\n", "\r\n", "\r\r\n", "\n\r", "a\r\nb\rc\nd", "åäö\r\n\r\nÆØÅ\r", "no carriage return",
        String(repeating: "Ekonomiassistent, Malmö stad\r\n", count: 40) + "\r",
    ])
    func lineEndingsBecomeLineFeeds(_ text: String) {
        #expect(TextDecoding.unixLines(text) == Self.referenceUnixLines(text))
    }

    @Test(arguments: samples + [
        "Jose\u{301} plain ascii padding beyond eight bytes", "abcdefgh\u{301}", "abcdefghijklmnop", "1234567\u{0308}",
        String(repeating: "x", count: 63) + "e\u{301}",
    ])
    func textIsComposedExactlyWhenItNeedsIt(_ text: String) {
        var expected = Self.referenceUnixLines(text)
        if expected.hasPrefix("\u{FEFF}") { expected.removeFirst() }
        #expect(Array(TextDecoding.normalise(text).utf8) == Array(expected.precomposedStringWithCanonicalMapping.utf8))
    }

    /// The laws of a line as ``CVFactReader/laws(in:source:)`` found them token by token before it looked only at
    /// capitals that start a token.
    static func referenceLaws(_ text: String, facts: CVFactReader) -> [String] {
        var names: [String] = []
        for match in facts.words.laws.matches(inWords: CVText.words(text), compounds: false) where !names.contains(match.value) {
            names.append(match.value)
        }
        let bytes = Array(text.utf8)
        let isWordByte = { (c: UInt8) in (65...90).contains(c) || (97...122).contains(c) || (48...57).contains(c) || c >= 0x80 }
        var i = 0
        while i < bytes.count {
            guard isWordByte(bytes[i]) else {
                i += 1
                continue
            }
            var j = i
            while j < bytes.count, isWordByte(bytes[j]) { j += 1 }
            if j - i <= 6, (65...90).contains(bytes[i]) || bytes[i] == 0xC3 {
                let token = String(decoding: bytes[i..<j], as: UTF8.self)
                if let law = facts.words.lawAcronyms[token], !names.contains(law) { names.append(law) }
            }
            i = j
        }
        return names
    }

    @Test(arguments: [
        "Kunskap om LAS, LOU och ÅRL.", "LAS", "KLAS LASER xLAS LAS2 LASÅ ÅRLIG", "GDPR/PUL", "", "OSL", "(MBL)", "BFLX BFL",
        "arbetsmiljölagen och LAS", "Ä", "ÅRL" + String(repeating: " text", count: 30) + " FOIA",
    ])
    func lawAcronymsAreWholeTokensStartingWithACapital(_ text: String) {
        let facts = CVFactReader()
        #expect(facts.laws(in: text, source: SourceSpan(line: 1, text: text)).map(\.name) == Self.referenceLaws(text, facts: facts))
    }

    @Test func anEmployersWordIsFoundInTheSetsThatHoldIt() throws {
        let words = CVVocabulary.standard
        let file = try #require(CVVocabulary.bundledFile("public-sector").flatMap(CVVocabulary.PublicSectorFile.init(json:)))
        for word in file.words.map(CVVocabulary.key) where !word.contains(" ") {
            #expect(words.employerWordKind(Substring(word)).contains(.publicWord), "\(word)")
        }
        for marker in file.privateMarkers.map(CVVocabulary.key) {
            let parts = marker.split(separator: " ")
            if parts.count == 1 { #expect(words.employerWordKind(parts[0]).contains(.privateMarker), "\(marker)") }
            if parts.count > 1 { #expect(words.employerWordKind(parts[0]).contains(.privateMarkerFirstWord), "\(marker)") }
        }
        for name in file.names.map(CVVocabulary.phrase) where !name.isEmpty {
            #expect(words.employerWordKind(Substring(name[0])).contains(.publicNameFirstWord), "\(name)")
        }
        for word in ["ekonomiassistent", "malmo", "", "konsult", "aktiebolaget"] {
            #expect(words.employerWordKind(Substring(word)) == [], "\(word)")
        }
        let facts = CVFactReader()
        #expect(facts.isPublicSector("Malmö stad"))
        #expect(facts.isPublicSector("Skatteverket"))
        #expect(!facts.isPublicSector("Skatteverket AB"))
        #expect(!facts.isPublicSector("Visma Software AS"))
    }

    @Test func theBundledFilesReadAsJSONDecoderReadsThem() throws {
        func decoded<T: Decodable>(_ name: String, as type: T.Type) throws -> T {
            try JSONDecoder().decode(T.self, from: try #require(BundledData.data(name, "json")))
        }
        #expect(CVVocabulary.bundledFile("cv-sections").flatMap(CVVocabulary.SectionFile.init(json:))
            == (try decoded("cv-sections", as: CVVocabulary.SectionFile.self)))
        #expect(CVVocabulary.bundledFile("cv-dates").flatMap(CVVocabulary.DateFile.init(json:))
            == (try decoded("cv-dates", as: CVVocabulary.DateFile.self)))
        #expect(CVVocabulary.bundledFile("cv-words").flatMap(CVVocabulary.WordFile.init(json:))
            == (try decoded("cv-words", as: CVVocabulary.WordFile.self)))
        #expect(CVVocabulary.bundledFile("public-sector").flatMap(CVVocabulary.PublicSectorFile.init(json:))
            == (try decoded("public-sector", as: CVVocabulary.PublicSectorFile.self)))
        #expect(CVVocabulary.bundledFile("laws").flatMap(CVVocabulary.LawFile.init(json:))
            == (try decoded("laws", as: CVVocabulary.LawFile.self)))
    }

    @Test func aFileLackingAFieldOrHoldingAnotherTypeReadsAsNil() throws {
        let missing = try #require(JSONValue.parse(#"{"laws": [{"name": "LAS"}]}"#).object)
        #expect(CVVocabulary.LawFile(json: missing) == nil)
        let wrongType = try #require(JSONValue.parse(#"{"months": [{"month": "1", "names": []}], "present": [], "rangeWords": [], "openStartWords": [], "semesters": []}"#).object)
        #expect(CVVocabulary.DateFile(json: wrongType) == nil)
        let fine = try #require(JSONValue.parse(#"{"comment": "x", "laws": [{"name": "LAS", "aliases": ["LAS"]}]}"#).object)
        #expect(CVVocabulary.LawFile(json: fine) == CVVocabulary.LawFile(laws: [.init(name: "LAS", aliases: ["LAS"])]))
    }
}
