import CampaignBuild
import CampaignGenerator
import CampaignSpec
import Foundation
import Rendering

/// `jiefang-bench pdf`: `build --pdf` (one Chromium for the run) against what a script does,
/// `chromium --headless --print-to-pdf` once per page, on the same pages, in the same run.
enum PDFRace {
    static func run(sample: Campaign, year: Campaign) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        guard
            let chromium = path.split(separator: ":").map({ "\($0)/chromium" })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else {
            print("no chromium on PATH: nothing to race")
            return
        }
        print("| campaign | PDFs | jiefang --pdf (s) | a Chromium per page (s) | ratio | jiefang's peak (MiB) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for (label, campaign) in [("the sample", sample), ("a year × 60 leaders", year)] {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-pdf-race-\(UUID())")
            defer { try? FileManager.default.removeItem(at: folder) }
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let clock = ContinuousClock()
            let start = clock.now
            let built = CampaignBuild.build(
                BuildRequest(
                    campaign: .loaded(campaign), output: folder.appendingPathComponent("out").path, fresh: true,
                    pdf: PDFRequest(chromium: chromium, searchPath: path)))
            let ours = clock.now - start
            let output: BuiltOutput
            switch built {
            case .success(let done) where done.pdfProblem == nil: output = done
            case .success(let done):
                print("| \(label) | \(done.pdfProblem?.description ?? "") |||||")
                continue
            case .failure(let failure):
                print("| \(label) | \(failure.errors.map(\.description).joined(separator: " ")) |||||")
                continue
            }
            let pages = output.files.map(\.path).filter { OutputPaths.pdf(for: $0) != nil }
            let scriptStart = clock.now
            for page in pages {
                let html = folder.appendingPathComponent("out").appendingPathComponent(page)
                let process = Process()
                process.executableURL = URL(fileURLWithPath: chromium)
                process.arguments = [
                    "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
                    "--print-to-pdf=\(folder.appendingPathComponent("script.pdf").path)", html.absoluteString,
                ]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try? process.run()
                process.waitUntilExit()
            }
            let script = clock.now - scriptStart
            let ratio = (Double(seconds(script)) ?? 0) / max(0.001, Double(seconds(ours)) ?? 0)
            print(
                "| \(label) | \(pages.count) | \(seconds(ours)) | \(seconds(script)) | \(String(format: "%.1f", ratio))× | "
                    + "\(String(format: "%.0f", peakMemoryMiB())) |")
        }
    }
}
