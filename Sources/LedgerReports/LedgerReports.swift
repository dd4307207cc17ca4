import CampaignSpec
import CaseLedger
import Diagnostics
import PDFPrinting
import Rendering

/// The ledger's printed reports (SPEC §7), from templates in `Templates/` checked like every
/// other template: the same ledger and day always give the same bytes.
public enum LedgerReports {
    public enum Kind: String, CaseIterable, Sendable {
        case `case`, weekly, summary

        var template: String { rawValue + ".html.mustache" }
    }

    /// Every report page, for checking.
    public static let pages =
        [
            TemplatePage(name: Kind.case.template, shape: ReportViews.caseSheet.shape),
            TemplatePage(name: Kind.weekly.template, shape: ReportViews.weekly.shape),
            TemplatePage(name: Kind.summary.template, shape: ReportViews.summary.shape),
        ] + letterPages

    /// The report's file name and text: `case-NUMBER.html`, `weekly-DATE.html` or `summary-DATE.html`.
    /// - Parameter number: the case, for the case sheet.
    /// - Parameter pdfLink: where the page offers the same report as a PDF (the web page's weekly
    ///   report and summary); nil in files and in the PDF itself.
    public static func render(
        _ kind: Kind, _ snapshot: LedgerSnapshot, number: String?, templates: TemplateSet, pdfLink: String? = nil
    )
        -> Result<(name: String, text: String), Diagnostic>
    {
        switch kind {
        case .case:
            guard let number else { return .failure(.error(.reportNeedsCase)) }
            guard let record = snapshot.cases.first(where: { $0.number == number }) else {
                return .failure(.error(.reportCaseMissing, ["number": "\(number)", "date": "\(snapshot.asOf.iso)"]))
            }
            let context = ReportViews.caseSheet.context(ReportViews.CaseItem(snapshot: snapshot, record: record))
            return .success(("case-\(number).html", templates.render(kind.template, context)))
        case .weekly:
            return .success(
                (
                    "weekly-\(snapshot.asOf.iso).html",
                    templates.render(
                        kind.template, ReportViews.weekly.context(.init(snapshot: snapshot, pdfLink: pdfLink)))
                ))
        case .summary:
            return .success(
                (
                    "summary-\(snapshot.asOf.iso).html",
                    templates.render(
                        kind.template, ReportViews.summary.context(.init(snapshot: snapshot, pdfLink: pdfLink)))
                ))
        }
    }

    /// What each report is, for `Templates/KEYS.md`.
    public static let titles = [
        Kind.case.template: "The case sheet (一案一表, `jiefang report case`)",
        Kind.weekly.template: "The weekly report (周报, `jiefang report weekly`)",
        Kind.summary.template: "The closing summary (督查总结, `jiefang report summary`)",
        letterPage: "A letter to the petitioner (`jiefang letter`), as HTML",
        letterDocument: "A letter to the petitioner (`jiefang letter`), as a Word document in the GB/T 9704 layout",
    ]

    /// The keys the report templates can use, for `Templates/KEYS.md`.
    public static let docs: [(template: String, keys: [KeyDoc])] = [
        (Kind.case.template, ReportViews.caseSheet.docs), (Kind.weekly.template, ReportViews.weekly.docs),
        (Kind.summary.template, ReportViews.summary.docs), (letterPage, letterView.docs),
        (letterDocument, letterView.docs),
    ]
}

extension LedgerReports {
    /// The report printed to an A4 PDF by headless Chromium, dated `stamp` rather than the
    /// moment it printed, so the same report gives the same bytes.
    public static func pdf(
        _ html: String, name: String, chromium: String?, searchPath: String, stamp: CivilDate
    )
        -> Result<[UInt8], Diagnostic>
    {
        switch Chromium.find(explicit: chromium, searchPath: searchPath) {
        case .failure(let problem): return .failure(problem)
        case .success(let browser):
            return PDFPrinter.print([job(html, name: name)], with: browser, stamp: stamp.basic).map(firstPDF)
        }
    }

    /// The same, printed by a browser kept running (the web page's): the same bytes.
    public static func pdf(
        _ html: String, name: String, in browser: KeptBrowser, stamp: CivilDate
    )
        -> Result<[UInt8], Diagnostic>
    {
        browser.print([job(html, name: name)], stamp: stamp.basic).map(firstPDF)
    }

    /// The report's page to print, its PDF named as its HTML is.
    static func job(_ html: String, name: String) -> PrintJob {
        PrintJob(html: Array(html.utf8), pdfPath: String(name.dropLast(".html".count)) + ".pdf")
    }

    static func firstPDF(_ printed: [(path: String, bytes: [UInt8])]) -> [UInt8] { printed.first?.bytes ?? [] }
}
