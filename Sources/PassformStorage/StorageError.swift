/// An error of the candidate register, in words a person can act on; never quotes CV content.
package enum StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be created or opened.
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer Passform, whose schema this version does not know.
    case schemaTooNew(path: String, unknownMigrations: [String])
    /// The file is not a Passform register (or not an SQLite database at all).
    case notADatabase(path: String)
    /// No candidate matches the reference (a number, an e-mail address or a personnummer).
    case candidateNotFound(String)
    /// No posting has this id.
    case postingNotFound(String)
    /// A posting with this id is already in the register.
    case duplicatePosting(String)
    /// The candidate has not applied to the posting.
    case applicationNotFound(candidate: Int64, posting: String)
    /// The candidate has already applied to the posting.
    case duplicateApplication(candidate: Int64, posting: String)
    /// An application cannot move from one status to another.
    case invalidTransition(from: ApplicationStatus, to: ApplicationStatus)
    /// A stored value could not be read back (a damaged or hand-edited database).
    case corrupt(String)
    /// The disk (or SQLite's page limit) is full: the transaction was rolled back, everything committed before is kept.
    case diskFull(path: String)
    /// Another SQLite error, with SQLite's own message (which never holds bound values).
    case database(String)

    package var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open the register: \(reason)"
        case .schemaTooNew(let path, let unknown):
            "\(path): the register was written by a newer version of Passform (schema \(unknown.joined(separator: ", "))); "
                + "upgrade Passform to use it"
        case .notADatabase(let path): "\(path): is not a Passform register (not an SQLite database)"
        case .candidateNotFound(let reference): "no candidate '\(reference)' in the register (see 'passform db list')"
        case .postingNotFound(let id): "no posting '\(id)' in the register (see 'passform db postings list')"
        case .duplicatePosting(let id): "a posting '\(id)' is already in the register"
        case .applicationNotFound(let candidate, let posting): "candidate \(candidate) has not applied to posting '\(posting)'"
        case .duplicateApplication(let candidate, let posting): "candidate \(candidate) has already applied to posting '\(posting)'"
        case .invalidTransition(let from, let to):
            from.isClosed
                ? "the application is already \(from.rawValue); it cannot become \(to.rawValue)"
                : "an application cannot go from \(from.rawValue) back to \(to.rawValue) (order: \(ApplicationStatus.flow))"
        case .corrupt(let what): "the register is damaged: \(what)"
        case .diskFull(let path):
            "\(path): the disk is full; free some space (or move the register to a roomier disk) and run the command again "
                + "(everything stored before is kept)"
        case .database(let message): "database error: \(message)"
        }
    }
}
