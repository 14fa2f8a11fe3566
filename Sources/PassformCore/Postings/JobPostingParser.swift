import Foundation

/// Reads a job ad's text, in Swedish, Norwegian, Danish or English, into a ``JobPosting``: its facts, its tasks,
/// and its requirements and merits in the same model as a role profile's.
///
/// Sections are found by their headings (`posting-sections.json`), on lines of their own or run into one
/// paragraph, where items are then split at the capitalised word that starts each. Requirement items go through
/// ``RequirementParser`` with the occupation the title names; a sentence with a merit cue goes to `merits`; a
/// clause that lets experience stand in for education ("kan oppveie for manglende formell utdanning") turns the
/// education requirement into an `anyOf` of the education or similar experience. What the parser cannot read is
/// kept as a `judgement` requirement, and an ad without headings still yields a title, tasks and requirements.
///
/// ```swift
/// let posting = JobPostingParser().parse(text)
/// print(posting.title, posting.requirements.map(\.summary))
/// ```
public struct JobPostingParser: Sendable {
    /// Facts known from outside the text, such as a page's JSON-LD or a file's header; they win over the text.
    public struct Hints: Sendable, Hashable {
        /// The job title.
        public var title: String?
        /// The employer's name.
        public var employer: String?
        /// Where the job is.
        public var location: String?
        /// A language tag (`nb-NO`, `sv`); Norwegian becomes `no`.
        public var language: String?
        /// A date or a text ("2025-09-30T23:59:59" is read as 2025-09-30).
        public var deadline: String?
        /// Words of extent ("FULL_TIME", "heltid, vikariat").
        public var extent: String?
        /// The salary, already structured.
        public var salary: JobPosting.Salary?
        /// Sections that arrive already split (JSON-LD `responsibilities`, `qualifications`, `skills`).
        public var sections: [PostingSection]

        /// Hints; all empty by default.
        public init(
            title: String? = nil, employer: String? = nil, location: String? = nil, language: String? = nil,
            deadline: String? = nil, extent: String? = nil, salary: JobPosting.Salary? = nil, sections: [PostingSection] = []
        ) {
            self.title = title
            self.employer = employer
            self.location = location
            self.language = language
            self.deadline = deadline
            self.extent = extent
            self.salary = salary
            self.sections = sections
        }
    }

    /// Occupations and systems (titles name the occupation that sets a requirement's context).
    public var vocabulary: Vocabulary
    /// Reads each requirement item.
    public var requirements: RequirementParser
    /// Section headings, labels and the words of salary, extent and deadline.
    public var cues: PostingCues

    /// A parser with the shipped vocabulary and cues.
    public init(
        vocabulary: Vocabulary = .standard, requirements: RequirementParser = RequirementParser(), cues: PostingCues = .standard
    ) {
        self.vocabulary = vocabulary
        self.requirements = requirements
        self.cues = cues
    }

    /// The posting an ad's text describes. Never fails: an ad it cannot understand still gives its title, and its
    /// sentences as tasks or `judgement` requirements.
    public func parse(_ text: String, hints: Hints = Hints()) -> JobPosting {
        let text = TextDecoding.normalise(text)
        let sections = self.sections(of: text) + hints.sections
        let facts = labelledFacts(in: text)
        let language = hints.language.map(Self.languageCode) ?? language(of: text)
        let title = Self.nonEmpty(hints.title) ?? facts[.title] ?? title(of: text, sections: sections)
        let occupation =
            vocabulary.occupation(forTitle: title) ?? occupationMention(in: text).flatMap { vocabulary.occupation(forTitle: $0) }
        let context = RequirementParser.Context(occupation: occupation, title: title)

        var content = Content()
        for section in sections {
            switch section.kind {
            case .tasks:
                for item in section.items where !isLeadIn(item) && !isLabelledFact(item) {
                    let s = WordScanner(item)
                    if s.find(requirements.cues.merit) != nil {
                        // "Har du även kunskap avseende inköpsfrågor är det en fördel": a merit among the tasks.
                        classify(item, isMerit: true, context: context, into: &content)
                    } else if s.find(Self.candidateSubjects) != nil, cues.namesQuality(s.folded) {
                        // "Du är analytisk, engagerad …": a quality among the tasks.
                        content.qualities.append(item)
                    } else {
                        content.tasks.append(item)
                    }
                }
            case .requirements, .merits:
                for item in section.items { classify(item, isMerit: section.kind == .merits, context: context, into: &content) }
            case .qualities:
                content.qualities += section.items.filter { !isLeadIn($0) }
            case .intro, .offer, .about, .apply, .conditions:
                break
            }
        }
        fallBack(on: sections, title: title, context: context, into: &content)
        attachSubstitutions(&content, context: context)
        addSystemsNamedElsewhere(sections, into: &content)

        let allItems = sections.flatMap(\.items)
        let employer = Self.nonEmpty(hints.employer) ?? facts[.employer] ?? employer(in: sections, title: title)
        return JobPosting(
            title: title,
            employer: employer,
            location: Self.nonEmpty(hints.location) ?? facts[.location] ?? location(in: text)
                ?? employer.flatMap(Self.place(inEmployer:)),
            language: language,
            tasks: Self.unique(content.tasks),
            requirements: Self.unique(content.requirements),
            merits: Self.unique(content.merits),
            qualities: Self.unique(content.qualities),
            salary: hints.salary ?? salary(in: (facts[.salary].map { [$0] } ?? []) + allItems, language: language),
            deadline: deadline(in: allItems, labelled: Self.nonEmpty(hints.deadline) ?? facts[.deadline]),
            extent: extent(in: allItems, labelled: Self.nonEmpty(hints.extent) ?? facts[.extent]))
    }

    /// What the sections say, gathered while classifying their items.
    struct Content {
        var tasks: [String] = []
        var requirements: [Requirement] = []
        var merits: [Requirement] = []
        var qualities: [String] = []
        /// Sentences that let experience replace education, waiting for the education requirement they qualify.
        var substitutions: [String] = []
    }

    // MARK: - Requirements

    /// Sorts one item of a requirements or merits section into requirements, merits, qualities or substitutions.
    func classify(_ item: String, isMerit: Bool, context: RequirementParser.Context, into content: inout Content) {
        guard !isLeadIn(item), !isLabelledFact(item) else { return }
        // "Upper secondary education; a vocational degree … is preferred": each part is read on its own.
        let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if parts.count > 1 {
            for part in parts { classify(part, isMerit: isMerit, context: context, into: &content) }
            return
        }
        let s = WordScanner(item)
        let meritCue = s.find(requirements.cues.merit)
        if !isMerit, let meritCue, let join = Self.clauseJoin(before: meritCue.index, in: s) {
            // "Du har flerårig erfarenhet som controller och vi ser gärna att du …": the wish is a merit, the clause
            // before it stays what the section makes it.
            let head = String(item[..<s.ranges[join].lowerBound]).trimmingCharacters(in: RequirementParser.separatorTrim)
            let rest = item[s.ranges[join + 1].lowerBound...]
            let tail = rest.prefix(1).uppercased() + rest.dropFirst()
            classify(head, isMerit: false, context: context, into: &content)
            classify(tail, isMerit: true, context: context, into: &content)
            return
        }
        let merit = isMerit || meritCue != nil
        if let substitution = s.find(cues.substitution) {
            let head = substitution.index > 0 ? String(item[..<s.ranges[substitution.index].lowerBound]) : ""
            let parsedHead = head.isEmpty ? [] : requirements.parse(head, context: context)
            if let index = parsedHead.firstIndex(where: { $0.kind == "education" }) {
                // "Bachelor's degree in accounting or equivalent experience": both alternatives in one sentence.
                var result = parsedHead
                result[index] = alternative(to: parsedHead[index], substitution: item, context: context, text: item)
                if merit { content.merits += result } else { content.requirements += result }
                return
            }
            if !merit {
                content.substitutions.append(item)
                return
            }
        }
        let parsed = requirements.parse(item, context: context)
        let isJudgement = parsed.allSatisfy { $0.kind == "judgement" }
        if isJudgement, cues.namesQuality(s.folded) {
            content.qualities.append(item)
        } else if isJudgement, item.hasSuffix("?") || item.contains("@") || item.contains("://") || s.find(cues.noise) != nil {
            // "Känner du igen dig?", "Skicka in ditt CV …": how to apply, not what to have.
            return
        } else if isJudgement, !merit, s.folded.count > 12, s.find(cues.demands) == nil {
            // Prose about the employer or the team in a requirements section ("Hos oss blir du en del av …"): not a requirement.
            return
        } else if merit {
            content.merits += parsed
        } else {
            content.requirements += parsed
        }
    }

    /// Education, or similar experience in its place: `anyOf [[education], [experience]]`.
    ///
    /// The experience is in the role's occupational family (`similar`), for as long as the clause says, else for as
    /// long as the education takes: 36 months for a bachelor, 60 for a master, 24 below.
    func alternative(
        to education: Requirement, substitution: String, context: RequirementParser.Context, text: String
    ) -> Requirement {
        guard case .education(let level, _, _) = education.condition else { return education }
        let stated = requirements.duration(WordScanner(substitution))
        let months =
            stated
            ?? {
                switch level {
                case .master: 60
                case .hogskola: 36
                case .yrkeshogskola, .gymnasium: 24
                case .grundskola: 12
                }
            }()
        let experience = Requirement(
            text: substitution, condition: .experience(months: months, occupation: context.occupation, match: .similar))
        return Requirement(text: text, condition: .anyOf([[education], [experience]]))
    }

    /// Joins each substitution sentence to the first education requirement; without one it is read as it stands.
    func attachSubstitutions(_ content: inout Content, context: RequirementParser.Context) {
        for substitution in content.substitutions {
            if let index = content.requirements.firstIndex(where: { $0.kind == "education" }) {
                let education = content.requirements[index]
                content.requirements[index] = alternative(
                    to: education, substitution: substitution, context: context, text: education.text + "; " + substitution)
            } else {
                content.requirements += requirements.parse(substitution, context: context)
            }
        }
        content.substitutions = []
    }

    /// A system an ad names outside its requirements ("Vi arbetar i Visma och Stratsys") is a merit: knowing it helps.
    func addSystemsNamedElsewhere(_ sections: [PostingSection], into content: inout Content) {
        var named = Set((content.requirements + content.merits).flatMap(Self.systemNames))
        for section in sections where [.intro, .tasks, .offer, .conditions, .qualities].contains(section.kind) {
            for item in section.items {
                let matches = vocabulary.systems.matches(inWords: Folding.words(item), compounds: false)
                var byCategory: [SystemCategory: [String]] = [:]
                for match in matches where !named.contains(match.value.name) {
                    if !(byCategory[match.value.category]?.contains(match.value.name) ?? false) {
                        byCategory[match.value.category, default: []].append(match.value.name)
                    }
                    named.insert(match.value.name)
                }
                for (category, names) in byCategory.sorted(by: { $0.key < $1.key }) {
                    content.merits.append(
                        Requirement(text: item, condition: .system(category: category, examples: names, open: false, level: .kunskaper)))
                }
            }
        }
    }

    /// The systems a requirement names, alternatives included ("Agresso", "MS Office" for an `office` requirement).
    public static func systemNames(_ requirement: Requirement) -> [String] {
        switch requirement.condition {
        case .system(_, let examples, _, _): examples
        case .office: ["MS Office"]
        case .anyOf(let alternatives): alternatives.flatMap { $0.flatMap(systemNames) }
        default: []
        }
    }

    // MARK: - Ads without sections

    /// For an ad without the usual headings: sentences with requirement words become requirements, sentences with
    /// task words become tasks, and failing both, the first sentences of the text are its tasks.
    func fallBack(on sections: [PostingSection], title: String, context: RequirementParser.Context, into content: inout Content) {
        let loose = sections.filter { [.intro, .tasks, .about, .offer, .conditions].contains($0.kind) }.flatMap(\.items)
        if content.requirements.isEmpty, content.merits.isEmpty {
            for item in loose where WordScanner(item).find(cues.requirementHints) != nil {
                classify(item, isMerit: false, context: context, into: &content)
            }
        }
        if content.tasks.isEmpty {
            let intro = sections.filter { $0.kind == .intro }.flatMap(\.items)
            content.tasks = intro.filter { WordScanner($0).find(cues.taskHints) != nil && !isLeadIn($0) }
            if content.tasks.isEmpty {
                content.tasks = Array(intro.filter { $0 != title && Folding.words($0).count >= 3 }.prefix(5))
            }
        }
        if content.tasks.isEmpty, content.requirements.isEmpty, content.merits.isEmpty {
            let items = sections.flatMap(\.items)
            let others = items.filter { $0 != title }
            // An ad of one sentence: that sentence is its title and its task.
            content.tasks = Array((others.isEmpty ? items : others).prefix(5))
        }
    }

    // MARK: - Helpers

    /// The conjunction that starts the clause holding word `cue` ("… som controller **och** vi ser gärna att …"), when
    /// a subject follows it and at least three words come before it; nil when the cue's clause starts the item.
    static func clauseJoin(before cue: Int, in s: WordScanner) -> Int? {
        guard cue >= 4 else { return nil }
        for join in stride(from: cue - 1, through: 3, by: -1)
        where clauseConjunctions.contains(s.folded[join]) && clauseSubjects.contains(s.folded[join + 1]) {
            return join
        }
        return nil
    }

    static let clauseConjunctions: Set<Substring> = ["och", "samt", "men", "og", "and", "but"]
    static let clauseSubjects: Set<Substring> = ["vi", "du", "det", "man", "we", "you", "it", "dere", "deg", "dig"]

    /// "Du är", "you are": a sentence about the candidate's person.
    static let candidateSubjects: [[Substring]] = [["du", "ar"], ["du", "er"], ["you", "are"], ["du", "har", "en"]]

    /// A line that introduces a list ("Vi söker dig som har:").
    func isLeadIn(_ item: String) -> Bool {
        item.hasSuffix(":")
    }

    /// A "Label: value" line of a fact ("Omfattning: Heltid"), which is not a task or a requirement.
    func isLabelledFact(_ item: String) -> Bool {
        guard let colon = item.firstIndex(of: ":") else { return false }
        let label = Folding.words(String(item[..<colon]))
        guard !label.isEmpty, label.count <= 4, let match = cues.labels.matches(inWords: label, compounds: false).first else {
            return false
        }
        return match.words == 0..<label.count
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    static func unique<T: Hashable>(_ list: [T]) -> [T] {
        var seen: Set<T> = []
        return list.filter { seen.insert($0).inserted }
    }
}
