import Foundation
import TestSupport
import Testing

/// The ledger's reports, printed by Chromium and read back with poppler.
@Suite("reports in real clients")
struct ReportPrintTests {
    @Test(
        "reports print to A4 PDFs through Chromium: a case sheet, the weekly report and the summary with its charts",
        .enabled(if: TestEnvironment.has("chromium", "pdfinfo", "pdftotext")))
    func reportsAsPDF() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", id: "11010519491231002X", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir).status == 0)
        for (arguments, pdf, heading) in [
            (["case", "c.yaml", "20260908-01"], "case-20260908-01.pdf", "一案一表"),
            (["weekly", "c.yaml", "--as-of", "2026-09-14"], "weekly-2026-09-14.pdf", "工作周报"),
            (["summary", "c.yaml", "--as-of", "2026-09-25"], "summary-2026-09-25.pdf", "督查总结"),
        ] {
            let result = try CLI.run(["report"] + arguments + ["--pdf"], in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let path = dir.appendingPathComponent("reports/\(pdf)").path
            let info = try RealClient.run("pdfinfo", [path], need: "pdfinfo (poppler-utils)")
            #expect(info.stdout.contains("(A4)"), "\(pdf): \(info.stdout)")
            let text = try RealClient.run("pdftotext", ["-layout", path, "-"], need: "pdftotext (poppler-utils)").stdout
            #expect(text.contains(heading), "\(pdf)")
            if pdf.hasPrefix("case-") {
                #expect(text.contains("11010519491231002X"))
                // Label cells on one line, not 包案领/导.
                for label in ["包案领导", "受理日期", "办结期限", "告知期限"] { #expect(text.contains(label), "\(label)") }
            }
            // No heading left alone at the foot of a page.
            for page in text.split(separator: "\u{0C}") {
                let last =
                    page.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }?
                    .trimmingCharacters(in: .whitespaces) ?? ""
                #expect(
                    last.range(of: #"^[一二三四五六七八九十]、"#, options: .regularExpression) == nil,
                    "\(pdf): a page ends with the heading \(last)")
            }
        }
    }
}
