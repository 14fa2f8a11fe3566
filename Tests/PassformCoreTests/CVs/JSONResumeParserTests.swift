import Foundation
import PassformCore
import PassformTestSupport
import Testing

struct JSONResumeParserTests {
    let parser = JSONResumeParser()
    let asOf = YearMonth(year: 2026, month: 11)

    @Test func mapsWorkEducationSkillsAndLanguages() throws {
        let text = """
            {
              "basics": {"name": "Test Person", "email": "t@example.se"},
              "work": [
                {"name": "Huddinge kommun", "position": "Ekonomiassistent", "startDate": "2023-03-01"},
                {"name": "Telia Sverige AB", "position": "Kundtjänstmedarbetare", "startDate": "2019-01", "endDate": "2023-02"}
              ],
              "education": [{"institution": "Yrkeshögskolan i Stockholm", "area": "Redovisning", "studyType": "Yrkeshögskoleexamen"}],
              "skills": [{"name": "Visma", "level": "Intermediate"}],
              "languages": [{"language": "Swedish", "fluency": "Native speaker"}]
            }
            """
        let candidate = try parser.parse(text, asOf: asOf, file: "x.json")
        #expect(candidate.name == "Test Person")
        #expect(candidate.experienceMonthsByOccupation(asOf: asOf) == ["ekonomiassistent": 45, "kundtjanst": 50])
        #expect(candidate.employment[0].publicSector)
        #expect(candidate.employment[0].source.line == 4)
        #expect(candidate.education.first?.level == .yrkeshogskola)
        #expect(candidate.education.first?.field == "ekonomi")
        #expect(candidate.skills.first?.level == .goda)
        #expect(candidate.languages.first?.level == .native)
    }

    @Test func aDrivingLicenceListedAsACertificateIsALicence() throws {
        let text = """
            {
              "basics": {"name": "Test Person"},
              "work": [{"name": "Odense Kommune", "position": "Bogholder", "startDate": "2023-03"}],
              "certificates": [{"name": "Kørekort kategori B"}, {"name": "Certifierad redovisningskonsult"}]
            }
            """
        let candidate = try parser.parse(text, asOf: asOf, file: "x.json")
        #expect(candidate.licences.map(\.licenceClass) == ["B"])
        #expect(candidate.licences.first?.source.line == 4)
        #expect(candidate.certifications.map(\.name) == ["Certifierad redovisningskonsult"])
    }

    @Test func brokenJSONSaysSo() {
        let error = #expect(throws: CVParseError.self) { try parser.parse("{\"basics\": {\"name\": \"A\"", asOf: asOf, file: "a.json") }
        #expect(error?.description == "a.json: not valid JSON (the document ends before all brackets are closed (truncated?))")
    }

    @Test func otherJSONIsNotAResume() {
        let error = #expect(throws: CVParseError.self) { try parser.parse("{\"invoice\": 42}", asOf: asOf, file: "a.json") }
        #expect(error?.reason == .unknownJSON)
    }

    @Test(.enabled(if: Fixtures.realWorld != nil, "needs ../shared/realworld"))
    func readsTheOfficialSample() throws {
        let url = try #require(Fixtures.realWorld).appendingPathComponent("cvs/jsonresume_sample.resume.json")
        let candidate = try parser.parse(try String(contentsOf: url, encoding: .utf8), asOf: asOf)
        #expect(candidate.name == "Richard Hendriks")
        #expect(candidate.employment.count == 1)
        #expect(candidate.employment.first?.start == YearMonth(year: 2013, month: 12))
        #expect(candidate.education.first?.level == .hogskola)
        #expect(candidate.languages.first?.language == "en")
    }
}
