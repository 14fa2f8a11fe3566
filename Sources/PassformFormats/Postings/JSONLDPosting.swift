import Foundation
import PassformCore
import PassformXML

/// A schema.org `JobPosting` from JSON-LD: its fields as ``JobPostingParser/Hints`` and its `description`
/// (HTML inside a string) as text for ``JobPostingParser``.
struct JSONLDPosting {
    var text: String
    var hints: JobPostingParser.Hints

    /// The first `JobPosting` in parsed JSON: a top-level object, an array, or an `@graph`.
    static func find(in json: Any) -> [String: Any]? {
        if let object = json as? [String: Any] {
            if types(of: object).contains("JobPosting") { return object }
            if let graph = object["@graph"] { return find(in: graph) }
            for key in object.keys.sorted() {
                if let nested = object[key] as? [String: Any], let found = find(in: nested) { return found }
            }
            return nil
        }
        if let array = json as? [Any] {
            for element in array { if let found = find(in: element) { return found } }
        }
        return nil
    }

    /// The `@type` values anywhere in the JSON, for an error message.
    static func allTypes(in json: Any) -> [String] {
        var found: [String] = []
        func walk(_ value: Any) {
            if let object = value as? [String: Any] {
                found += types(of: object)
                for key in object.keys.sorted() { walk(object[key] as Any) }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(json)
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.replacingOccurrences(of: "schema:", with: "")] }
        if let types = object["@type"] as? [String] { return types.map { $0.replacingOccurrences(of: "schema:", with: "") } }
        return []
    }

    init(_ object: [String: Any], parser: MarkupParser = MarkupParser()) {
        func string(_ value: Any?) -> String? {
            if let text = value as? String { return text.trimmingCharacters(in: .whitespacesAndNewlines) }
            if let number = value as? NSNumber { return number.stringValue }
            if let object = value as? [String: Any] { return string(object["name"]) ?? string(object["value"]) }
            if let array = value as? [Any] {
                let parts = array.compactMap { string($0) }.filter { !$0.isEmpty }
                return parts.isEmpty ? nil : parts.joined(separator: ", ")
            }
            return nil
        }
        func html(_ value: Any?) -> String {
            var parts: [String] = []
            if let array = value as? [Any] {
                parts = array.compactMap { string($0) }
            } else if let text = string(value) {
                parts = [text]
            }
            return parts.map { Self.plainText(fromHTML: $0, parser: parser) }.joined(separator: "\n")
        }
        var hints = JobPostingParser.Hints()
        hints.title = string(object["title"])
        hints.employer = string(object["hiringOrganization"])
        hints.location = Self.location(object["jobLocation"])
        hints.language = string(object["inLanguage"])
        hints.deadline = string(object["validThrough"])
        hints.extent = string(object["employmentType"])
        hints.salary = Self.salary(object["baseSalary"] ?? object["estimatedSalary"])
        let sections: [(String, PostingSection.Kind)] = [
            ("responsibilities", .tasks), ("qualifications", .requirements), ("skills", .requirements),
            ("educationRequirements", .requirements), ("experienceRequirements", .requirements),
        ]
        for (key, kind) in sections {
            let items = JobPostingParser.listItems(of: html(object[key]))
            if !items.isEmpty { hints.sections.append(PostingSection(kind: kind, items: items)) }
        }
        self.hints = hints
        self.text = html(object["description"])
    }

    private static func location(_ value: Any?) -> String? {
        if let array = value as? [Any] {
            let places = array.compactMap { location($0) }
            return places.isEmpty ? nil : places.joined(separator: "; ")
        }
        guard let place = value as? [String: Any] else { return (value as? String) }
        if let address = place["address"] as? [String: Any] {
            for key in ["addressLocality", "addressRegion", "streetAddress", "addressCountry"] {
                if let text = address[key] as? String, !text.isEmpty { return text }
            }
        }
        if let address = place["address"] as? String, !address.isEmpty { return address }
        return place["name"] as? String
    }

    private static func salary(_ value: Any?) -> JobPosting.Salary? {
        guard let amount = value as? [String: Any] else { return nil }
        let currency = (amount["currency"] as? String)?.uppercased()
        var min: Int?
        var max: Int?
        var unit: String?
        func number(_ value: Any?) -> Int? {
            if let number = value as? NSNumber { return number.intValue }
            if let text = value as? String { return Int(text.filter(\.isNumber)) }
            return nil
        }
        if let quantity = amount["value"] as? [String: Any] {
            min = number(quantity["minValue"]) ?? number(quantity["value"])
            max = number(quantity["maxValue"]) ?? number(quantity["value"])
            unit = quantity["unitText"] as? String
        } else {
            min = number(amount["value"])
            max = min
        }
        unit = unit ?? amount["unitText"] as? String
        guard min != nil || max != nil else { return nil }
        let period: JobPosting.Salary.Period? =
            switch unit?.uppercased() {
            case "YEAR": .year
            case "MONTH": .month
            case "HOUR": .hour
            default: nil
            }
        let range = [min, max].compactMap { $0 }.map(String.init)
        var text = (currency.map { $0 + " " } ?? "") + (range.first == range.last ? range.first ?? "" : range.joined(separator: "–"))
        if let unit { text += " per " + unit.lowercased() }
        return JobPosting.Salary(min: min, max: max, currency: currency, period: period, text: text)
    }

    /// The text of an HTML fragment, one block a line; plain text passes through. Escaped markup ("&lt;p&gt;") is
    /// unescaped by the first pass and stripped by a second.
    static func plainText(fromHTML fragment: String, parser: MarkupParser) -> String {
        var text = fragment
        for _ in 0..<2 where text.contains("<") || text.contains("&") {
            guard let root = try? parser.parseHTML(Data(("<html><body>" + text + "</body></html>").utf8)) else { break }
            text = HTMLText.text(of: root)
        }
        return text
    }
}
