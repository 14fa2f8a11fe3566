import Testing

@testable import PassformCore

/// The table's short forms: a long cell cut to its first characters, and CSV records as RFC 4180 writes them.
struct ScreeningReportTextTests {
    /// What `shortened` must give: the whole text when it has at most `length` characters, otherwise its first
    /// `length - 1` characters and "…", counting characters as Swift does (a letter and its combining marks are one).
    private func expectedShortening(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    @Test(arguments: [
        "", "abc", String(repeating: "x", count: 10), String(repeating: "x", count: 11),
        "✗ no education of hogskola in ekonomi or equivalent",
        String(repeating: "e\u{301}", count: 12), String(repeating: "å", count: 11), "\r\n\r\n\r\n\r\n\r\n\r\n",
        "🇸🇪🇳🇴🇩🇰🇫🇮🇮🇸🇸🇪🇳🇴🇩🇰🇫🇮🇮🇸🇸🇪", "abcdefghi\u{301}\u{302}jk", "abcdefghij\u{301}", "日本語のテキストはここで切られる",
    ])
    func aLongCellIsCutAtItsCharactersNotItsBytes(text: String) {
        for length in [1, 2, 5, 9, 10, 11] {
            #expect(ScreeningReport.shortened(text, to: length) == expectedShortening(text, length), "length \(length)")
        }
    }

    @Test func csvQuotesOnlyTheFieldsThatNeedItAndEndsRecordsWithCRLF() {
        var table = TextTable(headers: ["#", "note"])
        table.append(["1", "plain"])
        table.append(["2", "a \"quoted\" word"])
        table.append(["3", "two\nlines"])
        table.append(["4", "a, b"])
        table.append(["5", "carriage\rreturn"])
        table.append(["6", ""])
        #expect(table.csv() == "#,note\r\n1,plain\r\n2,\"a \"\"quoted\"\" word\"\r\n3,\"two\nlines\"\r\n4,\"a, b\"\r\n5,\"carriage\rreturn\"\r\n6,\r\n")
        #expect(table.csv(excel: true) == "\u{FEFF}#;note\r\n1;plain\r\n2;\"a \"\"quoted\"\" word\"\r\n3;\"two\nlines\"\r\n4;a, b\r\n5;\"carriage\rreturn\"\r\n6;\r\n")
    }
}
