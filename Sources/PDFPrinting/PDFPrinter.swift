import Diagnostics
import Foundation

/// One page to print: its HTML and where its PDF goes in the output folder.
public struct PrintJob: Sendable {
    public let html: [UInt8]
    public let pdfPath: String

    public init(html: [UInt8], pdfPath: String) {
        self.html = html
        self.pdfPath = pdfPath
    }
}

/// Prints pages to PDF in one headless Chromium for the whole run (the DevTools protocol over a
/// pipe), a few pages at once, and normalizes each PDF so the same pages always give the same
/// bytes. The browser is closed at the end, and killed if it must be: none outlives the run.
public enum PDFPrinter {
    /// - Parameter stamp: `YYYYMMDD`, written as the PDFs' creation and modification date in
    ///   place of the moment Chromium ran.
    public static func print(
        _ jobs: [PrintJob], with chromium: Chromium, stamp: String, parallel: Int = 4,
        timeout: TimeInterval = 120
    ) -> Result<[(path: String, bytes: [UInt8])], Diagnostic> {
        guard let first = jobs.first else { return .success([]) }
        let session: PrintSession
        do {
            session = try PrintSession(chromium)
        } catch {
            return .failure(failed(first, error.why))
        }
        defer { session.close() }
        return session.print(jobs, stamp: stamp, parallel: parallel, timeout: timeout)
    }

    /// A page that did not print, at its PDF's path inside the output folder.
    static func failed(_ job: PrintJob, _ why: Phrase) -> Diagnostic {
        .error(.pdfFailed, ["why": why], at: SourceLocation(file: job.pdfPath))
    }

    /// Hands out job numbers to the printing threads.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    /// Each job's outcome, filled in by the printing threads.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [Result<[UInt8], Diagnostic>?]
        init(count: Int) { outcomes = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ outcome: Result<[UInt8], Diagnostic>) {
            lock.lock()
            outcomes[i] = outcome
            lock.unlock()
        }
        var hasFailure: Bool {
            lock.lock()
            defer { lock.unlock() }
            return outcomes.contains { if case .failure = $0 { return true } else { return false } }
        }
        /// The PDFs in job order, or the first failure in job order.
        func collect(_ jobs: [PrintJob]) -> Result<[(path: String, bytes: [UInt8])], Diagnostic> {
            lock.lock()
            defer { lock.unlock() }
            var out: [(path: String, bytes: [UInt8])] = []
            for (job, outcome) in zip(jobs, outcomes) {
                switch outcome {
                case .success(let bytes): out.append((job.pdfPath, bytes))
                case .failure(let error): return .failure(error)
                case nil: return .failure(PDFPrinter.failed(job, Phrase(zh: "没有打印", en: "not printed")))
                }
            }
            return .success(out)
        }
    }
}
