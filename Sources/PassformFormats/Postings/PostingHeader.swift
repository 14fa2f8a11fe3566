import Foundation
import PassformCore

/// A header of `key: value` lines above an ad's text: Markdown front matter between `---` lines, or lines
/// ending with a `---` line, as exports of job boards write them ("headline: …", "employer: …",
/// "application_deadline: …"). Known keys become ``JobPostingParser/Hints``; other keys are ignored.
struct PostingHeader {
    var hints = JobPostingParser.Hints()
    var body: String

    /// The hint a key sets (keys folded, without spaces, dashes or underscores), or nil for a key Passform ignores.
    static func hint(for key: String) -> WritableKeyPath<JobPostingParser.Hints, String?>? {
        switch key {
        case "title", "headline", "rubrik", "tittel", "titel", "jobtitle": \.title
        case "employer", "company", "arbetsgivare", "arbeidsgiver", "arbejdsgiver", "hiringorganization": \.employer
        case "location", "municipality", "ort", "sted", "kommun", "kommune", "city", "arbetsort", "arbeidssted": \.location
        case "deadline", "applicationdeadline", "validthrough", "expires", "sistaansokningsdag", "soknadsfrist", "ansogningsfrist":
            \.deadline
        case "language", "lang", "inlanguage", "sprak": \.language
        case "extent", "employmenttype", "omfattning", "anstallningsform": \.extent
        default: nil
        }
    }

    /// Splits a header from `text`; without one, the whole text is the body.
    init(_ text: String) {
        body = text
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var start = 0
        while start < lines.count, lines[start].trimmingCharacters(in: .whitespaces).isEmpty { start += 1 }
        guard start < lines.count else { return }
        let opensWithRule = lines[start].trimmingCharacters(in: .whitespaces) == "---"
        var i = opensWithRule ? start + 1 : start
        var fields: [(String, String)] = []
        while i < lines.count, i - start < 60 {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line == "---" { break }
            guard let field = Self.field(line) else { return }
            fields.append(field)
            i += 1
        }
        guard i < lines.count, fields.count >= (opensWithRule ? 1 : 2) else { return }
        for (key, value) in fields {
            guard let path = Self.hint(for: key), hints[keyPath: path] == nil else { continue }
            hints[keyPath: path] = value
        }
        body = lines[(i + 1)...].joined(separator: "\n")
    }

    /// `key: value` with a short key of letters, spaces, `_`, `-` and parentheses; nil for any other line.
    static func field(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[..<colon]
        guard !key.isEmpty, key.count <= 40, key.first?.isLetter == true,
            key.allSatisfy({ $0.isLetter || $0.isNumber || " _-()".contains($0) })
        else { return nil }
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let folded = Folding.asciiFold(String(key)).filter { $0.isLetter || $0.isNumber }
        let quoted = value.count >= 2 && value.first == "\"" && value.last == "\""
        return (folded, quoted ? String(value.dropFirst().dropLast()) : value)
    }
}
