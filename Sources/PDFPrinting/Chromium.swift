import Diagnostics
import Foundation

/// Headless Chromium, the browser that prints the town's pages to PDF exactly as they print
/// from a desktop browser: same layout engine, same A4 `@page` rules, the system's CJK fonts.
public struct Chromium: Sendable {
    public let executable: String

    /// The names Debian, Ubuntu and upstream builds install the browser under. The headless
    /// shell comes first: the same Blink and the same PDFs, without the desktop browser's
    /// start-up and per-page work, about a third of the time (docs/benchmark.md).
    static let names = [
        "chromium-headless-shell", "chrome-headless-shell", "chromium", "chromium-browser", "google-chrome",
        "google-chrome-stable",
    ]

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
}

/// Why one page did not print, in both languages; `PDFPrinter` reports it at the page's PDF.
struct PrintFailure: Error {
    let why: Phrase
    init(zh: String, en: String) { why = Phrase(zh: zh, en: en) }

    static let stopped = PrintFailure(zh: "Chromium已退出", en: "Chromium stopped")
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
