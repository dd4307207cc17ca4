import Dispatch
import Foundation

/// Runs independent pieces of work on every core, handing each result back in its place, so
/// the order of the results never depends on which finished first.
public enum ParallelWork {
    public static func run<T: Sendable>(_ work: [@Sendable () -> T]) -> [T] {
        let results = Slots<T>(count: work.count)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, work.count))
        let next = Slots<Int>.Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = next.take(below: work.count) { results.set(i, work[i]()) }
        }
        return results.values
    }

    /// One slot per piece of work, each written once by whichever thread ran it.
    private final class Slots<T>: @unchecked Sendable {
        private var items: [T?]
        private let lock = NSLock()

        init(count: Int) { items = Array(repeating: nil, count: count) }

        func set(_ i: Int, _ value: T) {
            lock.lock()
            items[i] = value
            lock.unlock()
        }

        var values: [T] { items.compactMap { $0 } }

        /// Hands out the next piece of work.
        final class Counter: @unchecked Sendable {
            private var value = 0
            private let lock = NSLock()

            func take(below limit: Int) -> Int? {
                lock.lock()
                defer { lock.unlock() }
                guard value < limit else { return nil }
                value += 1
                return value - 1
            }
        }
    }
}
