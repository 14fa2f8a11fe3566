extension Requirement {
    /// What the requirement asks for, in one short line: "≥ 36 months as ekonomiassistent".
    public var summary: String {
        switch condition {
        case .education(let level, let field, let orEquivalent):
            var text = "education: \(level.rawValue)"
            if let field { text += " in \(field.rawValue)" }
            if orEquivalent { text += " (or equivalent)" }
            return text
        case .experience(let months, let occupation, let match):
            let what = occupation.map { match == .as ? "as \($0)" : "similar to \($0)" } ?? "any work"
            return "experience: ≥ \(months) months \(what)"
        case .system(let category, let examples, let open, let level):
            var text = "system: \(category.rawValue) (\(level.rawValue))"
            if !examples.isEmpty { text += " e.g. " + examples.joined(separator: ", ") }
            if open { text += examples.isEmpty ? ", any" : " or similar" }
            return text
        case .office(let level):
            return "office software (\(level.rawValue))"
        case .language(let language, let spoken, let written, let level):
            let modes = [spoken ? "spoken" : nil, written ? "written" : nil].compactMap { $0 }.joined(separator: " and ")
            return "language: \(language) \(modes) ≥ \(level.rawValue)"
        case .licence(let licenceClass):
            return "driving licence \(licenceClass)"
        case .law(let topic):
            return "knowledge of laws: \(topic)"
        case .publicSector:
            return "public-sector experience"
        case .judgement:
            return "for a person to judge"
        case .anyOf(let alternatives):
            return "one of: " + alternatives.map { "(" + $0.map(\.summary).joined(separator: " AND ") + ")" }
                .joined(separator: " OR ")
        }
    }
}
