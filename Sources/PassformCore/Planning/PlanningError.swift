/// A plan that cannot be computed, or a scenario change that cannot be applied.
public enum PlanningError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A seasonality profile is malformed; the text says how.
    case invalidSeasonality(String)
    /// Shrinkage is out of range; the text says how.
    case invalidShrinkage(String)
    /// A `--set` path names nothing in the plan; `known` lists what there is at that level.
    case unknownPath(setting: String, problem: String, known: [String])
    /// A `--set` value cannot be read or cannot be applied to what the path names.
    case invalidChange(setting: String, problem: String)
    /// A phone group's Erlang C calculation failed.
    case phoneGroup(id: ProcessID, problem: ErlangC.Problem)

    /// One line for a person.
    public var description: String {
        switch self {
        case .invalidSeasonality(let text): "seasonality profile \(text)"
        case .invalidShrinkage(let text): "shrinkage \(text)"
        case .unknownPath(let setting, let problem, let known):
            "--set \(setting): \(problem)" + (known.isEmpty ? "" : "; known: \(known.joined(separator: ", "))")
        case .invalidChange(let setting, let problem): "--set \(setting): \(problem)"
        case .phoneGroup(let id, let problem): "phone group '\(id)': \(problem)"
        }
    }
}
