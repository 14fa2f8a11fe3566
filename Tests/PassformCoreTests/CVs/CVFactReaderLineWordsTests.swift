@testable import PassformCore
import Testing

/// The fact reader passes over a line by its folded words: that is sound only while every clause mark folds to a
/// separator, and a language in any clause must still be found.
struct CVFactReaderLineWordsTests {
    @Test func clauseMarksFoldToSeparators() {
        for mark in CVFactReader.languageClauseMarks + CVFactReader.skillClauseMarks {
            let text = "a" + String(decoding: mark, as: UTF8.self) + "b"
            #expect(CVText.words(text) == ["a", "b"])
        }
    }

    @Test func findsALanguageInALaterClauseOnly() {
        let facts = CVFactReader()
        let text = "Excel, Visma • e\u{301}ngelska\u{301}"
        let source = SourceSpan(line: 1, text: text)
        #expect(facts.languages(in: text, folded: CVText.words(text), source: source).map(\.language) == ["en"])
        #expect(facts.languages(in: "Excel, Visma; Agresso", folded: CVText.words("Excel, Visma; Agresso"), source: source).isEmpty)
    }
}

/// The licence reader's scalar-by-scalar tokens are the character-by-character ones, on every scalar it is used for
/// and on tricky lines (combining marks, non-Latin text, CR LF, empty strings).
struct CVFactReaderLetterTokensTests {
    static func byCharacters(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    @Test func agreesOnEveryScalarBelowCombiningMarks() {
        for value in UInt32(0)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            #expect(CVFactReader.letterTokens(text) == Self.byCharacters(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "", " ", "B-körkort", "Körkort: B, BE", "Inget körkort", "e\u{301}b körkort", "B\u{308} C1", "Führerschein Klasse B",
        "Ελληνικά Β", "日本 B", "B\r\nC", "½ B² ª", "C1E, D1-körkort.", "\u{AD}B\u{AD}",
    ])
    func agreesOnTrickyLines(_ text: String) {
        #expect(CVFactReader.letterTokens(text) == Self.byCharacters(text))
    }
}

/// The skill reader's byte-level closings of an ASCII line are those ``CVText/wordsAndClosings(_:)`` gives, for as
/// many words as ``CVText/words(_:)`` finds; any other text is left to the scalar path.
struct CVFactReaderASCIIClosingsTests {
    @Test(arguments: [
        "", " ", ".", "Excel", "Excel - expert", "Agresso (goda kunskaper), Excel", "Visma (grundlaggande).", "Excel!Word",
        "QlikView, Power BI - mycket goda kunskaper", "  SAP  ,  Excel  ", "a.b.c", "R2D2 (x) y", "Excel\r\n", "(Excel)",
    ])
    func agreesWithTheScalarPath(_ text: String) {
        let expected = CVText.wordsAndClosings(text)
        #expect(CVFactReader.asciiClosings(text) == expected.closes)
        #expect(expected.words == CVText.words(text))
    }

    @Test(arguments: ["Excel – expert", "Visma (grundläggande)", "e\u{301}", "日本"])
    func leavesOtherTextToTheScalarPath(_ text: String) {
        #expect(CVFactReader.asciiClosings(text) == nil)
    }
}

/// Clauses split on the bytes at whole marks only, dropping empty parts.
struct CVFactReaderClausesTests {
    @Test(arguments: [
        ("", [String]()), (",", []), ("Svenska", ["Svenska"]), ("Svenska, engelska", ["Svenska", " engelska"]),
        ("•Tyska•·franska·", ["Tyska", "franska"]), ("Excel – expert", ["Excel – expert"]), ("e\u{301}/日本|Ελ", ["e\u{301}", "日本", "Ελ"]),
        ("a\u{2023}b;;c", ["a\u{2023}b", "c"]), ("x\u{A0}y", ["x\u{A0}y"]),
    ])
    func splitsAtWholeMarks(_ text: String, _ parts: [String]) {
        #expect(CVFactReader.clauses(text, marks: CVFactReader.languageClauseMarks).map(String.init) == parts)
    }
}
