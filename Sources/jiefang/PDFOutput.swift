import Foundation
import PDFPrinting
import Rendering

/// `build --pdf`: the printed pages as PDFs, from headless Chromium.
enum PDFOutput {
    /// The PDFs of `files`' printable pages, or why they could not be made.
    static func print(_ files: [OutputFile], chromium explicit: String?, stamp: String) -> Result<[OutputFile], PrintError> {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let chromium: Chromium
        switch Chromium.find(explicit: explicit, searchPath: searchPath) {
        case .success(let found): chromium = found
        case .failure(let error): return .failure(error)
        }
        if Chromium.hasChineseFont(searchPath: searchPath) == false {
            Console.error("warning: no font with Chinese characters is installed (fc-list :lang=zh finds none), so the PDFs "
                          + "will show empty boxes; install one (Debian: apt-get install fonts-noto-cjk)")
        }
        let jobs = files.compactMap { file in OutputPaths.pdf(for: file.path).map { PrintJob(html: file.bytes, pdfPath: $0) } }
        return PDFPrinter.print(jobs, with: chromium, stamp: stamp).map { printed in
            printed.map { OutputFile(path: $0.path, bytes: $0.bytes) }
        }
    }
}
