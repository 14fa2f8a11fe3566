import Dispatch
import Foundation

/// Maps a list across the machine's cores in chunks, keeping the order: for independent, CPU-bound items such as
/// CV files to parse or candidates to evaluate.
package enum Parallel {
    /// `transform` of every item, in order; runs on the calling thread alone for short lists or one core.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], chunk: Int = 8, _ transform: @Sendable (Item) -> Result
    ) -> [Result] {
        let workers = ProcessInfo.processInfo.activeProcessorCount
        guard workers > 1, items.count > chunk else { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunks = (items.count + chunk - 1) / chunk
        withoutActuallyEscaping(transform) { transform in
            let work = Work(items: items, results: results, transform: transform)
            DispatchQueue.concurrentPerform(iterations: chunks) { index in
                for i in (index * chunk)..<min(work.items.count, (index + 1) * chunk) { work.run(i) }
            }
        }
        let values = results.map { $0! }
        _ = results.deinitialize()
        return values
    }

    /// The shared state of one ``map(_:chunk:_:)``: each index of `results` is written by exactly one worker.
    private struct Work<Item: Sendable, Result: Sendable>: @unchecked Sendable {
        let items: [Item]
        let results: UnsafeMutableBufferPointer<Result?>
        let transform: @Sendable (Item) -> Result

        func run(_ i: Int) { results[i] = transform(items[i]) }
    }
}
