import Foundation

/// The words that carry meaning in requirement sentences, in four languages, loaded from
/// `Vocabulary/Data/requirement-cues.json` so that a person can extend them.
public struct RequirementCues: Sendable {
    struct File: Decodable {
        struct Leveled<L: Decodable>: Decodable {
            var level: L
            var terms: [String]
        }
        var alternatives: [String]
        var clauseSeparators: [String]
        var orEquivalent: [String]
        var openCategory: [String]
        var examples: [String]
        var experience: [String]
        var experienceAs: [String]
        var experienceSimilar: [String]
        var years: [String]
        var months: [String]
        /// "flerårig erfarenhet", "mangeårig erfaring": years in one word or phrase, without a number.
        var yearAdjectives: [String: Int]?
        var numbers: [String: Int]
        var education: [String]
        var educationLevels: [Leveled<EducationLevel>]
        var fieldContext: [String]
        var relevantField: [String]
        var skillLevels: [Leveled<SkillLevel>]
        var spoken: [String]
        var written: [String]
        var licence: [String]
        var licenceClass: [String]
        var law: [String]
        var publicSector: [String]
        var merit: [String]
    }

    typealias Phrases = [[Substring]]

    let alternatives: Phrases
    let clauseSeparators: Phrases
    let orEquivalent: Phrases
    let openCategory: Phrases
    let examples: Phrases
    let experience: Phrases
    let experienceAs: Phrases
    let experienceSimilar: Phrases
    let years: Set<Substring>
    let months: Set<Substring>
    /// Folded phrase → years ("flerarig" → 2).
    let yearAdjectives: [([Substring], Int)]
    let numbers: [Substring: Int]
    let education: Phrases
    let educationLevels: PhraseMatcher<EducationLevel>
    let relevantField: Phrases
    let skillLevels: PhraseMatcher<SkillLevel>
    let spoken: Phrases
    let written: Phrases
    let licence: Phrases
    let licenceClass: Set<Substring>
    let law: Phrases
    let publicSector: Phrases
    let merit: Phrases

    init(file: File) {
        func phrases(_ list: [String]) -> Phrases {
            list.map { Folding.words($0) }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        }
        func words(_ list: [String]) -> Set<Substring> { Set(list.flatMap { Folding.words($0) }) }
        alternatives = phrases(file.alternatives)
        clauseSeparators = phrases(file.clauseSeparators)
        orEquivalent = phrases(file.orEquivalent)
        openCategory = phrases(file.openCategory)
        examples = phrases(file.examples)
        experience = phrases(file.experience)
        experienceAs = phrases(file.experienceAs)
        experienceSimilar = phrases(file.experienceSimilar)
        years = words(file.years)
        months = words(file.months)
        yearAdjectives = (file.yearAdjectives ?? [:]).map { (Folding.words($0.key), $0.value) }.filter { !$0.0.isEmpty }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.joined(separator: " ") < $1.0.joined(separator: " ") }
        var numbers: [Substring: Int] = [:]
        for (word, value) in file.numbers { numbers[Substring(Folding.asciiFold(word))] = value }
        self.numbers = numbers
        education = phrases(file.education)
        var levels = PhraseMatcher<EducationLevel>()
        for entry in file.educationLevels { for term in entry.terms { levels.add(term, entry.level) } }
        educationLevels = levels
        relevantField = phrases(file.relevantField)
        var skills = PhraseMatcher<SkillLevel>()
        for entry in file.skillLevels { for term in entry.terms { skills.add(term, entry.level) } }
        skillLevels = skills
        spoken = phrases(file.spoken)
        written = phrases(file.written)
        licence = phrases(file.licence)
        licenceClass = words(file.licenceClass)
        law = phrases(file.law)
        publicSector = phrases(file.publicSector)
        merit = phrases(file.merit)
    }

    /// The cues shipped with Passform.
    public static let standard: RequirementCues = {
        let empty = File(
            alternatives: [], clauseSeparators: [], orEquivalent: [], openCategory: [], examples: [], experience: [],
            experienceAs: [], experienceSimilar: [], years: [], months: [], yearAdjectives: nil, numbers: [:], education: [],
            educationLevels: [], fieldContext: [], relevantField: [], skillLevels: [], spoken: [], written: [],
            licence: [], licenceClass: [], law: [], publicSector: [], merit: [])
        guard let data = BundledData.data("requirement-cues", "json"), let file = try? JSONDecoder().decode(File.self, from: data)
        else { return RequirementCues(file: empty) }
        return RequirementCues(file: file)
    }()
}
