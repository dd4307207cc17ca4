import Diagnostics
import Foundation

/// A running headless Chromium and the folder it prints from: its profile, and the pages it
/// is given as files. One run of `build --pdf` has one; the web page keeps one for its life.
final class PrintSession: @unchecked Sendable {
    private let browser: DevToolsBrowser
    private let folder: URL

    init(_ chromium: Chromium) throws(PrintFailure) {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-print-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("profile"), withIntermediateDirectories: true)
        } catch {
            throw PrintFailure(zh: "无法建立打印用的文件夹：\(error)", en: "cannot make a folder to print in: \(error)")
        }
        do {
            browser = try DevToolsBrowser(
                executable: chromium.executable, profile: folder.appendingPathComponent("profile").path)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    var processID: Int32 { browser.processID }

    /// False once Chromium has gone, whoever ended it.
    var isRunning: Bool { browser.isRunning }

    /// Prints `jobs`, `parallel` at once, each worker in a tab of its own; the PDFs in job order,
    /// or the first failure in job order.
    func print(
        _ jobs: [PrintJob], stamp: String, parallel: Int, timeout: TimeInterval
    ) -> Result<[(path: String, bytes: [UInt8])], Diagnostic> {
        // Pages of prints running at the same time (the web page's) must not meet.
        let pages = folder.appendingPathComponent("pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: pages) }
        if let first = jobs.first {
            do {
                try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
            } catch {
                return .failure(
                    PDFPrinter.failed(
                        first, Phrase(zh: "无法建立打印用的文件夹：\(error)", en: "cannot make a folder to print in: \(error)")))
            }
        }
        let results = PDFPrinter.Results(count: jobs.count)
        let next = PDFPrinter.Counter()
        // Threads of their own rather than concurrentPerform, which runs no more at once than
        // there are cores: the work is Chromium's, in its renderers, and the threads wait on it.
        let workers = DispatchGroup()
        for _ in 0..<max(1, min(parallel, jobs.count)) {
            workers.enter()
            Thread.detachNewThread { [self] in
                defer { workers.leave() }
                work(jobs, taking: next, into: results, in: pages, stamp: stamp, timeout: timeout)
            }
        }
        workers.wait()
        return results.collect(jobs)
    }

    /// Closes the browser (killing it if it must) and removes the folder.
    func close() {
        browser.close()
        try? FileManager.default.removeItem(at: folder)
    }

    /// One worker: a tab of its own, then jobs off the counter until none are left or one failed.
    private func work(
        _ jobs: [PrintJob], taking next: PDFPrinter.Counter, into results: PDFPrinter.Results, in pages: URL,
        stamp: String, timeout: TimeInterval
    ) {
        guard let first = next.take(below: jobs.count) else { return }
        let tab: DevToolsBrowser.Tab
        do {
            tab = try browser.openTab(timeout: timeout)
        } catch {
            results.set(first, .failure(PDFPrinter.failed(jobs[first], error.why)))
            return
        }
        defer { browser.closeTab(tab, timeout: timeout) }
        var number: Int? = first
        while let i = number, !results.hasFailure {
            results.set(i, printOne(jobs[i], number: i, in: pages, tab: tab, stamp: stamp, timeout: timeout))
            number = next.take(below: jobs.count)
        }
    }

    private func printOne(
        _ job: PrintJob, number: Int, in pages: URL, tab: DevToolsBrowser.Tab, stamp: String, timeout: TimeInterval
    ) -> Result<[UInt8], Diagnostic> {
        let name = (job.pdfPath as NSString).lastPathComponent
        let html = pages.appendingPathComponent("\(number)-" + (name as NSString).deletingPathExtension + ".html")
        do {
            try Data(job.html).write(to: html)
        } catch {
            return .failure(
                PDFPrinter.failed(
                    job,
                    Phrase(
                        zh: "无法在\(pages.path)中写入要打印的页面：\(error)",
                        en: "cannot write the page to print in \(pages.path): \(error)")))
        }
        do {
            let pdf = try browser.printPDF(html, in: tab, timeout: timeout)
            return .success(PDFNormalizer.normalize(Array(pdf), date: stamp))
        } catch {
            return .failure(PDFPrinter.failed(job, error.why))
        }
    }
}
