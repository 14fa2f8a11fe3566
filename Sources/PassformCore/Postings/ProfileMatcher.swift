/// Finds the role profiles closest to a job posting, across languages: the work the tasks speak of (through
/// ``TaskTerms``), what the requirements ask for (education fields, system categories and named systems,
/// languages, licences, law, public sector) and the occupation the title names and its family.
///
/// ```swift
/// let best = ProfileMatcher().rank(try store.loadAll(), for: posting).first
/// ```
public struct ProfileMatcher: Sendable {
    /// How much each part weighs in the total; the weights add up to 1.
    public struct Weights: Sendable, Hashable, Codable {
        /// The weight of the task overlap.
        public var tasks: Double
        /// The weight of the requirement overlap.
        public var requirements: Double
        /// The weight of the occupation (same, same family, other).
        public var occupation: Double

        /// Tasks 0.45, requirements 0.25, occupation 0.30.
        public init(tasks: Double = 0.45, requirements: Double = 0.25, occupation: Double = 0.30) {
            self.tasks = tasks
            self.requirements = requirements
            self.occupation = occupation
        }
    }

    /// Occupations and their families.
    public var vocabulary: Vocabulary
    /// The concepts that tasks in different languages share.
    public var terms: TaskTerms
    /// How much tasks, requirements and occupation weigh.
    public var weights: Weights

    /// A matcher with the shipped vocabulary and task terms.
    public init(vocabulary: Vocabulary = .standard, terms: TaskTerms = .standard, weights: Weights = Weights()) {
        self.vocabulary = vocabulary
        self.terms = terms
        self.weights = weights
    }

    /// Every profile with its match, closest first (score descending, then id ascending).
    public func rank(_ profiles: [RoleProfile], for posting: JobPosting) -> [ProfileMatch] {
        profiles.map { match($0, to: posting) }.sorted {
            $0.score != $1.score ? $0.score > $1.score : $0.profile < $1.profile
        }
    }

    /// How close one profile is to the posting.
    public func match(_ profile: RoleProfile, to posting: JobPosting) -> ProfileMatch {
        // Tasks.
        let postingTasks = posting.tasks.map { ($0, Set(terms.concepts(in: $0))) }
        let profileTasks = profile.tasks.map { ($0, Set(terms.concepts(in: $0))) }
        let postingConcepts = postingTasks.reduce(into: Set<String>()) { $0.formUnion($1.1) }
        let profileConcepts = profileTasks.reduce(into: Set<String>()) { $0.formUnion($1.1) }
        let taskScore = Self.dice(postingConcepts, profileConcepts)
        var sharedTasks: [ProfileMatch.SharedTask] = []
        for (task, concepts) in postingTasks where !concepts.isEmpty {
            var best: (String, Set<String>)?
            for (other, otherConcepts) in profileTasks {
                let shared = concepts.intersection(otherConcepts)
                if shared.count > (best?.1.count ?? 0) { best = (other, shared) }
            }
            if let (other, shared) = best {
                sharedTasks.append(
                    ProfileMatch.SharedTask(
                        posting: task, profile: other, concepts: shared.sorted().map { terms.labels[$0] ?? $0 }))
            }
        }
        // Requirements.
        let postingFeatures = features(of: posting.requirements + posting.merits)
        let profileFeatures = features(of: profile.requirements)
        let requirementScore = Self.dice(Set(postingFeatures.keys), Set(profileFeatures.keys))
        let sharedRequirements = Set(postingFeatures.keys).intersection(profileFeatures.keys).sorted().compactMap { postingFeatures[$0] }
        // Occupation.
        var occupationScore = 0.0
        if let occupation = vocabulary.occupation(forTitle: posting.title) {
            if occupation == profile.occupation {
                occupationScore = 1
            } else if vocabulary.areSimilar(occupation, profile.occupation) {
                occupationScore = 0.5
            }
        }
        let score = weights.tasks * taskScore + weights.requirements * requirementScore + weights.occupation * occupationScore
        return ProfileMatch(
            profile: profile.id, title: profile.title, score: score, taskScore: taskScore, requirementScore: requirementScore,
            occupationScore: occupationScore, sharedTasks: sharedTasks, sharedRequirements: sharedRequirements)
    }

    /// What requirements ask for, language-independent: feature key → a short line for a person.
    func features(of requirements: [Requirement]) -> [String: String] {
        var result: [String: String] = [:]
        func add(_ requirement: Requirement) {
            switch requirement.condition {
            case .education(_, let field?, _) where field != .relevant:
                result["field:\(field)"] = "education in \(field)"
            case .education:
                break
            case .experience(_, let occupation?, _):
                for family in vocabulary.familiesOf[occupation] ?? [] { result["family:\(family)"] = "experience in the \(family) family" }
            case .experience:
                break
            case .system(let category, let examples, _, _):
                result["category:\(category)"] = "system category \(category)"
                for name in examples { result["system:\(name)"] = "system \(name)" }
            case .office:
                result["office"] = "office software"
            case .language(let language, _, _, _):
                result["language:\(language)"] = "language \(language)"
            case .licence(let licenceClass):
                result["licence:\(licenceClass)"] = "driving licence \(licenceClass)"
            case .law:
                result["law"] = "knowledge of laws"
            case .publicSector:
                result["publicSector"] = "public-sector experience"
            case .judgement:
                break
            case .anyOf(let alternatives):
                alternatives.flatMap { $0 }.forEach(add)
            }
        }
        requirements.forEach(add)
        return result
    }

    static func dice(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty || !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }
}
