import Foundation
import PassformCore

/// Reading many CVs: the ones that read, and one line for each that did not.
public struct CVBatch: Sendable {
    /// A file that could not be read, with the one-line reason (it names the file).
    public struct Failure: Sendable, Hashable {
        public var file: String
        public var message: String
    }

    /// The CVs that were read, in the order given.
    public var documents: [CVDocument]
    /// The files that could not be read, in the order given.
    public var failures: [Failure]
}

extension CVReader {
    /// Reads every file; a broken file becomes a ``CVBatch/Failure`` and the others are still read.
    public func readAll(_ paths: [String], asOf: YearMonth) -> CVBatch {
        var batch = CVBatch(documents: [], failures: [])
        for path in paths {
            do {
                batch.documents.append(try read(path: path, asOf: asOf))
            } catch let error as CVReadError {
                batch.failures.append(.init(file: path, message: error.description))
            } catch let error as CVParseError {
                batch.failures.append(.init(file: path, message: error.description))
            } catch {
                batch.failures.append(.init(file: path, message: "\(path): cannot be read (\(type(of: error)))"))
            }
        }
        return batch
    }
}
