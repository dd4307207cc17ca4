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
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-print-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        let browser: DevToolsBrowser
        do {
            try FileManager.default.createDirectory(
                at: work.appendingPathComponent("profile"), withIntermediateDirectories: true)
            browser = try DevToolsBrowser(
                executable: chromium.executable, profile: work.appendingPathComponent("profile").path)
        } catch let failure as PrintFailure {
            return .failure(failed(first, failure.why))
        } catch {
            return .failure(failed(first, "cannot make a folder to print in: \(error)"))
        }
        defer { browser.close() }
        let results = Results(count: jobs.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(parallel, jobs.count))) { _ in
            while let i = next.take(below: jobs.count), !results.hasFailure {
                results.set(i, printOne(jobs[i], number: i, in: work, browser: browser, stamp: stamp, timeout: timeout))
            }
        }
        return results.collect(jobs)
    }

    private static func printOne(
        _ job: PrintJob, number: Int, in work: URL, browser: DevToolsBrowser, stamp: String,
        timeout: TimeInterval
    ) -> Result<[UInt8], Diagnostic> {
        let name = (job.pdfPath as NSString).lastPathComponent
        let html = work.appendingPathComponent("\(number)-" + (name as NSString).deletingPathExtension + ".html")
        do {
            try Data(job.html).write(to: html)
        } catch {
            return .failure(failed(job, "cannot write the page to print in \(work.path): \(error)"))
        }
        do {
            let pdf = try browser.printPDF(html, timeout: timeout)
            return .success(PDFNormalizer.normalize(Array(pdf), date: stamp))
        } catch {
            return .failure(failed(job, error.why))
        }
    }

    /// A page that did not print, at its PDF's path inside the output folder.
    static func failed(_ job: PrintJob, _ why: String) -> Diagnostic {
        .error(.pdfFailed, ["why": "\(why)"], at: SourceLocation(file: job.pdfPath))
    }

    /// Hands out job numbers to the printing threads.
    private final class Counter: @unchecked Sendable {
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
    private final class Results: @unchecked Sendable {
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
                case nil: return .failure(PDFPrinter.failed(job, "not printed"))
                }
            }
            return .success(out)
        }
    }
}

/// What makes two printings of the same page differ, taken out: Chromium writes the moment it
/// ran as `/CreationDate` and `/ModDate`, and numbers the tagged-PDF structure elements
/// `(node00000022)` by DOM node ids that shift with timing. Every replacement has the same
/// length, so the cross-reference offsets stay valid.
public enum PDFNormalizer {
    public static func normalize(_ pdf: [UInt8], date yyyymmdd: String) -> [UInt8] {
        renumberStructureIDs(stamp(pdf, with: yyyymmdd))
    }

    /// The creation and modification dates set to `yyyymmdd` at midnight.
    static func stamp(_ pdf: [UInt8], with yyyymmdd: String) -> [UInt8] {
        let digits = Array((yyyymmdd + "000000").utf8)
        var out = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            for start in occurrences(of: Array(key.utf8), in: out) {
                let end = start + digits.count
                if end <= out.count, out[start..<end].allSatisfy(isDigit) {
                    out.replaceSubrange(start..<end, with: digits)
                }
            }
        }
        return out
    }

    /// `(nodeNNNNNNNN)` ids renumbered 1, 2, 3… in their numeric order, which keeps the order
    /// the PDF's ID name tree is sorted in.
    static func renumberStructureIDs(_ pdf: [UInt8]) -> [UInt8] {
        let width = 8
        let found = occurrences(of: Array("(node".utf8), in: pdf).filter { start in
            start + width < pdf.count && pdf[start..<(start + width)].allSatisfy(isDigit)
                && pdf[start + width] == UInt8(ascii: ")")
        }
        func number(at start: Int) -> Int { pdf[start..<(start + width)].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let ranks = Dictionary(uniqueKeysWithValues: Set(found.map(number)).sorted().enumerated().map { ($1, $0 + 1) })
        var out = pdf
        for start in found {
            let text = String(ranks[number(at: start)] ?? 0)
            out.replaceSubrange(
                start..<(start + width), with: Array((String(repeating: "0", count: width - text.count) + text).utf8))
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// Where each occurrence of `pattern` ends, i.e. the index just after it.
    private static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                found.append(i + pattern.count)
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }
}
