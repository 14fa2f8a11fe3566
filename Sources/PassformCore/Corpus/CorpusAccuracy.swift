/// How often the CV readers recover a corpus's ground truth: the tallies of parsed CVs compared with their records.
///
/// ```swift
/// var accuracy = CorpusAccuracy()
/// accuracy.add(parsed: candidate, truth: record)
/// accuracy.monthsRate   // share of CVs whose months per occupation all equal the truth
/// ```
public struct CorpusAccuracy: Sendable, Hashable {
    /// CVs compared.
    public private(set) var cvs = 0
    /// CVs whose months per occupation all equal the truth (and name no other occupation).
    public private(set) var monthsExact = 0
    /// (CV, occupation) pairs in the truth or the parse.
    public private(set) var occupationPairs = 0
    /// Pairs whose months are equal.
    public private(set) var occupationPairsExact = 0
    /// CVs whose total months of work equal the truth.
    public private(set) var totalExact = 0
    /// CVs whose educations (level and field) equal the truth.
    public private(set) var educationExact = 0
    /// CVs whose systems (canonical names) equal the truth.
    public private(set) var systemsExact = 0
    /// CVs whose systems and their stated levels equal the truth.
    public private(set) var systemLevelsExact = 0
    /// CVs whose languages (code and level) equal the truth.
    public private(set) var languagesExact = 0
    /// CVs whose driving-licence classes equal the truth.
    public private(set) var licencesExact = 0
    /// The first CVs whose months differ, for a person to look at (at most 20 ids).
    public private(set) var monthMismatches: [String] = []

    public init() {}

    /// Compares one parsed CV with its record.
    public mutating func add(parsed candidate: Candidate, truth: GroundTruth) {
        cvs += 1
        let parsed = Dictionary(
            uniqueKeysWithValues: candidate.experienceMonthsByOccupation(asOf: truth.asOf).filter { $0.value > 0 }.map {
                ($0.key.rawValue, $0.value)
            })
        if parsed == truth.months {
            monthsExact += 1
        } else if monthMismatches.count < 20 {
            monthMismatches.append(truth.id)
        }
        for key in Set(parsed.keys).union(truth.months.keys) {
            occupationPairs += 1
            if parsed[key] == truth.months[key] { occupationPairsExact += 1 }
        }
        if candidate.totalExperienceMonths(asOf: truth.asOf) == truth.totalMonths { totalExact += 1 }
        let schools = candidate.education.map { "\($0.level?.rawValue ?? "?")/\($0.field?.rawValue ?? "-")" }.sorted()
        if schools == truth.education.map({ "\($0.level.rawValue)/\($0.field?.rawValue ?? "-")" }).sorted() { educationExact += 1 }
        let languages = Set(candidate.languages.map { "\($0.language)/\($0.level?.rawValue ?? "-")" })
        if languages == Set(truth.languages.map { "\($0.code)/\($0.level.rawValue)" }) { languagesExact += 1 }
        if Set(candidate.licences.map { $0.licenceClass.uppercased() }) == Set(truth.licences.map { $0.uppercased() }) { licencesExact += 1 }
        let systems = Set(candidate.skills.map(\.name))
        if systems == Set(truth.systems.map(\.name)) {
            systemsExact += 1
            let levels = Set(candidate.skills.map { "\($0.name)/\($0.level?.rawValue ?? "-")" })
            if levels == Set(truth.systems.map { "\($0.name)/\($0.level?.rawValue ?? "-")" }) { systemLevelsExact += 1 }
        }
    }

    /// Adds another tally (a CV that could not be read counts as a CV with nothing right).
    public mutating func addUnreadable(truth: GroundTruth) {
        cvs += 1
        occupationPairs += truth.months.count
        if monthMismatches.count < 20 { monthMismatches.append(truth.id) }
    }

    /// Share of CVs whose months per occupation all equal the truth.
    public var monthsRate: Double { Self.rate(monthsExact, cvs) }
    /// Share of (CV, occupation) pairs with the true months.
    public var occupationPairRate: Double { Self.rate(occupationPairsExact, occupationPairs) }
    /// Share of CVs with the true total months.
    public var totalRate: Double { Self.rate(totalExact, cvs) }
    /// Share of CVs with the true educations.
    public var educationRate: Double { Self.rate(educationExact, cvs) }
    /// Share of CVs with the true languages at the true levels.
    public var languagesRate: Double { Self.rate(languagesExact, cvs) }
    /// Share of CVs with the true driving-licence classes.
    public var licencesRate: Double { Self.rate(licencesExact, cvs) }
    /// Share of CVs with the true systems.
    public var systemsRate: Double { Self.rate(systemsExact, cvs) }
    /// Share of CVs with the true systems at the true levels.
    public var systemLevelsRate: Double { Self.rate(systemLevelsExact, cvs) }

    static func rate(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
