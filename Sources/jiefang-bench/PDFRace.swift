import CampaignBuild
import CampaignGenerator
import CampaignSpec
import Foundation
import PDFPrinting
import Rendering

/// `jiefang-bench pdf`: `build --pdf` (one browser for the run, the one jiefang finds) against
/// what a script does, `--headless --print-to-pdf` once per page, on the same pages in the same
/// run: once with the same browser, and once with the desktop `chromium` a script would name.
enum PDFRace {
    static func run(sample: Campaign, year: Campaign) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard case .success(let browser) = Chromium.find(explicit: nil, searchPath: path) else {
            print("no Chromium on PATH: nothing to race")
            return
        }
        let desktop = path.split(separator: ":").map { "\($0)/chromium" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        let name = (browser.executable as NSString).lastPathComponent
        print("jiefang prints with \(browser.executable); the scripts run one browser per page.\n")
        print(
            "| campaign | PDFs | jiefang --pdf (s) | script, \(name) (s) | ratio | script, chromium (s) | ratio "
                + "| jiefang's peak (MiB) | largest browser process (MiB) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for (label, campaign) in [("the sample", sample), ("a year × 60 leaders", year)] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-pdf-race-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let clock = ContinuousClock()
            let start = clock.now
            let built = CampaignBuild.build(
                BuildRequest(
                    campaign: .loaded(campaign), output: folder.appendingPathComponent("out").path, fresh: true,
                    pdf: PDFRequest(chromium: browser.executable, searchPath: path)))
            let ours = clock.now - start
            let peak = peakMemoryMiB(), browserPeak = largestChildMiB()
            let output: BuiltOutput
            switch built {
            case .success(let done) where done.pdfProblem == nil: output = done
            case .success(let done):
                print("| \(label) | \(done.pdfProblem?.description ?? "") |||||||")
                continue
            case .failure(let failure):
                print("| \(label) | \(failure.errors.map(\.description).joined(separator: " ")) |||||||")
                continue
            }
            let pages = output.files.map(\.path).filter { OutputPaths.pdf(for: $0) != nil }
                .map { folder.appendingPathComponent("out").appendingPathComponent($0) }
            let same = script(pages, with: browser.executable, in: folder)
            let other = desktop.map { script(pages, with: $0, in: folder) }
            print(
                "| \(label) | \(pages.count) | \(seconds(ours)) | \(seconds(same)) | \(ratio(same, ours)) | "
                    + "\(other.map(seconds) ?? "–") | \(other.map { ratio($0, ours) } ?? "–") | "
                    + "\(String(format: "%.0f", peak)) | \(String(format: "%.0f", browserPeak)) |")
        }
    }

    /// One `--print-to-pdf` per page, one after another, as a shell loop would.
    static func script(_ pages: [URL], with browser: String, in folder: URL) -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        for page in pages {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: browser)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                "--print-to-pdf=\(folder.appendingPathComponent("script.pdf").path)", page.absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try? process.run()
            process.waitUntilExit()
        }
        return clock.now - start
    }

    static func ratio(_ theirs: Duration, _ ours: Duration) -> String {
        String(format: "%.1f×", theirs / max(ours, .milliseconds(1)))
    }

    /// The largest resident size of any child process waited for so far: the browser jiefang
    /// started (its renderers are its own children, and not counted).
    static func largestChildMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
