import Foundation
import PassformCore
import PassformXML

/// The Europass v3 JSON form (`{"SkillsPassport": {"LearnerInfo": …}}`), read by turning it into the element tree
/// of the XML form: an object becomes an element, an array repeats its key, a value becomes text.
extension EuropassParser {
    /// The candidate in a Europass JSON document, or nil when `text` is not one.
    public func parse(json text: String, asOf: YearMonth) -> Candidate? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            let passport = object["SkillsPassport"]
        else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let root = Self.elements(named: "SkillsPassport", from: passport, lines: lines).first else { return nil }
        return parse(root, asOf: asOf)
    }

    static func elements(named name: String, from value: Any, lines: [String]) -> [MarkupNode] {
        switch value {
        case let array as [Any]:
            return array.flatMap { elements(named: name, from: $0, lines: lines) }
        case let object as [String: Any]:
            let children = object.keys.sorted().flatMap { key in elements(named: key, from: object[key] as Any, lines: lines) }
            let line = children.first { $0.line > 0 }?.line ?? 0
            return [MarkupNode(kind: .element, name: name, children: children, line: line)]
        case let text as String:
            return [leaf(name, text, lines: lines)]
        case let number as NSNumber:
            // Europass's only flag is "Current"; JSONSerialization gives booleans as numbers.
            let text = name == "Current" ? (number.boolValue ? "true" : "false") : number.stringValue
            return [leaf(name, text, lines: lines)]
        default:
            return []
        }
    }

    /// An element holding `text`, on the line of the JSON file where `"name": "text"` is written.
    private static func leaf(_ name: String, _ text: String, lines: [String]) -> MarkupNode {
        let key = "\"\(name)\""
        let needle = text.split(separator: "\n").first.map(String.init) ?? text
        let line = lines.firstIndex { $0.contains(key) && $0.contains(needle) }.map { $0 + 1 } ?? 0
        return MarkupNode(
            kind: .element, name: name, children: [MarkupNode(kind: .text, name: "", text: text, line: line)], line: line)
    }
}
