/// The facts a CV parser reads besides the name, jobs, education and systems, which every screening uses. A screen
/// against a target that asks for no language, licence or law tells the parsers to leave those out; `cv parse`
/// and the register read them all.
public struct CVFacets: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let languages = CVFacets(rawValue: 1 << 0)
    public static let licences = CVFacets(rawValue: 1 << 1)
    public static let laws = CVFacets(rawValue: 1 << 2)
    public static let certifications = CVFacets(rawValue: 1 << 3)
    public static let all: CVFacets = [.languages, .licences, .laws, .certifications]
}

extension ScreeningTarget {
    /// The facets the target's requirements and merits look at: evaluation reads nothing else of a candidate.
    public var facets: CVFacets {
        func collect(_ requirements: [Requirement]) -> CVFacets {
            requirements.reduce(into: []) { found, requirement in
                switch requirement.condition {
                case .language: found.insert(.languages)
                case .licence: found.insert(.licences)
                case .law: found.insert(.laws)
                case .anyOf(let alternatives): for alternative in alternatives { found.formUnion(collect(alternative)) }
                case .education, .experience, .system, .office, .publicSector, .judgement: break
                }
            }
        }
        return collect(requirements).union(collect(merits))
    }
}
