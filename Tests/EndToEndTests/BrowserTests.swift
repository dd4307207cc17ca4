import Foundation
import TestSupport
import Testing

/// The office's web page in a real browser: `Tests/Browser/office_web.py` drives Debian's
/// Chromium with Playwright through what the office and a leader do (SPEC §8).
@Suite("The web page in Chromium")
struct BrowserTests {
    @Test(
        "sign in, register a 包案 visit, progress, extend, close, the weekly report, a leader's own view, the live preview, leave",
        .enabled(if: TestEnvironment.has("chromium") && TestEnvironment.python("playwright")))
    func officeAndLeader() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
            try RealClient.missing("Debian's chromium at /usr/bin/chromium")
        }
        let result = try RealClient.python(
            "import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name='__main__')",
            [repositoryRoot.appendingPathComponent("Tests/Browser/office_web.py").path, CLI.binary.path],
            modules: ["playwright"])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.hasSuffix("ok\n"), "\(result.stdout)")
    }
}
