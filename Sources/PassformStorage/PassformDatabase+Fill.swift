import Foundation
internal import GRDB
import PassformCore

extension PassformDatabase {
    /// Adds `count` candidates made from `templates` in turn, each a person of their own (e-mail address
    /// `bench-N@example.invalid`, no personnummer, file bytes ending in N), stored as an import stores them, in
    /// transactions of 10,000. For benchmarks: a register of a million candidates without parsing a million files.
    ///
    /// - Parameters:
    ///   - first: the N of the first candidate added; continue a fill with the count already added.
    /// - Returns: the number of candidates in the register afterwards.
    @discardableResult
    package func fill(from templates: [CVImport], count: Int, startingAt first: Int = 0, by actor: String, at now: Date = Date())
        throws -> Int
    {
        guard !templates.isEmpty, count > 0 else { return try candidateCount() }
        let batchSize = 10_000
        var done = 0
        while done < count {
            let size = min(batchSize, count - done)
            let start = first + done
            let batch = Parallel.map(Array(0..<size), chunk: 64) { offset -> PreparedCV? in
                let n = start + offset
                var cv = templates[n % templates.count]
                cv.candidate.contacts.emails = ["bench-\(n)@example.invalid"]
                cv.candidate.contacts.nationalID = nil
                cv.bytes.append(contentsOf: Array("\n\(n)\n".utf8))
                cv.fileName = "bench-\(n).txt"
                return try? PreparedCV(cv)
            }.compactMap { $0 }
            try importCVs(batch, by: actor, at: now)
            done += size
        }
        return try candidateCount()
    }

    /// How many candidates the register holds.
    package func candidateCount() throws -> Int {
        try perform { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM candidate") ?? 0 }
    }
}
