/// What candidates are screened against: a role profile or a job posting, reduced to its requirements.
public struct ScreeningTarget: Sendable, Hashable {
    /// The profile id or the posting's file name.
    public var id: String
    public var title: String
    /// All must be met.
    public var requirements: [Requirement]
    /// Merits that rank candidates but are not required.
    public var merits: [Requirement]

    public init(id: String, title: String, requirements: [Requirement], merits: [Requirement] = []) {
        self.id = id
        self.title = title
        self.requirements = requirements
        self.merits = merits
    }

    /// A role profile as a target.
    public init(_ profile: RoleProfile) {
        self.init(id: profile.id.rawValue, title: profile.title, requirements: profile.requirements)
    }
}
