/// A role level of the framework (such as Ekonomiassistent 2): its tasks and its requirements.
public struct RoleProfile: Sendable, Hashable, Codable {
    /// A lowercase ASCII slug, such as `ekonomiassistent-2`.
    public var id: ProfileID
    /// The title as written, with diacritics restored: "Ekonomiassistent 2".
    public var title: String
    /// The tasks ("Arbetsuppgifter kan bl.a. avse").
    public var tasks: [String]
    /// The requirements ("Kompetenskrav"), all of which must be met.
    public var requirements: [Requirement]

    public init(id: ProfileID, title: String, tasks: [String], requirements: [Requirement]) {
        self.id = id
        self.title = title
        self.tasks = tasks
        self.requirements = requirements
    }

    /// The occupation of the role: its title without the level number.
    public var occupation: OccupationID {
        var words = title.split(separator: " ")
        if let last = words.last, Int(last) != nil { words.removeLast() }
        return OccupationID(Slug.make(words.joined(separator: " ")))
    }
}
