import Foundation
import PassformCore

/// Reading many CVs: the ones that read, and one line for each that did not.
public struct CVBatch: Sendable {
    /// A file that could not be read, with the one-line reason (it names the file).
    public struct Failure: Error, Sendable, Hashable {
        public var file: String
        public var message: String
    }

    /// The CVs that were read, in the order given.
    public var documents: [CVDocument]
    /// The files that could not be read, in the order given.
    public var failures: [Failure]
}

extension CVReader {
    /// Reads every file, on all cores; a broken file becomes a ``CVBatch/Failure`` and the others are still read.
    public func readAll(_ paths: [String], asOf: YearMonth) -> CVBatch {
        let results = Parallel.map(paths) { readResult(path: $0, asOf: asOf) }
        var batch = CVBatch(documents: [], failures: [])
        batch.documents.reserveCapacity(paths.count)
        for result in results {
            switch result {
            case .success(let document): batch.documents.append(document)
            case .failure(let failure): batch.failures.append(failure)
            }
        }
        return batch
    }

    /// One file of a batch: its document, or the one-line reason it could not be read.
    public func readResult(path: String, asOf: YearMonth) -> Result<CVDocument, CVBatch.Failure> {
        do {
            return .success(try read(path: path, asOf: asOf))
        } catch let error as CVReadError {
            return .failure(.init(file: path, message: error.description))
        } catch let error as CVParseError {
            return .failure(.init(file: path, message: error.description))
        } catch {
            return .failure(.init(file: path, message: "\(path): cannot be read (\(type(of: error)))"))
        }
    }
}
