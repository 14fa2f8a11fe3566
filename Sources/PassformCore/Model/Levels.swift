/// The education ladder: each level meets a requirement for any level below it.
public enum EducationLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case grundskola
    case gymnasium
    case yrkeshogskola
    case hogskola
    case master

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// How well a person knows a system or office software, from basic knowledge to extensive experience.
public enum SkillLevel: String, Codable, Sendable, CaseIterable, Comparable {
    /// "grundkunskaper", "grundläggande", "basic".
    case grund
    /// "kunskaper i", "kjennskap til", "knowledge of", "erfarenhet av".
    case kunskaper
    /// "goda kunskaper", "god kjennskap", "good knowledge".
    case goda
    /// "stor erfarenhet", "mycket goda", "expert", "advanced".
    case storErfarenhet = "stor-erfarenhet"

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A language level on the CEFR scale, with `native` above C2.
public enum LanguageLevel: String, Codable, Sendable, CaseIterable, Comparable {
    case a1 = "A1", a2 = "A2", b1 = "B1", b2 = "B2", c1 = "C1", c2 = "C2"
    case native

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Whether experience must be in the named occupation itself or in its occupational family.
public enum ExperienceMatch: String, Codable, Sendable {
    /// "som ekonomiassistent": only jobs in that occupation count.
    case `as`
    /// "från liknande arbete": jobs in the same occupational family count.
    case similar
}
