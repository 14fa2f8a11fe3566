import Foundation

/// Splits the framework's document of role levels ("Konsultkompetenser, yrkesområde Kontorstjänster")
/// into ``RoleProfile`` values: repairs OCR noise, drops page debris, finds each level's title, tasks
/// and requirements, names sections whose heading was lost from their own "som <titel>" requirement,
/// and untangles two-column sections where a task and a requirement share a line.
///
/// ```swift
/// let result = RoleProfileDocumentParser().parse(text)
/// for profile in result.profiles { print(profile.id, profile.requirements.count) }
/// ```
public struct RoleProfileDocumentParser: Sendable {
    /// Something the parser had to guess, with the line it concerns.
    public struct Warning: Sendable, Hashable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    /// The profiles found and the warnings to review.
    public struct Result: Sendable {
        public var profiles: [RoleProfile]
        public var warnings: [Warning]
        /// The document after OCR repair, for a person to read.
        public var repairedText: String
    }

    public var repair: TextRepair
    public var requirements: RequirementParser
    public var vocabulary: Vocabulary

    public init(
        repair: TextRepair = TextRepair(), requirements: RequirementParser = RequirementParser(),
        vocabulary: Vocabulary = .standard
    ) {
        self.repair = repair
        self.requirements = requirements
        self.vocabulary = vocabulary
    }

    // MARK: - Lines

    enum LineKind: Equatable {
        case blank, debris, tasksCue(twoColumn: Bool), requirementsCue, text
    }

    struct Line {
        var number: Int
        var text: String
        var kind: LineKind
    }

    static let taskCues = ["arbetsuppgifter", "arbeidsoppgaver", "arbejdsopgaver", "uppgifter", "tasks", "duties", "responsibilities"]
    static let requirementCues = ["kompetenskrav", "kvalifikasjoner", "kvalifikationer", "krav", "requirements", "qualifications"]

    func classify(_ raw: String, number: Int) -> Line {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.isEmpty { return Line(number: number, text: text, kind: .blank) }
        let words = Folding.words(text)
        if let first = words.first {
            if Self.taskCues.contains(String(first)) {
                let twoColumn = words.dropFirst().contains { Self.requirementCues.contains(String($0)) }
                return Line(number: number, text: text, kind: .tasksCue(twoColumn: twoColumn))
            }
            if Self.requirementCues.contains(String(first)), words.count <= 2, text.hasSuffix(":") || words.count == 1 {
                return Line(number: number, text: text, kind: .requirementsCue)
            }
        }
        if Self.isDebris(text) { return Line(number: number, text: text, kind: .debris) }
        return Line(number: number, text: text, kind: .text)
    }

    /// Page furniture: hardly a letter ("$", "1(0)]"), or a running header in capitals ("M KAMMARKOLLEGIET").
    static func isDebris(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        if letters.count < 2 { return true }
        return letters.count >= 6 && letters.allSatisfy(\.isUppercase)
    }

    /// A heading: short, capitalised, no bullet and no sentence punctuation.
    static func isTitleLike(_ text: String) -> Bool {
        guard let first = text.first, first.isUppercase, !text.hasSuffix("."), !text.hasSuffix(":"), !text.hasSuffix(",")
        else { return false }
        return text.split(separator: " ").count <= 5 && !text.contains("(")
    }

    // MARK: - Parse

    /// Parses the whole document.
    public func parse(_ text: String) -> Result {
        let repaired = repair.repair(TextDecoding.normalise(text))
        let lines = repaired.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            classify(String($0.element), number: $0.offset + 1)
        }
        var warnings: [Warning] = []

        // Each tasks cue opens a section; its heading is the nearest text line above it, if that looks like one.
        struct Section {
            var title: String?
            var headingLine: Int
            var cueIndex: Int
            var twoColumn: Bool
        }
        var sections: [Section] = []
        for (index, line) in lines.enumerated() {
            guard case .tasksCue(let twoColumn) = line.kind else { continue }
            var k = index - 1
            while k >= 0, lines[k].kind == .blank { k -= 1 }
            if k >= 0, lines[k].kind == .text, Self.isTitleLike(lines[k].text) {
                sections.append(Section(title: lines[k].text, headingLine: k, cueIndex: index, twoColumn: twoColumn))
            } else {
                sections.append(Section(title: nil, headingLine: index, cueIndex: index, twoColumn: twoColumn))
            }
        }

        var drafts: [(title: String?, line: Int, tasks: [String], items: [String])] = []
        for (n, section) in sections.enumerated() {
            let end = n + 1 < sections.count ? sections[n + 1].headingLine : lines.count
            let body = Array(lines[(section.cueIndex + 1)..<max(section.cueIndex + 1, end)])
            let (tasks, items) = section.twoColumn ? readTwoColumns(body) : readOneColumn(body)
            drafts.append((section.title, lines[section.cueIndex].number, tasks, items))
        }

        // Name the sections whose heading was lost from their "som <titel>" requirement.
        let knownTitles = drafts.compactMap(\.title)
        var profiles: [RoleProfile] = []
        for draft in drafts {
            var title = draft.title
            if title == nil {
                if let named = titleFromRequirements(draft.items, knownTitles: knownTitles + profiles.map(\.title)) {
                    title = named
                    warnings.append(
                        Warning(line: draft.line, message: "the section has no heading; named '\(named)' from its own 'som …' requirement"))
                } else {
                    title = "Okänd roll rad \(draft.line)"
                    warnings.append(Warning(line: draft.line, message: "the section has no heading and no 'som …' requirement to name it by"))
                }
            }
            let finalTitle = title ?? ""
            let base = Self.baseTitle(finalTitle)
            let context = RequirementParser.Context(
                occupation: vocabulary.occupation(forTitle: base) ?? OccupationID(Slug.make(base)), title: base)
            let parsed = draft.items.flatMap { requirements.parse($0, context: context) }
            if draft.items.isEmpty {
                warnings.append(Warning(line: draft.line, message: "'\(finalTitle)' has no requirements (Kompetenskrav)"))
            }
            profiles.append(
                RoleProfile(id: ProfileID(Slug.make(finalTitle)), title: finalTitle, tasks: draft.tasks, requirements: parsed))
        }
        var seen: [ProfileID: Int] = [:]
        for (i, profile) in profiles.enumerated() {
            if let earlier = seen[profile.id] {
                warnings.append(Warning(line: drafts[i].line, message: "'\(profile.title)' appears twice; the first one (profile \(earlier + 1)) is kept"))
            } else {
                seen[profile.id] = i
            }
        }
        let unique = profiles.enumerated().filter { seen[$0.element.id] == $0.offset }.map(\.element)
        return Result(profiles: unique, warnings: warnings, repairedText: repaired)
    }

    /// "Löneadministratör 2" → "Löneadministratör".
    static func baseTitle(_ title: String) -> String {
        var words = title.split(separator: " ")
        if let last = words.last, Int(last) != nil { words.removeLast() }
        return words.joined(separator: " ")
    }

    private func titleFromRequirements(_ items: [String], knownTitles: [String]) -> String? {
        for item in items {
            let scanner = WordScanner(item)
            guard let som = scanner.folded.firstIndex(where: { $0 == "som" }), som + 1 < scanner.folded.count,
                scanner.folded[..<som].contains(where: { $0.contains("erfarenhet") || $0.contains("erfaring") })
            else { continue }
            let words = scanner.original(som + 1..<scanner.folded.count)
            guard !words.isEmpty else { continue }
            let base = words.prefix(1).uppercased() + words.dropFirst()
            // Number it after its siblings: with "Löneadministratör 2" known, this is level 1.
            let key = Slug.make(base)
            let numbers = knownTitles.filter { Slug.make(Self.baseTitle($0)) == key }.compactMap {
                $0.split(separator: " ").last.flatMap { Int($0) }
            }
            if numbers.isEmpty { return base }
            var level = 1
            while numbers.contains(level) { level += 1 }
            return "\(base) \(level)"
        }
        return nil
    }

    // MARK: - Columns

    private func readOneColumn(_ body: [Line]) -> (tasks: [String], items: [String]) {
        var tasks: [String] = []
        var items: [String] = []
        var inRequirements = false
        for line in body {
            switch line.kind {
            case .blank, .debris, .tasksCue: continue
            case .requirementsCue: inRequirements = true
            case .text:
                if inRequirements { Self.add(line.text, to: &items) } else { Self.add(line.text, to: &tasks) }
            }
        }
        return (tasks.map(Self.finish), items.map(Self.finish))
    }

    /// Adds a bullet, or continues the last one.
    static func add(_ text: String, to list: inout [String]) {
        if isBullet(text) || list.isEmpty {
            list.append(text)
        } else {
            list[list.count - 1] += " " + text
        }
    }

    static func isBullet(_ text: String) -> Bool {
        text.hasPrefix("-") || text.hasPrefix("•") || text.hasPrefix("*") || text.hasPrefix("–")
    }

    static func isOpen(_ list: [String]) -> Bool {
        guard let last = list.last?.trimmingCharacters(in: .whitespaces) else { return false }
        return !(last.hasSuffix(".") || last.hasSuffix(")") || last.hasSuffix(":"))
    }

    /// Two columns printed side by side: each line may hold the left column's text (tasks) and the right's
    /// (requirements). A line is split at " | ", at a bullet in mid-line, or where a finished sentence is
    /// followed by the continuation of an unfinished requirement.
    private func readTwoColumns(_ body: [Line]) -> (tasks: [String], items: [String]) {
        var left: [String] = []
        var right: [String] = []
        for line in body {
            guard line.kind == .text || line.kind == .requirementsCue else { continue }
            let text = line.text
            let (l, r) = splitColumns(text, leftOpen: Self.isOpen(left), rightOpen: Self.isOpen(right), right: right.last)
            if let l, !l.isEmpty { Self.add(l, to: &left) }
            if let r, !r.isEmpty {
                if Self.isBullet(r) || right.isEmpty { right.append(r) } else { right[right.count - 1] += " " + r }
            }
        }
        return (left.map(Self.finish), right.map(Self.finish))
    }

    func splitColumns(_ text: String, leftOpen: Bool, rightOpen: Bool, right: String?) -> (String?, String?) {
        if let bar = text.range(of: " | ") {
            return (String(text[..<bar.lowerBound]), String(text[bar.upperBound...]))
        }
        if let dash = text.range(of: " - ", range: text.index(after: text.startIndex)..<text.endIndex) {
            return (String(text[..<dash.lowerBound]), String(text[text.index(after: dash.lowerBound)...]).trimmingCharacters(in: .whitespaces))
        }
        if rightOpen {
            // "- planera och följa upp ärenden. liknande arbete."
            var search = text.startIndex
            while let stop = text.range(of: ". ", range: search..<text.endIndex) {
                let after = text[stop.upperBound...]
                if let first = after.first, first.isLowercase {
                    return (String(text[..<stop.lowerBound]) + ".", String(after))
                }
                search = stop.upperBound
            }
            // "- arbete med myndighetens växeltelefonist.": the requirement "… som" ends with the occupation.
            if let right, Folding.words(right).last == "som", let lastSpace = text.lastIndex(of: " ") {
                let tail = String(text[text.index(after: lastSpace)...])
                if vocabulary.occupation(forTitle: tail.trimmingCharacters(in: .punctuationCharacters)) != nil {
                    return (String(text[..<lastSpace]), tail)
                }
            }
            if !Self.isBullet(text), !leftOpen { return (nil, text) }
        }
        return (text, nil)
    }

    /// A bullet's text as a person reads it: no bullet, single spaces, no final period.
    static func finish(_ item: String) -> String {
        var text = item.trimmingCharacters(in: .whitespaces)
        while let first = text.first, "-–•*".contains(first) { text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces) }
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
