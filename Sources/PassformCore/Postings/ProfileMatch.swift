import Foundation

/// How close a role profile is to a job posting, and what they share.
public struct ProfileMatch: Sendable, Hashable {
    /// A task of the posting that speaks of the same work as a task of the profile.
    public struct SharedTask: Sendable, Hashable, Codable {
        /// The posting's task, as written.
        public var posting: String
        /// The profile's task that shares the most concepts with it.
        public var profile: String
        /// The shared concepts, as English labels ("accounts receivable").
        public var concepts: [String]
    }

    /// The profile's id.
    public var profile: ProfileID
    /// The profile's title ("Ekonomiassistent 2").
    public var title: String
    /// The weighted total in 0...1.
    public var score: Double
    /// The overlap of the work the tasks speak of (Dice coefficient of task concepts), 0...1.
    public var taskScore: Double
    /// The overlap of what the requirements ask for (fields, system categories and systems, languages …), 0...1.
    public var requirementScore: Double
    /// 1 for the same occupation, 0.5 for the same occupational family, else 0.
    public var occupationScore: Double
    /// Each posting task with the profile task closest to it.
    public var sharedTasks: [SharedTask]
    /// What both ask for, in a short line each ("system category ekonomisystem").
    public var sharedRequirements: [String]
}

extension ProfileMatch: Encodable {
    private enum Key: String, CodingKey {
        case profile, title, score, taskScore, requirementScore, occupationScore, sharedTasks, sharedRequirements
    }

    /// Scores are written with three decimals, so that the JSON is stable.
    public func encode(to encoder: any Encoder) throws {
        func rounded(_ value: Double) -> Decimal { Decimal((value * 1000).rounded()) / 1000 }
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(profile, forKey: .profile)
        try c.encode(title, forKey: .title)
        try c.encode(rounded(score), forKey: .score)
        try c.encode(rounded(taskScore), forKey: .taskScore)
        try c.encode(rounded(requirementScore), forKey: .requirementScore)
        try c.encode(rounded(occupationScore), forKey: .occupationScore)
        try c.encode(sharedTasks, forKey: .sharedTasks)
        try c.encode(sharedRequirements, forKey: .sharedRequirements)
    }
}
