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
        let chunks = (items.count + chunk - 1) / chunk
        // Each worker initialises its results in the array's own storage: nothing is copied or wrapped afterwards.
        return [Result](unsafeUninitializedCapacity: items.count) { buffer, count in
            withoutActuallyEscaping(transform) { transform in
                let work = Work(items: items, results: buffer, transform: transform)
                DispatchQueue.concurrentPerform(iterations: chunks) { index in
                    for i in (index * chunk)..<min(work.items.count, (index + 1) * chunk) { work.run(i) }
                }
            }
            count = items.count
        }
    }

    /// `first` and `second` at the same time (the second on another core when there is one): for two independent
    /// start-up jobs, such as listing a folder of CVs while the target loads and the parsers build their vocabularies.
    /// When both throw, the first's error is the one thrown, as if they had run one after the other.
    package static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second
    ) throws -> (First, Second) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (try first(), try second()) }
        let slots = Slots<Result<First, any Error>, Result<Second, any Error>>()
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let jobs = Jobs(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 {
                        slots.first = Result { try jobs.first() }
                    } else {
                        slots.second = Result { try jobs.second() }
                    }
                }
            }
        }
        return (try slots.first!.get(), try slots.second!.get())
    }

    /// The results of ``both(_:_:)``: each slot is written by exactly one of the two jobs, read after both end.
    private final class Slots<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }

    private struct Jobs<First, Second>: @unchecked Sendable {
        let first: @Sendable () throws -> First
        let second: @Sendable () throws -> Second
    }

    /// The shared state of one ``map(_:chunk:_:)``: each index of `results` is written by exactly one worker.
    private struct Work<Item: Sendable, Result: Sendable>: @unchecked Sendable {
        let items: [Item]
        let results: UnsafeMutableBufferPointer<Result>
        let transform: @Sendable (Item) -> Result

        func run(_ i: Int) { (results.baseAddress! + i).initialize(to: transform(items[i])) }
    }
}
