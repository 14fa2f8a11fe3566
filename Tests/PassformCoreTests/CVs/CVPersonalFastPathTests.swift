@testable import PassformCore
import Testing

/// The byte-level shortcuts of reading personal data and headings give what the code they stand in for gives.
struct CVPersonalFastPathTests {
    /// Lines in the shapes of a CV's personal and heading lines, and tricky ones: combining marks, non-Latin text,
    /// no-break spaces, separators at the ends, empty strings.
    static let samples: [String] = [
        "", " ", ":", "@", "a@b.c", "Anna Andersson", "E-post: anna@example.se", "Telefon: 070-123 45 67",
        "harry.evans3@example.co.uk | +44 7700 900761", "mailto:ola@example.no; (kari@example.dk)", "\"per@x.se\".",
        "@example.com", "a@b", "19850312-1234", "2019-03 - 2021-02", "2019-03 – 2021-02", "913 45 678", "(08) 123 456 78",
        "https://www.linkedin.com/in/anna", "linkedin.com/in/ola", "www.example.se", "ww.w", "http:/x", "Kontakt:",
        "Jose\u{301}@exa\u{301}mple.com", "Ørjan Å. Ødegård", "Σίσυφος: 12345678", "x\u{00A0}y@z.se\u{00A0}", "Född 1985-03-12",
        "1234567 8", "+46 (0)70 123 45 67", "12.34.56.78", "CV 📄 2024 anna@📄.se", String(repeating: "9 ", count: 30),
    ]

    /// The e-mail addresses as ``PersonalData/emails(in:)`` found them before only tokens with an "@" became strings.
    static func referenceEmails(_ text: String) -> [String] {
        guard text.utf8.contains(64) else { return [] }
        let separators: [UInt8] = [32, 44, 59, 124, 60, 62, 40, 41]
        return text.utf8.split(whereSeparator: { separators.contains($0) })
            .map { PersonalData.trimming(Substring($0), ".:[]\"'") }
            .filter { token in
                let bytes = token.utf8
                guard let at = bytes.firstIndex(of: 64), at != bytes.startIndex else { return false }
                return bytes[bytes.index(after: at)...].contains(46)
            }
            .map { $0.hasPrefix("mailto:") ? String($0.dropFirst(7)) : $0 }
    }

    @Test(arguments: samples)
    func hintsAgreeWithTheSearchesTheyStandIn(_ text: String) {
        let hints = PersonalData.Hints(text)
        #expect(hints.colon == CVText.firstIndex(of: 58, in: text).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) })
        #expect(hints.digits == text.utf8.filter { (48...57).contains($0) }.count)
        #expect(hints.hasAt == text.utf8.contains(64))
        #expect(hints.mayHoldLink == (CVText.contains(text, "www.") || CVText.contains(text, "://") || CVText.contains(text, "linkedin")))
        if !hints.mayHoldNumber {
            #expect(PersonalData.digitRuns(in: text).allSatisfy { $0.digits.count < 8 })
        }
    }

    @Test func hintsSeeEightDigitsOnlyInOneStretch() {
        #expect(PersonalData.Hints("070-123 45 67").mayHoldNumber)
        #expect(PersonalData.Hints("+46 (0)70 123").mayHoldNumber)
        #expect(!PersonalData.Hints("2019-03 – 2021-02").mayHoldNumber)
        #expect(!PersonalData.Hints("1234 a 5678").mayHoldNumber)
    }

    @Test(arguments: samples)
    func emailsAreTheTokensTheSplitFound(_ text: String) {
        guard !CVText.mayHoldCombiningMarks(text) else { return }
        #expect(PersonalData.emails(in: text) == Self.referenceEmails(text))
    }

    @Test(arguments: samples)
    func aKeyFromWordsIsTheWordsJoined(_ text: String) {
        let words = CVText.words(text)
        #expect(CVVocabulary.key(words: words) == words.joined(separator: " "))
        #expect(CVVocabulary.key(words: words.dropFirst()) == words.dropFirst().joined(separator: " "))
        #expect(CVVocabulary.key(text) == words.joined(separator: " "))
    }

    @Test func aKeyJoinsSlicesAndEmptyWordsAsJoinedDoes() {
        let text = "Jose\u{301} Åsa 📄 Σίσυφος"
        let slices = text.split(separator: " ", omittingEmptySubsequences: false)
        #expect(CVVocabulary.key(words: slices) == slices.joined(separator: " "))
        let withEmpty: [Substring] = ["", "a", "", "ö"]
        #expect(CVVocabulary.key(words: withEmpty) == withEmpty.joined(separator: " "))
        #expect(CVVocabulary.key(words: [Substring]()) == "")
    }

    @Test(arguments: ["", "a", "e post", "  two  words ", "tre ord har", "fyra ord har här", "o\u{301} a", "a \u{301}b", "ø å"])
    func aKeysWordCountIsTheSplitsCount(_ key: String) {
        #expect(CVTextParser.wordCount(ofKey: key) == key.split(separator: " ").count)
    }

    @Test(arguments: [
        "Anna", "anna", "Anna-Karin", "O'Brien", "J.", "A1", "", "-", "Ä", "Åsa", "Élise", "E\u{301}lise", "Σίσυφος", "ΣΊΣΥΦΟΣ",
        "Jean-Luc", "Ann@", "ANNA", "Öz-", "Ǆemal", "Ölof\u{301}",
    ])
    func aNamePartOnBytesIsOneOnCharacters(_ part: String) {
        let onCharacters = part.first?.isUppercase == true && part.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." }
        #expect(CVTextParser.isNamePart(Substring(part)) == onCharacters)
    }

    @Test func aPersonalCueIsFoundAsALineWordOrAsASliceOfALongerText() {
        let cues = CVVocabulary.standard
        let text = "ring telefon"
        let slice = text[text.index(text.startIndex, offsetBy: 5)...]
        #expect(cues.personalCueFilter.mayContain(slice) && cues.personalCues[String(slice)] == .phone)
        #expect(cues.personalCueFilter.mayContain(Substring("telefon")) && cues.personalCues[String(Substring("telefon"))] == .phone)
        #expect(cues.personalCues[String(Substring(""))] == nil)
    }
}
