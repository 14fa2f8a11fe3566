import Foundation

/// The work of the field as language-independent concepts ("accounts-receivable" for kundreskontra,
/// kundereskontro, debitorer and accounts receivable), loaded from `Vocabulary/Data/task-terms.json`,
/// so that tasks written in different languages can be compared.
public struct TaskTerms: Sendable {
    struct File: Decodable {
        struct Concept: Decodable {
            var id: String
            var label: String
            var terms: [String]
        }
        var concepts: [Concept]
    }

    private var matcher = PhraseMatcher<String>()
    /// Concept id → its English label ("accounts receivable").
    public private(set) var labels: [String: String] = [:]

    /// An empty set of terms; add concepts with ``merging(_:)``.
    public init() {}

    /// These terms with the concepts of another `task-terms.json`-shaped file added.
    /// - Throws: `DecodingError` when the data is not of that shape.
    public func merging(_ data: Data) throws -> TaskTerms {
        var copy = self
        let file = try JSONDecoder().decode(File.self, from: data)
        for concept in file.concepts {
            copy.labels[concept.id] = concept.label
            for term in concept.terms { copy.matcher.add(term, concept.id) }
        }
        return copy
    }

    /// The concepts a text speaks of, sorted by id.
    public func concepts(in text: String) -> [String] {
        Set(matcher.matches(in: text).map(\.value)).sorted()
    }

    /// The terms shipped with Passform.
    public static let standard: TaskTerms = {
        guard let data = BundledData.data("task-terms", "json"), let terms = try? TaskTerms().merging(data)
        else { return TaskTerms() }
        return terms
    }()
}
