/// One requirement of a role profile or job posting, with the sentence it was read from.
///
/// A profile's requirements are an AND of items; ``Condition/anyOf(_:)`` is an OR of alternatives,
/// each itself an AND of requirements.
public struct Requirement: Sendable, Hashable {
    /// The source sentence, repaired for OCR noise.
    public var text: String
    /// What the requirement asks for.
    public var condition: Condition

    public init(text: String, condition: Condition) {
        self.text = text
        self.condition = condition
    }

    /// What a requirement asks for; the JSON `kind` names the case.
    public enum Condition: Sendable, Hashable {
        /// At least `level` of education, in `field` when one is named; `orEquivalent` for "eller likvärdig".
        case education(level: EducationLevel, field: EducationField?, orEquivalent: Bool)
        /// At least `months` of work `as` the occupation or in `similar` work.
        case experience(months: Int, occupation: OccupationID?, match: ExperienceMatch)
        /// Knowledge of a system of `category`; `open` when any system of the category will do.
        case system(category: SystemCategory, examples: [String], open: Bool, level: SkillLevel)
        /// Office software (MS Office or equivalent) at `level`.
        case office(level: SkillLevel)
        /// A language (ISO 639-1) at `level`, spoken and/or written.
        case language(language: String, spoken: Bool, written: Bool, level: LanguageLevel)
        /// A driving licence of `licenceClass` ("B").
        case licence(licenceClass: String)
        /// Knowledge of the laws and regulations on `topic`.
        case law(topic: String)
        /// Practical experience of the public sector.
        case publicSector
        /// A requirement only a person can judge.
        case judgement
        /// Any one of the alternatives, each an AND of requirements.
        case anyOf([[Requirement]])
    }

    /// The JSON `kind` of the requirement.
    public var kind: String {
        switch condition {
        case .education: "education"
        case .experience: "experience"
        case .system: "system"
        case .office: "office"
        case .language: "language"
        case .licence: "licence"
        case .law: "law"
        case .publicSector: "publicSector"
        case .judgement: "judgement"
        case .anyOf: "anyOf"
        }
    }
}

// MARK: - Codable

extension Requirement: Codable {
    private enum Key: String, CodingKey {
        case kind, text, level, field, orEquivalent, months, occupation, match, category, examples, open
        case language, spoken, written
        case licenceClass = "class"
        case topic, alternatives
    }

    /// Thrown for a `kind` that the model does not know.
    public struct UnknownKind: Error, CustomStringConvertible {
        public var kind: String
        public var description: String {
            "unknown requirement kind '\(kind)'; expected one of education, experience, system, office, language, "
                + "licence, law, publicSector, judgement, anyOf"
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        let kind = try c.decode(String.self, forKey: .kind)
        text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
        switch kind {
        case "education":
            condition = .education(
                level: try c.decode(EducationLevel.self, forKey: .level),
                field: try c.decodeIfPresent(EducationField.self, forKey: .field),
                orEquivalent: try c.decodeIfPresent(Bool.self, forKey: .orEquivalent) ?? false)
        case "experience":
            condition = .experience(
                months: try c.decode(Int.self, forKey: .months),
                occupation: try c.decodeIfPresent(OccupationID.self, forKey: .occupation),
                match: try c.decodeIfPresent(ExperienceMatch.self, forKey: .match) ?? .as)
        case "system":
            condition = .system(
                category: try c.decode(SystemCategory.self, forKey: .category),
                examples: try c.decodeIfPresent([String].self, forKey: .examples) ?? [],
                open: try c.decodeIfPresent(Bool.self, forKey: .open) ?? true,
                level: try c.decodeIfPresent(SkillLevel.self, forKey: .level) ?? .kunskaper)
        case "office":
            condition = .office(level: try c.decodeIfPresent(SkillLevel.self, forKey: .level) ?? .kunskaper)
        case "language":
            condition = .language(
                language: try c.decode(String.self, forKey: .language),
                spoken: try c.decodeIfPresent(Bool.self, forKey: .spoken) ?? true,
                written: try c.decodeIfPresent(Bool.self, forKey: .written) ?? true,
                level: try c.decodeIfPresent(LanguageLevel.self, forKey: .level) ?? .b2)
        case "licence":
            condition = .licence(licenceClass: try c.decode(String.self, forKey: .licenceClass))
        case "law":
            condition = .law(topic: try c.decodeIfPresent(String.self, forKey: .topic) ?? "")
        case "publicSector":
            condition = .publicSector
        case "judgement":
            condition = .judgement
        case "anyOf":
            condition = .anyOf(try c.decode([[Requirement]].self, forKey: .alternatives))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: c, debugDescription: UnknownKind(kind: kind).description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(text, forKey: .text)
        switch condition {
        case .education(let level, let field, let orEquivalent):
            try c.encode(level, forKey: .level)
            try c.encode(field, forKey: .field)
            try c.encode(orEquivalent, forKey: .orEquivalent)
        case .experience(let months, let occupation, let match):
            try c.encode(months, forKey: .months)
            try c.encode(occupation, forKey: .occupation)
            try c.encode(match, forKey: .match)
        case .system(let category, let examples, let open, let level):
            try c.encode(category, forKey: .category)
            try c.encode(examples, forKey: .examples)
            try c.encode(open, forKey: .open)
            try c.encode(level, forKey: .level)
        case .office(let level):
            try c.encode(level, forKey: .level)
        case .language(let language, let spoken, let written, let level):
            try c.encode(language, forKey: .language)
            try c.encode(spoken, forKey: .spoken)
            try c.encode(written, forKey: .written)
            try c.encode(level, forKey: .level)
        case .licence(let licenceClass):
            try c.encode(licenceClass, forKey: .licenceClass)
        case .law(let topic):
            try c.encode(topic, forKey: .topic)
        case .publicSector, .judgement:
            break
        case .anyOf(let alternatives):
            try c.encode(alternatives, forKey: .alternatives)
        }
    }
}
