import Diagnostics
import Foundation

/// One headless Chromium kept for a long-running program's life (the office's web page): started
/// at the first print, shared by the prints that follow, started again when it has died. Close
/// it when the program stops, so no Chromium outlives it.
public final class KeptBrowser: @unchecked Sendable {
    private let chromium: Chromium
    private let lock = NSLock()
    private var session: PrintSession?
    private var starts = 0

    public init(_ chromium: Chromium) {
        self.chromium = chromium
    }

    /// How many times a browser was started: 1 after the first print, one more per restart.
    public var started: Int { lock.withLock { starts } }

    /// The running browser's process (its renderers are in its process group), if one runs.
    public var processID: Int32? { lock.withLock { session?.processID } }

    /// Prints `jobs` in the kept browser. When the browser died since the last print, or dies
    /// during this one, a new one is started and the print tried once more.
    public func print(
        _ jobs: [PrintJob], stamp: String, parallel: Int = 2, timeout: TimeInterval = 60
    ) -> Result<[(path: String, bytes: [UInt8])], Diagnostic> {
        guard let first = jobs.first else { return .success([]) }
        var outcome: Result<[(path: String, bytes: [UInt8])], Diagnostic> = .success([])
        for _ in 0..<2 {
            let running: PrintSession
            do {
                running = try current()
            } catch {
                return .failure(PDFPrinter.failed(first, error.why))
            }
            outcome = running.print(jobs, stamp: stamp, parallel: parallel, timeout: timeout)
            if case .success = outcome { return outcome }
            guard !running.isRunning else { return outcome }
        }
        return outcome
    }

    /// Closes the browser; a print after this starts a new one.
    public func close() {
        let ending = lock.withLock {
            defer { session = nil }
            return session
        }
        ending?.close()
    }

    /// The running session, a new one when there is none or it has died.
    private func current() throws(PrintFailure) -> PrintSession {
        lock.lock()
        defer { lock.unlock() }
        if let session, session.isRunning { return session }
        session?.close()
        session = nil
        let started = try PrintSession(chromium)
        starts += 1
        session = started
        return started
    }
}
