import Foundation
import PassformCore
import PassformXML

/// Reads a Europass CV in XML into a ``Candidate``: the v3 `SkillsPassport` documents, and the older
/// `learnerinfo` dialects (v1.x, v2.0) as far as they carry the same facts.
///
/// Europass levels map to the ladder by EQF: 1–2 grundskola, 3–4 gymnasium, 5 yrkeshögskola, 6 högskola,
/// 7–8 master. A foreign language's level is the lowest of its CEFR self-assessment grid; a mother tongue is
/// `native`. Each fact's source is the XML line of the element it came from, quoted as readable text.
public struct EuropassParser: Sendable {
    package var facts: CVFactReader

    public init(vocabulary: Vocabulary = .standard, words: CVVocabulary = .standard) {
        facts = CVFactReader(vocabulary: vocabulary, words: words)
    }

    /// The candidate in a Europass document, or nil when `root` is not one.
    public func parse(_ root: MarkupNode, asOf: YearMonth) -> Candidate? {
        if root.name == "SkillsPassport", let learner = root.child("LearnerInfo") {
            return parseV3(learner, asOf: asOf)
        }
        if root.name.lowercased() == "learnerinfo" {
            return parseLearnerInfo(root, asOf: asOf)
        }
        if let learner = root.descendants("LearnerInfo").first { return parseV3(learner, asOf: asOf) }
        return nil
    }

    // MARK: - v3 SkillsPassport

    private func parseV3(_ learner: MarkupNode, asOf: YearMonth) -> Candidate {
        var candidate = Candidate()
        if let identification = learner.child("Identification") {
            let first = text(identification.path("PersonName", "FirstName"))
            let last = text(identification.path("PersonName", "Surname"))
            let name = [first, last].compactMap { $0 }.joined(separator: " ")
            candidate.name = name.isEmpty ? nil : name
            let contact = identification.child("ContactInfo")
            candidate.contacts.emails = (contact?.descendants("Email") ?? []).compactMap { text($0.child("Contact")) }
            candidate.contacts.phones = (contact?.descendants("Telephone") ?? []).compactMap { text($0.child("Contact")) }
            candidate.contacts.links = (contact?.descendants("Website") ?? []).compactMap { text($0.child("Contact")) }
            if let address = contact?.path("Address", "Contact") {
                let parts = ["AddressLine", "PostalCode", "Municipality"].compactMap { text(address.child($0)) }
                    + [text(address.path("Country", "Label"))].compactMap { $0 }
                if !parts.isEmpty { candidate.contacts.address = parts.joined(separator: ", ") }
            }
            if let demographics = identification.child("Demographics") {
                if let birth = demographics.child("Birthdate") {
                    candidate.contacts.birthDate = birthDate(
                        year: birth.attributes["year"] ?? text(birth.child("Year")), month: birth.attributes["month"] ?? text(birth.child("Month")),
                        day: birth.attributes["day"] ?? text(birth.child("Day")))
                }
                candidate.contacts.gender = text(demographics.path("Gender", "Code")).map(gender)
            }
            if identification.child("Photo") != nil { candidate.warnings.append("a photo left out") }
        }
        for work in learner.descendants("WorkExperience") {
            let title = text(work.path("Position", "Label")) ?? ""
            let employer = text(work.path("Employer", "Name"))
            let range = period(work.child("Period"))
            let source = span(work, [title, employer ?? "", range.map(describe) ?? ""])
            if title.isEmpty {
                candidate.warnings.append("line \(work.line): a job without a position is left out")
                continue
            }
            candidate.employment.append(
                facts.employment(title: title, employer: employer, range: range, source: source, asOf: asOf, warnings: &candidate.warnings))
            scan(work.child("Activities"), into: &candidate)
        }
        for education in learner.descendants("Education") where education.child("Title") != nil || education.child("Period") != nil {
            let title = text(education.child("Title")) ?? ""
            let institution = text(education.path("Organisation", "Name"))
            let eqf = text(education.path("Level", "Code")).flatMap(Int.init)
            let level = eqf.flatMap(Self.level(eqf:)) ?? facts.educationLevel(in: [title, institution ?? ""].joined(separator: ", "))
            let field = facts.educationField(in: title) ?? text(education.path("Field", "Label")).flatMap(facts.educationField(in:))
            let range = period(education.child("Period"))
            let months = range?.months
            candidate.education.append(
                EducationEntry(
                    level: level, field: field, title: title, institution: institution, start: months?.start, end: months?.end ?? nil,
                    source: span(education, [title, institution ?? ""])))
            scan(education.child("Activities"), into: &candidate)
        }
        if let skills = learner.child("Skills") {
            for mother in skills.descendants("MotherTongue") {
                if let language = language(code: text(mother.path("Description", "Code")), label: text(mother.path("Description", "Label"))) {
                    append(LanguageSkill(language: language, level: .native, source: span(mother, [text(mother.path("Description", "Label")) ?? language, "mother tongue"])), to: &candidate)
                }
            }
            for foreign in skills.descendants("ForeignLanguage") {
                guard let language = language(code: text(foreign.path("Description", "Code")), label: text(foreign.path("Description", "Label"))) else { continue }
                let level = lowestLevel(foreign.child("ProficiencyLevel"))
                append(LanguageSkill(language: language, level: level, source: span(foreign, [text(foreign.path("Description", "Label")) ?? language, level?.rawValue ?? ""])), to: &candidate)
            }
            for licence in skills.descendants("Licence") {
                if let value = text(licence), !candidate.licences.contains(where: { $0.licenceClass == value }) {
                    candidate.licences.append(LicenceEntry(licenceClass: value, source: span(licence, ["Driving licence", value])))
                }
            }
            for name in ["Computer", "JobRelated", "Organisational", "Communication", "Other"] {
                if let section = skills.child(name) {
                    scan(section.child("Description"), into: &candidate)
                    for certificate in section.descendants("Certificate") {
                        if let title = text(certificate.child("Title")) {
                            candidate.certifications.append(NamedFact(name: title, source: span(certificate, [title])))
                        }
                    }
                }
            }
        }
        for achievement in learner.descendants("Achievement") {
            let code = text(achievement.path("Title", "Code")) ?? ""
            if code == "certifications" || code == "courses", let description = text(achievement.child("Description")) {
                candidate.certifications.append(NamedFact(name: description, source: span(achievement, [description])))
            }
            scan(achievement.child("Description"), into: &candidate)
        }
        finish(&candidate)
        return candidate
    }

    // MARK: - learnerinfo v1.x and v2.0

    private func parseLearnerInfo(_ root: MarkupNode, asOf: YearMonth) -> Candidate {
        var candidate = Candidate()
        if let identification = root.child("identification") {
            let name = [text(identification.child("firstname")), text(identification.child("lastname"))].compactMap { $0 }.joined(separator: " ")
            candidate.name = name.isEmpty ? nil : name
            if let contact = identification.child("contactinfo") {
                candidate.contacts.emails = [text(contact.child("email"))].compactMap { $0 }
                candidate.contacts.phones = [text(contact.child("telephone")), text(contact.child("mobile"))].compactMap { $0 }
                if let address = contact.child("address") {
                    let value = address.textContent.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                        .filter { !$0.isEmpty }.joined(separator: ", ")
                    if !value.isEmpty { candidate.contacts.address = value }
                }
            }
            if let demographics = identification.child("demographics") {
                candidate.contacts.birthDate = text(demographics.child("birthdate"))
                candidate.contacts.gender = text(demographics.child("gender")).map(gender)
            }
            if identification.child("photo") != nil { candidate.warnings.append("a photo left out") }
        }
        if root.descendants("photo").isEmpty == false, !candidate.warnings.contains("a photo left out") {
            candidate.warnings.append("a photo left out")
        }
        for work in root.descendants("workexperience") {
            let title = text(work.child("position")) ?? ""
            let employerText = text(work.child("employer"))
            // Old dialects write the employer's whole address in one field: keep the name before the first comma.
            let employer = employerText.map { String($0.split(separator: ",").first ?? Substring($0)).trimmingCharacters(in: .whitespaces) }
            let range = oldPeriod(work.child("period"))
            if title.isEmpty { continue }
            let source = span(work, [title, employer ?? "", range.map(describe) ?? ""])
            candidate.employment.append(
                facts.employment(title: title, employer: employer, range: range, source: source, asOf: asOf, warnings: &candidate.warnings))
            scan(work.child("activities"), into: &candidate)
        }
        for education in root.descendants("education") {
            let title = text(education.child("title")) ?? ""
            let institution = text(education.child("organisation")).map { String($0.split(whereSeparator: \.isNewline).first ?? "") }
            let levelText = text(education.child("level")) ?? ""
            let eqf = Int(levelText.filter(\.isNumber))
            let level = (levelText.count <= 8 ? eqf.flatMap(Self.level(eqf:)) : nil)
                ?? facts.educationLevel(in: [title, levelText, institution ?? ""].joined(separator: ", "))
            let range = oldPeriod(education.child("period"))
            let months = range?.months
            candidate.education.append(
                EducationEntry(
                    level: level, field: facts.educationField(in: title), title: title, institution: institution, start: months?.start,
                    end: months?.end ?? nil, source: span(education, [title, institution ?? ""])))
        }
        for language in root.descendants("language") {
            let type = (language.attributes["type"] ?? "").lowercased()
            let code = text(language.child("code"))
            let label = text(language.child("label")) ?? text(language.child("name"))
            guard let code = self.language(code: code, label: label) else { continue }
            let level: LanguageLevel? = type.hasSuffix("mother") ? .native : lowestLevel(language.child("level"))
            append(LanguageSkill(language: code, level: level, source: span(language, [label ?? code, level?.rawValue ?? ""])), to: &candidate)
        }
        for skill in root.descendants("skill") + root.descendants("structured-skill") {
            let type = (skill.attributes["type"] ?? "").lowercased()
            guard let value = text(skill) else { continue }
            if type.hasSuffix("driving") {
                let reading = facts.licences(in: value, inSection: true)
                if case .classes(let classes) = reading {
                    for licenceClass in classes where !candidate.licences.contains(where: { $0.licenceClass == licenceClass }) {
                        candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: span(skill, [value])))
                    }
                }
            } else {
                scan(skill, into: &candidate)
            }
        }
        finish(&candidate)
        return candidate
    }

    // MARK: - Pieces

    /// The trimmed text of an element, nil when empty. Europass "Activities" may hold escaped HTML: tags are dropped.
    private func text(_ node: MarkupNode?) -> String? {
        guard let node else { return nil }
        var value = node.textContent
        if value.contains("<") { value = Self.withoutTags(value) }
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func withoutTags(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" {
                inTag = true
                out.append(" ")
            } else if c == ">" {
                inTag = false
            } else if !inTag {
                out.append(c)
            }
        }
        return out.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&nbsp;", with: " ")
    }

    private func span(_ node: MarkupNode, _ parts: [String]) -> SourceSpan {
        SourceSpan(line: node.line, text: parts.filter { !$0.isEmpty }.joined(separator: ", "))
    }

    private func describe(_ range: DateRange) -> String {
        let start = range.start.description
        if range.isCurrent { return "\(start) – now" }
        return range.end.map { "\(start) – \($0)" } ?? start
    }

    /// Systems, laws and licences in a free-text element.
    private func scan(_ node: MarkupNode?, into candidate: inout Candidate) {
        guard let node, let value = text(node) else { return }
        for line in value.split(whereSeparator: \.isNewline) {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            let source = SourceSpan(line: node.line, text: text)
            candidate.skills += facts.skills(in: text, source: source)
            for law in facts.laws(in: text, source: source) where !candidate.laws.contains(where: { $0.name == law.name }) {
                candidate.laws.append(law)
            }
        }
    }

    private func finish(_ candidate: inout Candidate) {
        var seen: [String: Int] = [:]
        var skills: [SkillEntry] = []
        for skill in candidate.skills {
            if let i = seen[skill.name] {
                if let level = skill.level, skills[i].level.map({ level > $0 }) ?? true { skills[i] = skill }
            } else {
                seen[skill.name] = skills.count
                skills.append(skill)
            }
        }
        candidate.skills = skills
    }

    private func append(_ language: LanguageSkill, to candidate: inout Candidate) {
        if let i = candidate.languages.firstIndex(where: { $0.language == language.language }) {
            if let level = language.level, candidate.languages[i].level.map({ level > $0 }) ?? true { candidate.languages[i] = language }
        } else {
            candidate.languages.append(language)
        }
    }

    /// An ISO 639-1 code from Europass's code, or from its label through the vocabulary.
    private func language(code: String?, label: String?) -> String? {
        if let code = code?.lowercased(), code.count == 2 {
            return code == "nb" || code == "nn" ? "no" : code
        }
        if let label, let match = facts.vocabulary.languageNames.firstMatch(in: label, compounds: false) { return match.value }
        return code?.lowercased()
    }

    /// The lowest CEFR level of a self-assessment grid (listening, reading, spoken interaction, spoken production, writing).
    private func lowestLevel(_ grid: MarkupNode?) -> LanguageLevel? {
        guard let grid else { return nil }
        let levels = grid.elements.compactMap { text($0).flatMap { LanguageLevel(rawValue: $0.uppercased()) } }
        return levels.min()
    }

    /// `"1940"`, `"--03"`, `"---10"` → `1940-03-10`.
    private func birthDate(year: String?, month: String?, day: String?) -> String? {
        guard let year else { return nil }
        func padded(_ text: String?) -> String {
            let digits = text?.filter(\.isNumber) ?? ""
            return digits.count == 1 ? "0" + digits : digits
        }
        let m = padded(month)
        let d = padded(day)
        return [year, m, d].filter { !$0.isEmpty }.joined(separator: "-")
    }

    private func gender(_ code: String) -> String {
        switch code.uppercased() {
        case "F": "female"
        case "M": "male"
        default: code
        }
    }

    static func level(eqf: Int) -> EducationLevel? {
        switch eqf {
        case 1, 2: .grundskola
        case 3, 4: .gymnasium
        case 5: .yrkeshogskola
        case 6: .hogskola
        case 7, 8: .master
        default: nil
        }
    }

    /// A v3 `Period`: `From`/`To` with `year`/`month` attributes, or `Current`.
    private func period(_ node: MarkupNode?) -> DateRange? {
        // XML writes `<From year="2019" month="--03"/>`; the JSON form `"From": {"Year": 2019, "Month": 3}`.
        func date(_ point: MarkupNode) -> CVDate? {
            self.date(year: point.attributes["year"] ?? text(point.child("Year")), month: point.attributes["month"] ?? text(point.child("Month")))
        }
        guard let node, let from = node.child("From"), let start = date(from) else { return nil }
        let isCurrent = text(node.child("Current"))?.lowercased() == "true"
        let end = node.child("To").flatMap(date)
        return DateRange(start: start, end: isCurrent ? nil : end, isCurrent: isCurrent || end == nil, scalarRange: 0..<0)
    }

    /// A v1/v2 `period`: `from`/`to` with `year`/`month` children, or an end-less period that is current.
    private func oldPeriod(_ node: MarkupNode?) -> DateRange? {
        guard let node, let from = node.child("from"),
            let start = date(year: text(from.child("year")), month: text(from.child("month")))
        else { return nil }
        let end = node.child("to").flatMap { date(year: text($0.child("year")), month: text($0.child("month"))) }
        return DateRange(start: start, end: end, isCurrent: end == nil, scalarRange: 0..<0)
    }

    private func date(year: String?, month: String?) -> CVDate? {
        guard let year, let y = Int(year.filter(\.isNumber)), (1900...2100).contains(y) else { return nil }
        if let month, let m = Int(month.filter(\.isNumber)), (1...12).contains(m) { return CVDate(year: y, month: m) }
        return CVDate(year: y)
    }
}
