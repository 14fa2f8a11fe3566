import PassformCore
import Testing

struct DateRangeParserTests {
    let parser = DateRangeParser()

    /// Each form from the issue, with the start and end months it must give (end nil = ongoing).
    @Test(arguments: [
        ("2019-03 – 2021-02", "2019-03", "2021-02", false, false),
        ("03/2019–02/2021", "2019-03", "2021-02", false, false),
        ("mars 2019 – nu", "2019-03", nil, true, false),
        ("jan. 2018 - d.d.", "2018-01", nil, true, false),
        ("2017-08 til nå", "2017-08", nil, true, false),
        ("Aug 2015 – Present", "2015-08", nil, true, false),
        ("sedan 2020", "2020-12", nil, true, true),
        ("2016–2019", "2016-12", "2019-01", false, true),
        ("januari 2018 till mars 2019", "2018-01", "2019-03", false, false),
        ("fra september 2019 til desember 2021", "2019-09", "2021-12", false, false),
        ("marts 2017 – nu", "2017-03", nil, true, false),
        ("15.03.2019 – 31.01.2020", "2019-03", "2020-01", false, false),
        ("2019/03 - 2020/11", "2019-03", "2020-11", false, false),
        ("ht 2018 – vt 2021", "2018-08", "2021-06", false, false),
        ("2019-03 – pågående", "2019-03", nil, true, false),
        ("since May 2021", "2021-05", nil, true, false),
        ("2016 - 2016-03", "2016-03", "2016-03", false, true),
    ] as [(String, String, String?, Bool, Bool)])
    func readsForm(text: String, start: String, end: String?, isCurrent: Bool, isYearOnly: Bool) throws {
        let range = try #require(parser.firstRange(in: text))
        let months = range.months
        #expect(months.start.description == start)
        #expect(months.end?.description == end)
        #expect(range.isCurrent == isCurrent)
        #expect(range.isYearOnly == isYearOnly)
    }

    @Test func findsTheRangeInsideALineAndReportsWhereItSits() throws {
        let line = "Ekonomiassistent, Malmö stad (2019-03 – 2021-02)"
        let range = try #require(parser.firstRange(in: line))
        let scalars = Array(line.unicodeScalars)
        let written = String(String.UnicodeScalarView(scalars[range.scalarRange]))
        #expect(written == "2019-03 – 2021-02")
    }

    @Test(arguments: ["Telefon: 070-123 45 67", "Postnummer 211 45", "Ansvar för 1200 fakturor", "Personnummer 850312-1234", ""])
    func findsNoRangeWhereThereIsNone(text: String) {
        #expect(parser.firstRange(in: text) == nil)
    }

    @Test func singleYearIsOneMonthNotZero() throws {
        let range = try #require(parser.firstRange(in: "2018 Sommarjobb"))
        #expect(range.months.start == YearMonth(year: 2018, month: 12))
        #expect(range.months.end == YearMonth(year: 2018, month: 12))
    }
}
