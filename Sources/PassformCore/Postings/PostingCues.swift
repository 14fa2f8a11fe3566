import Foundation

/// The words of job ads as data: section headings, fact labels, substitution clauses, personal qualities,
/// salary, extent and deadline words and the words that tell the ad's language, loaded from
/// `Vocabulary/Data/posting-sections.json` and `posting-terms.json` so that a person can extend them.
public struct PostingCues: Sendable {
    struct SectionsFile: Decodable {
        struct Section: Decodable {
            var kind: PostingSection.Kind
            var headings: [String]
        }
        var sections: [Section]
        var labels: [String: [String]]
        var substitution: [String]
        var qualities: [String]
        var demands: [String]
        var noise: [String]
        var requirementHints: [String]
        var taskHints: [String]
        var nameWords: [String]
        var employerVerbs: [String]
        var seeks: [String]
        var locationCues: [String]
    }

    struct TermsFile: Decodable {
        struct Extent: Decodable {
            var value: String
            var terms: [String]
        }
        var currencies: [String: String]
        var localCurrency: [String: String]
        var periods: [String: [String]]
        var salaryStatements: [String]
        var extent: [Extent]
        var deadlineCues: [String]
        var months: [String: Int]
        var asap: [String]
        var languages: [String: [String]]
    }

    typealias Phrases = [[Substring]]

    /// Section headings with the kind of section each opens.
    let headings: PhraseMatcher<PostingSection.Kind>
    /// Fact labels ("Sista ansökningsdag", "Sted") by the fact they state.
    let labels: PhraseMatcher<PostingFact>
    let substitution: Phrases
    /// Phrases of personal qualities of more than one word ("evne til samarbeid").
    let qualityPhrases: Phrases
    /// Single words of personal qualities ("noggrann", "selvstendig").
    let qualityWords: Set<Substring>
    /// Words that show a sentence asks something of the candidate ("krav", "du har", "må ha").
    let demands: Phrases
    /// Words of applying and contacting ("ansökan", "kontakt", "apply").
    let noise: Phrases
    let requirementHints: Phrases
    let taskHints: Phrases
    let nameWords: Set<Substring>
    let employerVerbs: Set<Substring>
    let seeks: Phrases
    let locationCues: Phrases
    /// Folded currency word → ISO code, or `local` for "kr".
    let currencies: [Substring: String]
    let localCurrency: [String: String]
    let periods: PhraseMatcher<JobPosting.Salary.Period>
    let salaryStatements: Phrases
    let extent: PhraseMatcher<String>
    let deadlineCues: Phrases
    let months: [Substring: Int]
    let asap: Phrases
    /// Language code → its telling words (lowercased, not folded: "är" and "ar" differ).
    let languageWords: [String: Set<String>]

    init(sections: SectionsFile, terms: TermsFile) {
        func phrases(_ list: [String]) -> Phrases {
            list.map { Folding.words($0) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        var headings = PhraseMatcher<PostingSection.Kind>()
        for section in sections.sections { for heading in section.headings { headings.add(heading, section.kind) } }
        self.headings = headings
        var labels = PhraseMatcher<PostingFact>()
        for (key, list) in sections.labels.sorted(by: { $0.key < $1.key }) {
            guard let fact = PostingFact(rawValue: key) else { continue }
            for label in list { labels.add(label, fact) }
        }
        self.labels = labels
        substitution = phrases(sections.substitution)
        let qualities = sections.qualities.map { Folding.words($0) }.filter { !$0.isEmpty }
        qualityPhrases = qualities.filter { $0.count > 1 }.sorted { $0.count > $1.count }
        qualityWords = Set(qualities.filter { $0.count == 1 }.map { $0[0] })
        demands = phrases(sections.demands + sections.requirementHints)
        noise = phrases(sections.noise)
        requirementHints = phrases(sections.requirementHints)
        taskHints = phrases(sections.taskHints)
        nameWords = Set(sections.nameWords.flatMap { Folding.words($0) })
        employerVerbs = Set(sections.employerVerbs.flatMap { Folding.words($0) })
        seeks = phrases(sections.seeks)
        locationCues = phrases(sections.locationCues)
        var currencies: [Substring: String] = [:]
        for (word, code) in terms.currencies {
            let key = Folding.asciiFold(word).trimmingCharacters(in: .punctuationCharacters)
            currencies[Substring(key.isEmpty ? word : key)] = code
        }
        self.currencies = currencies
        localCurrency = terms.localCurrency
        var periods = PhraseMatcher<JobPosting.Salary.Period>()
        for (key, list) in terms.periods.sorted(by: { $0.key < $1.key }) {
            guard let period = JobPosting.Salary.Period(rawValue: key) else { continue }
            for term in list { periods.add(term, period) }
        }
        self.periods = periods
        salaryStatements = phrases(terms.salaryStatements)
        var extent = PhraseMatcher<String>()
        for entry in terms.extent { for term in entry.terms { extent.add(term, entry.value) } }
        self.extent = extent
        deadlineCues = phrases(terms.deadlineCues)
        var months: [Substring: Int] = [:]
        for (name, number) in terms.months { months[Substring(Folding.asciiFold(name))] = number }
        self.months = months
        asap = phrases(terms.asap)
        languageWords = terms.languages.mapValues { Set($0.map { $0.lowercased() }) }
    }

    /// True when the words name a personal quality, inflected forms included ("analytiskt", "kommunikativa",
    /// "strukturerat" for "strukturerad").
    func namesQuality(_ words: [Substring]) -> Bool {
        for i in words.indices {
            for phrase in qualityPhrases where i + phrase.count <= words.count && Array(words[i..<(i + phrase.count)]) == phrase {
                return true
            }
        }
        for word in words {
            if qualityWords.contains(word) { return true }
            for suffix in ["a", "t", "e", "en", "et", "er", "na", "ne", "ade", "at", "ed", "ly"] where word.hasSuffix(suffix) {
                let stem = word.dropLast(suffix.count)
                if qualityWords.contains(stem) || (suffix == "t" && qualityWords.contains(Substring(stem + "d"))) { return true }
            }
        }
        return false
    }

    /// The cues shipped with Passform (empty lists if the data files are missing from the bundle).
    public static let standard: PostingCues = {
        let decoder = JSONDecoder()
        func load<T: Decodable>(_ name: String, as type: T.Type) -> T? {
            guard let data = BundledData.data(name, "json") else { return nil }
            return try? decoder.decode(T.self, from: data)
        }
        let sections =
            load("posting-sections", as: SectionsFile.self)
            ?? SectionsFile(
                sections: [], labels: [:], substitution: [], qualities: [], demands: [], noise: [], requirementHints: [], taskHints: [], nameWords: [],
                employerVerbs: [], seeks: [], locationCues: [])
        let terms =
            load("posting-terms", as: TermsFile.self)
            ?? TermsFile(
                currencies: [:], localCurrency: [:], periods: [:], salaryStatements: [], extent: [], deadlineCues: [], months: [:],
                asap: [], languages: [:])
        return PostingCues(sections: sections, terms: terms)
    }()
}

/// A fact an ad states on a line of its own ("Sted: Oslo", "Sista ansökningsdag: 2025-09-30").
enum PostingFact: String, Sendable, Hashable {
    case title, employer, location, deadline, salary, extent
}
