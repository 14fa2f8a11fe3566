/// A part of a job ad, opened by a heading ("Arbeidsoppgaver", "Vem är du?") and holding its items.
public struct PostingSection: Sendable, Hashable, Codable {
    /// What a section of an ad holds.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The text before the first heading: the title, the employer, the job in prose.
        case intro
        /// What the job is about ("Arbetsuppgifter", "Responsibilities").
        case tasks
        /// What a candidate must have ("Kvalifikasjoner", "Vem är du?").
        case requirements
        /// What counts in a candidate's favour ("Meriterande", "Ønskelig", "Preferred").
        case merits
        /// Personal qualities ("Egenskaper", "Personliga egenskaper").
        case qualities
        /// What the employer offers ("Vi tilbyr", "Vi erbjuder").
        case offer
        /// About the employer ("Om arbeidsgiveren", "Om oss").
        case about
        /// How to apply and whom to ask.
        case apply
        /// Terms of employment: extent, salary, start.
        case conditions
    }

    /// What the section holds.
    public var kind: Kind
    /// Its items: list items, or sentences of prose, as written.
    public var items: [String]

    /// A section.
    public init(kind: Kind, items: [String]) {
        self.kind = kind
        self.items = items
    }
}
