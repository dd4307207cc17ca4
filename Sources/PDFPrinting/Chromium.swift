import Diagnostics
import Foundation

/// Headless Chromium, the browser that prints the town's pages to PDF exactly as they print
/// from a desktop browser: same layout engine, same A4 `@page` rules, the system's CJK fonts.
public struct Chromium: Sendable {
    public let executable: String

    /// What to install when no browser is found, for the error message.
    public static let installAdvice =
        "install it (Debian: apt-get install chromium fonts-noto-cjk) or give its path with --chromium PATH"

    /// The names Debian, Ubuntu and upstream builds install the browser under.
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// `explicit` when given (it must be an executable file), else the first of `names` on `searchPath`.
    public static func find(explicit: String?, searchPath: String) -> Result<Chromium, Diagnostic> {
        if let explicit {
            guard FileManager.default.isExecutableFile(atPath: explicit) else {
                return .failure(.error(.chromiumNotExecutable, ["path": "\(explicit)"]))
            }
            return .success(Chromium(executable: explicit))
        }
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            for name in names {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) {
                    return .success(Chromium(executable: candidate))
                }
            }
        }
        return .failure(.error(.chromiumMissing))
    }

    /// Prints `html` (a file) to `pdf`, in a profile folder of its own so several may run at once.
    /// Throws what went wrong, in words.
    func print(_ html: URL, to pdf: URL, profile: URL, timeout: TimeInterval) throws(PrintFailure) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [
            // --no-sandbox: Chromium refuses to run as root without it (CI runs as root); the
            // pages are jiefang's own, with every value escaped, and load nothing from outside.
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-pdf-header-footer", "--user-data-dir=\(profile.path)", "--print-to-pdf=\(pdf.path)",
            html.absoluteString,
        ]
        let log = profile.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        guard let sink = try? FileHandle(forWritingTo: log) else { throw PrintFailure("cannot write \(log.path)") }
        defer { try? sink.close() }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = sink
        do { try process.run() } catch { throw PrintFailure("\(executable) does not start: \(error)") }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw PrintFailure("Chromium did not finish within \(Int(timeout)) s")
        }
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let last = said.split(separator: "\n").last { !$0.contains("dbus") }.map(String.init) ?? "no message"
            throw PrintFailure("Chromium exited with status \(process.terminationStatus): \(last)")
        }
    }
}

/// Why one page did not print, in words; `PDFPrinter` reports it at the page's PDF.
struct PrintFailure: Error {
    let why: String
    init(_ why: String) { self.why = why }
}

extension Chromium {
    /// Whether fontconfig knows a font with Chinese glyphs; nil when `fc-list` is not on
    /// `searchPath`. Without one, every Chinese character prints as an empty box.
    public static func hasChineseFont(searchPath: String) -> Bool? {
        guard
            let fcList = searchPath.split(separator: ":").map({ "\($0)/fc-list" })
                .first(where: { FileManager.default.isExecutableFile(atPath: $0) })
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: fcList)
        process.arguments = [":lang=zh", "family"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return !data.allSatisfy { $0 == 0x0A || $0 == 0x20 }
    }
}
