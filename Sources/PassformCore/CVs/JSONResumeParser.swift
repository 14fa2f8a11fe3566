import Foundation

/// Reads a JSON Resume (jsonresume.org schema v1) into a ``Candidate``.
///
/// `basics` gives the name and contacts; `work` the jobs (`position`, `name` or `company`, `startDate`,
/// `endDate`; no end date means current); `education` the degrees (`studyType`, `area`, `institution`);
/// `skills` the systems (`name`, `level`, `keywords`); `languages` the languages (`language`, `fluency`);
/// `certificates` the certifications. Summaries and highlights are scanned for systems and laws.
/// Each fact's source is the line of the JSON file where its value is written.
public struct JSONResumeParser: Sendable {
    package var facts: CVFactReader
    /// The facts read besides name, contacts, jobs, education and systems (``CVFacets``); all by default.
    public var facets: CVFacets = .all

    public init(vocabulary: Vocabulary = .standard, words: CVVocabulary = .standard) {
        facts = CVFactReader(vocabulary: vocabulary, words: words)
    }

    /// Reads the JSON text of a resume.
    /// - Throws: ``CVParseError`` when the text is not JSON, or is JSON of another shape.
    public func parse(_ text: String, asOf: YearMonth, file: String? = nil) throws -> Candidate {
        let document: JSONValue
        do {
            document = try JSONValue.parse(text)
        } catch {
            throw CVParseError(file: file, reason: .invalidJSON(detail: Self.problem(in: text)))
        }
        guard let root = document.object,
            root["basics"] != nil || root["work"] != nil || root["education"] != nil || root["skills"] != nil
        else {
            throw CVParseError(file: file, reason: .unknownJSON)
        }
        var locator = Locator(text: text)
        var candidate = Candidate()
        let basics = root["basics"]?.object ?? JSONObject()
        candidate.name = Self.string(basics["name"])
        if let email = Self.string(basics["email"]) { candidate.contacts.emails = [email] }
        if let phone = Self.string(basics["phone"]) { candidate.contacts.phones = [phone] }
        if let url = Self.string(basics["url"]) ?? Self.string(basics["website"]) { candidate.contacts.links.append(url) }
        for case .object(let profile) in Self.objectItems(basics["profiles"]) {
            if let url = Self.string(profile["url"]) { candidate.contacts.links.append(url) }
        }
        if let location = basics["location"]?.object {
            let parts = ["address", "postalCode", "city", "region", "countryCode"].compactMap { Self.string(location[$0]) }
            if !parts.isEmpty { candidate.contacts.address = parts.joined(separator: ", ") }
        }
        if Self.string(basics["image"]) != nil || Self.string(basics["picture"]) != nil {
            candidate.warnings.append("basics.image: a photo left out")
        }
        var scanned: [SourceSpan] = []
        for key in ["label", "summary"] {
            if let value = Self.string(basics[key]) { scanned.append(locator.span(of: value)) }
        }

        for case .object(let job) in Self.objectItems(root["work"]) {
            let title = Self.string(job["position"]) ?? ""
            let employer = Self.string(job["name"]) ?? Self.string(job["company"])
            let source = locator.span(of: title.isEmpty ? (employer ?? "") : title)
            guard !title.isEmpty else {
                candidate.warnings.append("line \(source.line): a job without a position is left out")
                continue
            }
            let range = Self.range(start: Self.string(job["startDate"]), end: Self.string(job["endDate"]))
            candidate.employment.append(
                facts.employment(title: title, employer: employer, range: range, source: source, asOf: asOf, warnings: &candidate.warnings))
            // Summary, description, then highlights, without arrays to chain them.
            if let summary = Self.string(job["summary"]) { scanned.append(locator.span(of: summary)) }
            if let description = Self.string(job["description"]) { scanned.append(locator.span(of: description)) }
            Self.forEachString(job["highlights"]) { scanned.append(locator.span(of: $0)) }
        }
        for case .object(let job) in Self.objectItems(root["volunteer"]) {
            if let summary = Self.string(job["summary"]) { scanned.append(locator.span(of: summary)) }
            Self.forEachString(job["highlights"]) { scanned.append(locator.span(of: $0)) }
        }

        for case .object(let school) in Self.objectItems(root["education"]) {
            let studyType = Self.string(school["studyType"]) ?? ""
            let area = Self.string(school["area"]) ?? ""
            let institution = Self.string(school["institution"])
            let title = studyType.isEmpty || area.isEmpty ? studyType + area : studyType + " i " + area
            let source = locator.span(of: studyType.isEmpty ? (institution ?? area) : studyType)
            let level = facts.educationLevel(in: studyType) ?? facts.educationLevel(in: title + ", " + (institution ?? ""))
            let field = facts.educationField(in: area) ?? facts.educationField(in: studyType)
            let range = Self.range(start: Self.string(school["startDate"]), end: Self.string(school["endDate"]))
            let months = range?.months
            candidate.education.append(
                EducationEntry(
                    level: level, field: field, title: title.isEmpty ? (institution ?? "") : title, institution: institution,
                    start: months?.start, end: months?.end ?? nil, source: source))
            if level == nil { candidate.warnings.append("line \(source.line): the level of an education is not recognised") }
        }

        for case .object(let skill) in Self.objectItems(root["skills"]) {
            let name = Self.string(skill["name"]) ?? ""
            let stated = Self.string(skill["level"]).flatMap(skillLevel)
            // The name, then each keyword.
            func read(_ value: String) {
                guard !value.isEmpty else { return }
                let source = locator.span(of: value)
                for var entry in facts.skills(in: value, source: source) {
                    entry.level = entry.level ?? stated
                    candidate.skills.append(entry)
                }
            }
            read(name)
            Self.forEachString(skill["keywords"], read)
        }

        for case .object(let language) in Self.objectItems(root["languages"]) {
            let name = Self.string(language["language"]) ?? ""
            let fluency = Self.string(language["fluency"]) ?? ""
            let source = locator.span(of: name)  // also when languages are left out: later values are found after it
            guard facets.contains(.languages) else { continue }
            guard let code = facts.vocabulary.languageNames.firstMatch(in: name, compounds: false)?.value else {
                if !name.isEmpty { candidate.warnings.append("line \(source.line): the language '\(CVFactReader.shortened(name))' is not known") }
                continue
            }
            let level = facts.vocabulary.languageLevels.firstMatch(in: fluency, compounds: false)?.value
            candidate.languages.append(LanguageSkill(language: code, level: level, source: source))
        }

        // Certificates and interests hold licences and certifications only; the values after them are already found.
        let certificates = facets.contains(.licences) || facets.contains(.certifications) ? Self.objectItems(root["certificates"]) : []
        for case .object(let certificate) in certificates {
            guard let name = Self.string(certificate["name"]) else { continue }
            // "Körkort B" listed as a certificate is a driving licence.
            if case .classes(let classes) = facts.licences(in: name, inSection: false) {
                for licenceClass in classes where !candidate.licences.contains(where: { $0.licenceClass == licenceClass }) {
                    candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: locator.span(of: name)))
                }
                continue
            }
            candidate.certifications.append(NamedFact(name: name, source: locator.span(of: name)))
        }
        for case .object(let interest) in facets.contains(.licences) ? Self.objectItems(root["interests"]) : [] {
            func read(_ value: String) {
                if case .classes(let classes) = facts.licences(in: value, inSection: false) {
                    for licenceClass in classes { candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: locator.span(of: value))) }
                }
            }
            if let name = Self.string(interest["name"]) { read(name) }
            Self.forEachString(interest["keywords"], read)
        }

        for source in scanned {
            let folded = CVText.words(source.text)
            candidate.skills += facts.skills(in: source.text, folded: folded, source: source)
            for law in facets.contains(.laws) ? facts.laws(in: source.text, folded: folded, source: source) : []
            where !candidate.laws.contains(where: { $0.name == law.name }) {
                candidate.laws.append(law)
            }
            if facets.contains(.licences), case .classes(let classes) = facts.licences(in: source.text, folded: folded, inSection: false) {
                for licenceClass in classes where !candidate.licences.contains(where: { $0.licenceClass == licenceClass }) {
                    candidate.licences.append(LicenceEntry(licenceClass: licenceClass, source: source))
                }
            }
        }
        candidate.skills = CVTextParser.merged(candidate.skills)
        // Read together above (a certificate is either), each kept only when asked for.
        if !facets.contains(.licences) { candidate.licences = [] }
        if !facets.contains(.certifications) { candidate.certifications = [] }
        return candidate
    }

    /// A JSON Resume skill level ("Master", "Advanced", "Intermediate", "Beginner") on the skill ladder.
    func skillLevel(_ text: String) -> SkillLevel? {
        switch Self.levelKey(text) {
        case "master", "expert", "advanced", "senior": return .storErfarenhet
        case "intermediate", "proficient", "good": return .goda
        case "beginner", "basic", "novice", "elementary": return .grund
        default: return facts.words.skillLevels.firstMatch(in: text, compounds: false)?.value
        }
    }

    /// `text` folded (``Folding/asciiFold(_:)``) and trimmed of spaces and tabs; for ASCII, which folds to its
    /// lowercase, byte by byte.
    static func levelKey(_ text: String) -> String {
        func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
                let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
            else { return "" }
            let count = last - first + 1
            return String(unsafeUninitializedCapacity: count) { out in
                for k in 0..<count {
                    let byte = bytes[first + k]
                    out[k] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
                }
                return count
            }
        }
        return CVText.withUTF8(text, asciiKey) ?? Folding.asciiFold(text).trimmingCharacters(in: .whitespaces)
    }

    /// A period from ISO 8601 dates ("2019-03-01", "2019-03", "2019"); no end date means current.
    static func range(start: String?, end: String?) -> DateRange? {
        guard let start, let first = date(start) else { return nil }
        guard let end, !end.isEmpty else { return DateRange(start: first, end: nil, isCurrent: true, scalarRange: 0..<0) }
        guard let last = date(end) else { return DateRange(start: first, end: nil, isCurrent: true, scalarRange: 0..<0) }
        return DateRange(start: first, end: last, isCurrent: false, scalarRange: 0..<0)
    }

    static func date(_ text: String) -> CVDate? {
        // In ASCII, characters are bytes for the split at "-" and for the four-digit year.
        var text = text
        let parsed: CVDate?? = text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return .none }
            // The first two non-empty parts between dashes, as `split(separator:)` gives them.
            var first: Range<Int>?
            var second: Range<Int>?
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x2D {
                if i > start {
                    if first == nil {
                        first = start..<i
                    } else {
                        second = start..<i
                        break
                    }
                }
                start = i + 1
            }
            guard let first, first.count == 4, let year = asciiInteger(bytes[first]) else { return .some(nil) }
            if let second, let month = asciiInteger(bytes[second]), (1...12).contains(month) {
                return .some(CVDate(year: year, month: month))
            }
            return .some(CVDate(year: year))
        }
        return parsed ?? characterDate(text)
    }

    /// `Int(_:)` of ASCII bytes holding no "-": an optional "+", then at least one digit, and nothing else.
    private static func asciiInteger(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var digits = bytes[...]
        if digits.first == 0x2B { digits = digits.dropFirst() }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int(byte - 0x30))
            guard !overflow, !overflow2 else { return nil }
            value = sum
        }
        return value
    }

    private static func characterDate(_ text: String) -> CVDate? {
        let parts = text.split(separator: "-")
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) { return CVDate(year: year, month: month) }
        return CVDate(year: year)
    }

    private static let whiteSpace = CharacterSet.whitespacesAndNewlines

    /// A string value, trimmed of white space; nil for a value that is not a string, or only white space.
    static func string(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value else { return nil }
        // Nothing to trim when the text starts and ends with a visible ASCII character.
        if let first = text.utf8.first, let last = text.utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return text
        }
        // Nor when neither end is white space ("Malmö", "Ekonomi och löner – Växjö kommun").
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last, !Self.whiteSpace.contains(first),
            !Self.whiteSpace.contains(last)
        {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The elements of an array whose elements are all objects, as ``JSONValue/objects`` tells, else none: the
    /// array itself, where `objects` copies each object into a new one.
    static func objectItems(_ value: JSONValue?) -> [JSONValue] {
        guard case .array(let items)? = value,
            items.allSatisfy({ if case .object = $0 { true } else { false } })
        else { return [] }
        return items
    }

    /// Calls `body` with the strings of an array in order, each as ``string(_:)`` gives it; other elements are
    /// skipped. Nothing is collected into an array.
    static func forEachString(_ value: JSONValue?, _ body: (String) -> Void) {
        guard case .array(let items)? = value else { return }
        for item in items {
            if let text = string(item) { body(text) }
        }
    }

    /// Where JSON's own error is unhelpful on Linux: the first line whose quotes do not balance, or a hint.
    package static func problem(in text: String) -> String {
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return "the file is blank" }
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        for c in text {
            if c == "\n" { line += 1 }
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "{", "[": depth += 1
            case "}", "]":
                depth -= 1
                if depth < 0 { return "line \(line): a closing bracket without an opening one" }
            default: break
            }
        }
        if inString { return "a string is not closed" }
        if depth > 0 { return "the document ends before all brackets are closed (truncated?)" }
        return "check for a missing comma, quote or bracket"
    }

    /// Finds the line of the JSON text where a value is written, moving forward through the file.
    ///
    /// The lines are those of ``CVTextParser/lines(of:)`` (split at each line feed that is not part of a CR LF),
    /// indexed once as byte ranges; a value is searched for in the text's bytes and then placed on its line.
    struct Locator {
        private let bytes: [UInt8]
        /// Where each line starts and ends in `bytes` (the end excludes the line feed).
        private let starts: [Int]
        private let ends: [Int]
        /// The lines that may hold a combining diacritic, which only a comparison by characters matches.
        private let combining: [Int]
        var next = 0

        init(text: String) {
            bytes = Array(text.utf8)
            guard !bytes.contains(13) else {
                // With carriage returns, lines are split on characters ("\r\n" is one): as the text parser does.
                let utf8 = text.utf8
                let lines = CVTextParser.lines(of: text)
                starts = lines.map { utf8.distance(from: utf8.startIndex, to: $0.startIndex) }
                ends = lines.map { utf8.distance(from: utf8.startIndex, to: $0.endIndex) }
                combining = lines.indices.filter { CVText.mayHoldCombiningMarks(lines[$0]) }
                return
            }
            // Every line feed ends a line; a combining diacritic's UTF-8 starts with CC or CD. Lines are looked at
            // for one only when the text holds a CC or CD byte at all. Pretty-printed JSON has a line every few
            // dozen bytes: the line arrays are sized for that once.
            var starts: [Int] = []
            var ends: [Int] = []
            var combining: [Int] = []
            starts.reserveCapacity(bytes.count / 16 + 8)
            ends.reserveCapacity(bytes.count / 16 + 8)
            bytes.withUnsafeBufferPointer { buffer in
                func holds(_ byte: Int32, _ range: Range<Int>) -> Bool {
                    buffer.baseAddress.map { memchr($0 + range.lowerBound, byte, range.count) != nil } ?? false
                }
                let mayCombine = holds(0xCC, 0..<buffer.count) || holds(0xCD, 0..<buffer.count)
                CVText.forEachLine(in: buffer) { range in
                    if mayCombine, holds(0xCC, range) || holds(0xCD, range) { combining.append(starts.count) }
                    starts.append(range.lowerBound)
                    ends.append(range.upperBound)
                    return true
                }
            }
            self.starts = starts
            self.ends = ends
            self.combining = combining
        }

        mutating func span(of value: String) -> SourceSpan {
            let needle = CVText.contains(value, byte: 10) ? value.split(separator: "\n").first.map(String.init) ?? value : value
            guard !needle.isEmpty else { return SourceSpan(line: 1, text: value) }
            let needleMayCombine = CVText.mayHoldCombiningMarks(needle)
            for pass in 0..<2 {
                let range = pass == 0 ? next..<starts.count : 0..<min(next, starts.count)
                if let i = firstLine(in: range, containing: needle, needleMayCombine: needleMayCombine) {
                    if pass == 0 { next = i }
                    return SourceSpan(line: i + 1, text: value)
                }
            }
            return SourceSpan(line: 1, text: value)
        }

        /// The first line in `range` that holds `needle`: byte for byte, or as Foundation compares (canonically
        /// equivalent text matches) where a combining diacritic (U+0300–U+036F) can make equivalent text differ
        /// in its bytes.
        private func firstLine(in range: Range<Int>, containing needle: String, needleMayCombine: Bool) -> Int? {
            guard !range.isEmpty else { return nil }
            if needleMayCombine {
                return range.first {
                    let text = line($0)
                    return CVText.contains(text, needle) || text.contains(needle)
                }
            }
            let exact = firstLine(in: range, holdingBytesOf: needle)
            let limit = exact ?? range.upperBound
            for i in combining where i >= range.lowerBound && i < limit {
                if line(i).contains(needle) { return i }
            }
            return exact
        }

        /// The first line in `range` whose bytes contain `needle`'s.
        private func firstLine(in range: Range<Int>, holdingBytesOf needle: String) -> Int? {
            func find(_ pattern: UnsafeBufferPointer<UInt8>) -> Int? {
                bytes.withUnsafeBufferPointer { haystack -> Int? in
                    var from = starts[range.lowerBound]
                    let end = ends[range.upperBound - 1]
                    while from < end {
                        guard let found = CVText.firstRange(of: pattern, in: UnsafeBufferPointer(rebasing: haystack[from..<end]))
                        else { return nil }
                        let offset = from + found.lowerBound
                        let line = lineIndex(of: offset)
                        if offset + pattern.count <= ends[line] { return line }
                        guard line + 1 < range.upperBound else { return nil }
                        from = starts[line + 1]
                    }
                    return nil
                }
            }
            return CVText.withUTF8(needle, find)
        }

        /// The line holding the byte at `offset`.
        private func lineIndex(of offset: Int) -> Int {
            var low = 0
            var high = starts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if starts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low
        }

        private func line(_ i: Int) -> String { String(decoding: bytes[starts[i]..<ends[i]], as: UTF8.self) }
    }
}
