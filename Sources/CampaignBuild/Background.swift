import Foundation

/// Work started on another thread now, whose value is waited for when first asked.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let mutex = NSLock()
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread { [self] in
            let value = work()
            mutex.lock()
            result = value
            mutex.unlock()
            done.signal()
        }
    }

    /// Waits for the work to finish; later calls return at once.
    var value: Value {
        mutex.lock()
        if let result {
            mutex.unlock()
            return result
        }
        mutex.unlock()
        done.wait()
        mutex.lock()
        defer { mutex.unlock() }
        // The worker sets the result before it signals.
        return result ?? { preconditionFailure("signalled without a result") }()
    }
}
