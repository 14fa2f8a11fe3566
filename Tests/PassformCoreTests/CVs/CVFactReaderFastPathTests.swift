@testable import PassformCore
import Testing

/// The fact reader's byte-level trimming gives the same for a string and a substring, and keeps a text with
/// nothing to trim (combining marks, non-Latin text) as it is.
struct CVFactReaderFastPathTests {
    @Test(arguments: [
        ("", ""), ("  ", ""), ("Ekonomiassistent", "Ekonomiassistent"), (" – Ekonomiassistent, ", "Ekonomiassistent"),
        ("• Malmö stad.", "Malmö stad"), ("Ekonomiassistent (vikariat)", "Ekonomiassistent (vikariat)"),
        ("(Skatteverket)", "Skatteverket"), ("Ekonomiassistent (vikariat", "Ekonomiassistent (vikariat"),
        ("Lön (deltid))", "Lön (deltid)"), ("·\u{A0}é", "é"), ("e\u{301} –", "e\u{301}"), ("日本 |", "日本"), ("–", ""),
        ("e\u{301}", "e\u{301}"), ("Ελληνικά", "Ελληνικά"),
    ])
    func trimsStringsAndSubstringsAlike(_ text: String, _ trimmed: String) {
        #expect(CVFactReader.trim(text) == trimmed)
        #expect(CVFactReader.trim(text).utf8.elementsEqual(trimmed.utf8))
        let padded = "x" + text + "x"
        let inner = padded.dropFirst().dropLast()
        #expect(CVFactReader.trim(inner) == trimmed)
    }
}
