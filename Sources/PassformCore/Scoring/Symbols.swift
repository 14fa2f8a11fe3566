import Foundation

/// Small integer ids for the strings evaluation compares (occupations, skill names, categories, fields,
/// languages, licence classes), shared by the process so that a prepared candidate and a compiled screener agree
/// on them without owning anything in common: evaluation then compares integers, never text.
///
/// Ids follow `String` equality (canonical equivalence). The table only grows; it holds each distinct name once.
final class Symbols: @unchecked Sendable {
    static let shared = Symbols()

    /// The table, used only under the lock (or as a private snapshot of it).
    struct Table {
        fileprivate var ids: [String: Int32] = [:]
        fileprivate var foldedNames: [String: Int32] = [:]

        /// How many entries the table holds: it only grows, so an unchanged count means nothing was added.
        fileprivate var count: Int { ids.count + foldedNames.count }

        /// The id of `text`.
        mutating func id(_ text: String) -> Int32 {
            if let id = ids[text] { return id }
            let id = Int32(ids.count)
            ids[text] = id
            return id
        }

        /// The id of `name` folded as skill names are looked up (``Folding/asciiFold(_:)``), folding each name once.
        mutating func foldedID(_ name: String) -> Int32 {
            if let id = foldedNames[name] { return id }
            let id = self.id(Folding.asciiFold(name))
            foldedNames[name] = id
            return id
        }
    }

    private let lock = NSLock()
    private var table = Table()

    /// Runs `body` with the table and returns what it builds: intern everything a value needs in one call.
    ///
    /// `body` first runs on a snapshot, outside the lock, so that threads preparing candidates at once do not wait
    /// on each other; only when it had to add a name does it run again, under the lock, on the shared table (ids
    /// never change once given, so a run that added nothing got the shared ids). `body` must therefore build its
    /// result from the table alone, without changing anything else.
    func with<T>(_ body: (inout Table) -> T) -> T {
        lock.lock()
        var snapshot = table  // shares the dictionaries' storage: no copy unless `body` adds a name
        lock.unlock()
        let known = snapshot.count
        let result = body(&snapshot)
        if snapshot.count == known { return result }
        lock.lock()
        defer { lock.unlock() }
        return body(&table)
    }
}

/// A set of up to 64 list positions (jobs, skills) as bits.
typealias PositionMask = UInt64
