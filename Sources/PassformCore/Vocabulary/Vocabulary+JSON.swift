import Foundation

// The four file shapes read from a parsed JSONValue (see JSONValue+Fields.swift), under JSONDecoder's rules for
// these types: every top-level list is optional, and a list that is there but not of the shape fails the file.

extension Vocabulary.OccupationFile {
    init?(json: JSONObject) {
        guard case .some(let families) = json.optional("families", { $0.list(Family.init(json:)) }),
            case .some(let occupations) = json.optional("occupations", { $0.list(Occupation.init(json:)) }),
            case .some(let outsideTitles) = json.optional("outsideTitles", \.strings)
        else { return nil }
        self.init(families: families, occupations: occupations, outsideTitles: outsideTitles)
    }
}

extension Vocabulary.OccupationFile.Family {
    init?(json: JSONObject) {
        guard let id = json["id"]?.string, case .some(let field) = json.optional("field", \.string),
            let occupations = json["occupations"]?.strings
        else { return nil }
        self.init(id: id, field: field.map(EducationField.init(rawValue:)), occupations: occupations.map(OccupationID.init(rawValue:)))
    }
}

extension Vocabulary.OccupationFile.Occupation {
    init?(json: JSONObject) {
        guard let id = json["id"]?.string, let titles = json["titles"]?.strings else { return nil }
        self.init(id: OccupationID(rawValue: id), titles: titles)
    }
}

extension Vocabulary.SystemFile {
    init?(json: JSONObject) {
        guard case .some(let categories) = json.optional("categories", { $0.list(Category.init(json:)) }),
            case .some(let systems) = json.optional("systems", { $0.list(System.init(json:)) })
        else { return nil }
        self.init(categories: categories, systems: systems)
    }
}

extension Vocabulary.SystemFile.Category {
    init?(json: JSONObject) {
        guard let id = json["id"]?.string, case .some(let label) = json.optional("label", \.string),
            let terms = json["terms"]?.strings
        else { return nil }
        self.init(id: SystemCategory(rawValue: id), label: label, terms: terms)
    }
}

extension Vocabulary.SystemFile.System {
    init?(json: JSONObject) {
        guard let name = json["name"]?.string, let category = json["category"]?.string,
            let aliases = json["aliases"]?.strings
        else { return nil }
        self.init(name: name, category: SystemCategory(rawValue: category), aliases: aliases)
    }
}

extension Vocabulary.FieldFile {
    init?(json: JSONObject) {
        guard case .some(let fields) = json.optional("fields", { $0.list(Field.init(json:)) }),
            case .some(let levels) = json.optional("levels", { $0.list(Level.init(json:)) })
        else { return nil }
        self.init(fields: fields, levels: levels)
    }
}

extension Vocabulary.FieldFile.Field {
    init?(json: JSONObject) {
        guard let id = json["id"]?.string, let terms = json["terms"]?.strings else { return nil }
        self.init(id: EducationField(rawValue: id), terms: terms)
    }
}

extension Vocabulary.FieldFile.Level {
    init?(json: JSONObject) {
        guard let level = json["level"]?.string.flatMap(EducationLevel.init(rawValue:)), let terms = json["terms"]?.strings
        else { return nil }
        self.init(level: level, terms: terms)
    }
}

extension Vocabulary.LanguageFile {
    init?(json: JSONObject) {
        guard case .some(let languages) = json.optional("languages", { $0.list(Language.init(json:)) }),
            case .some(let levels) = json.optional("levels", { $0.list(Level.init(json:)) })
        else { return nil }
        self.init(languages: languages, levels: levels)
    }
}

extension Vocabulary.LanguageFile.Language {
    init?(json: JSONObject) {
        guard let code = json["code"]?.string, let names = json["names"]?.strings else { return nil }
        self.init(code: code, names: names)
    }
}

extension Vocabulary.LanguageFile.Level {
    init?(json: JSONObject) {
        guard let level = json["level"]?.string.flatMap(LanguageLevel.init(rawValue:)), let terms = json["terms"]?.strings
        else { return nil }
        self.init(level: level, terms: terms)
    }
}
