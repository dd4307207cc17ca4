import CampaignSpec
import Diagnostics
import PDFPrinting
import Rendering

/// `build --pdf`: the printed pages as PDFs, from headless Chromium.
enum PDFPages {
    struct Outcome {
        let result: Result<[OutputFile], Diagnostic>
        let warnings: [Diagnostic]
    }

    /// The PDFs of `files`' printable pages, dated `stamp`, or why they could not be made.
    static func print(_ files: [OutputFile], _ request: PDFRequest, stamp: CivilDate) -> Outcome {
        let chromium: Chromium
        switch Chromium.find(explicit: request.chromium, searchPath: request.searchPath) {
        case .success(let found): chromium = found
        case .failure(let problem): return Outcome(result: .failure(problem), warnings: [])
        }
        var warnings: [Diagnostic] = []
        if Chromium.hasChineseFont(searchPath: request.searchPath) == false {
            warnings.append(
                .warning(.noChineseFont))
        }
        let jobs = files.compactMap { file in
            OutputPaths.pdf(for: file.path).map { PrintJob(html: file.bytes, pdfPath: $0) }
        }
        let printed = PDFPrinter.print(jobs, with: chromium, stamp: stamp.basic)
        return Outcome(
            result: printed.map { $0.map { OutputFile(path: $0.path, bytes: $0.bytes) } }, warnings: warnings)
    }
}
