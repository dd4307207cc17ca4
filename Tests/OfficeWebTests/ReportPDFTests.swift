import CaseWork
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import OfficeWeb

/// SPEC §13 on the web page: the weekly report and the summary as PDFs, printed by one Chromium
/// kept for the server's life, the same bytes `report --pdf` prints.
@Suite("Report PDFs from the web page")
struct ReportPDFTests {
    typealias Fixture = OfficeServerTests

    @Test(
        "the weekly report and the summary offer their PDF; Chromium killed between prints is started again; none outlives the server",
        .enabled(if: TestEnvironment.has("pdfinfo", "pdftotext") && Self.hasBrowser))
    func reportPDFs() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        let browser = try server.printer.get()
        let app = Application(router: server.router())
        let folder = try Processes.temporaryDirectory()
        let firstPID = try await app.test(.router) { client -> Int32 in
            var weekly: [UInt8] = []
            let (cookie, _) = try await Fixture.signIn(client, "王干事", "office-password")
            let headers: HTTPFields = [.cookie: cookie]
            let page = try await client.execute(uri: "/reports/weekly?as_of=2026-09-10", method: .get, headers: headers)
            {
                String(buffer: $0.body)
            }
            #expect(page.contains("<a href=\"/reports/weekly.pdf?as_of=2026-09-10\">下载PDF</a>"), "\(page.prefix(600))")
            for (kind, title) in [("weekly", "工作周报"), ("summary", "督查总结")] {
                let pdf = try await client.execute(
                    uri: "/reports/\(kind).pdf?as_of=2026-09-10", method: .get, headers: headers
                ) { response in
                    #expect(response.status == .ok && response.headers[.contentType] == "application/pdf")
                    return [UInt8](buffer: response.body)
                }
                let text = try Self.read(pdf, in: folder, as: kind)
                #expect(text.info.contains("A4") && text.body.contains(title), "\(kind): \(text.info)")
                #expect(!text.body.contains("下载PDF"), "the PDF carries the page's link")
                if kind == "weekly" { weekly = pdf }
            }
            #expect(browser.started == 1, "one Chromium for both reports, started \(browser.started) times")
            // The same bytes the command line prints: `report weekly --as-of … --pdf`.
            let reportTemplates = try CaseWork.reportTemplates(nil).get()
            let report = try server.work(server.live.current()).report(
                .weekly, asOf: .init(iso: "2026-09-10"), templates: reportTemplates
            ).get()
            let printed = try CaseWork.pdf(
                report, chromium: nil, searchPath: ProcessInfo.processInfo.environment["PATH"] ?? ""
            ).get()
            #expect(printed == weekly, "the web page's PDF differs from report --pdf's")

            let firstPID = try #require(browser.processID)
            // Chromium crashing: the browser and its renderers, its whole process group, gone at once.
            #expect(kill(-firstPID, SIGKILL) == 0)
            let again = try await client.execute(
                uri: "/reports/weekly.pdf?as_of=2026-09-10", method: .get, headers: headers
            ) {
                response in
                #expect(response.status == .ok)
                return [UInt8](buffer: response.body)
            }
            #expect(again == weekly)
            #expect(browser.started == 2, "Chromium was not started again after it was killed")
            #expect(browser.processID != firstPID)
            return firstPID
        }
        let last = try #require(browser.processID)
        server.close()
        for group in [firstPID, last] {
            var gone = false
            for _ in 0..<100 where !gone {
                gone = kill(-group, 0) == -1 && errno == ESRCH
                if !gone { usleep(50_000) }
            }
            #expect(gone, "a Chromium of process group \(group) outlived the server")
        }
    }

    static let hasBrowser = ["chromium-headless-shell", "chromium"].contains { TestEnvironment.has($0) }

    /// pdfinfo's and pdftotext's reading of the PDF.
    static func read(_ pdf: [UInt8], in folder: URL, as name: String) throws -> (info: String, body: String) {
        let file = folder.appendingPathComponent(name + ".pdf")
        try Data(pdf).write(to: file)
        let info = try Processes.run(tool: "pdfinfo", [file.path]).stdout
        let body = try Processes.run(tool: "pdftotext", ["-layout", file.path, "-"]).stdout
        return (info, body)
    }
}
