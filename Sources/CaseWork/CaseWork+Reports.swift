import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import LedgerReports
import PDFPrinting
import Rendering

/// A report as rendered: its file name, its text, and the day it is as of.
public struct CaseReport: Sendable {
    public let name: String
    public let text: String
    public let asOf: CivilDate
}

/// The ledger's reports (SPEC §7): the case sheet, the weekly report and the closing summary,
/// from the checked templates, as of a day; and their PDFs.
extension CaseWork {
    /// The report and letter templates, each replaced by its namesake in `folder` when given, all checked.
    public static func reportTemplates(_ folder: String?) -> Result<TemplateSet, DiagnosticLog> {
        TemplateSet.load(overrides: folder, pages: LedgerReports.pages)
    }

    /// Renders one report as of `asOf` (default: the campaign's last day).
    /// - Parameter number: the case, for the case sheet.
    /// - Parameter viewer: who is shown the report and where (`jiefang report case`, the web
    ///   page's print); a case sheet carries the full ID number, so showing one is on record.
    /// - Parameter pdfLink: where a web page offers the weekly report or summary as a PDF.
    public func report(
        _ kind: LedgerReports.Kind, number: String? = nil, asOf: CivilDate? = nil, templates: TemplateSet,
        viewer: (name: String, place: String)? = nil, at time: Date = Date(), pdfLink: String? = nil
    ) -> Result<CaseReport, Diagnostic> {
        let day = asOf ?? campaign.lastDay
        let snapshot: LedgerSnapshot
        do {
            snapshot = try LedgerSnapshot(
                campaign: campaign, ledger: ledger, asOf: day, detailsOf: number.map { [$0] } ?? [])
        } catch {
            return .failure(error)
        }
        let rendered = LedgerReports.render(kind, snapshot, number: number, templates: templates, pdfLink: pdfLink)
        if case .success = rendered, kind == .case, let number, let viewer {
            do throws(Diagnostic) {
                try ledger.record(.idNumberShown, by: viewer.name, subject: number, detail: viewer.place, at: time)
            } catch {
                return .failure(error)
            }
        }
        return rendered.map { CaseReport(name: $0.name, text: $0.text, asOf: day) }
    }

    /// The report printed to an A4 PDF by headless Chromium, dated by its day, not the moment it printed.
    public static func pdf(
        _ report: CaseReport, chromium: String?, searchPath: String
    ) -> Result<[UInt8], Diagnostic> {
        LedgerReports.pdf(
            report.text, name: report.name, chromium: chromium, searchPath: searchPath, stamp: report.asOf)
    }

    /// The same PDF, printed by a browser kept running (the web page's).
    public static func pdf(_ report: CaseReport, in browser: KeptBrowser) -> Result<[UInt8], Diagnostic> {
        LedgerReports.pdf(report.text, name: report.name, in: browser, stamp: report.asOf)
    }

    /// Writes the report (and its PDF when asked) into `folder`, private to the office; the paths written.
    public static func write(
        _ report: CaseReport, pdf: [UInt8]?, into folder: String
    ) -> Result<[String], Diagnostic> {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + report.name
        var written = [path]
        do throws(Diagnostic) {
            try PrivateFile.write(Array(report.text.utf8), to: path, replacing: true)
            if let pdf {
                let pdfPath = String(path.dropLast(".html".count)) + ".pdf"
                try PrivateFile.write(pdf, to: pdfPath, replacing: true)
                written.append(pdfPath)
            }
        } catch {
            return .failure(error)
        }
        return .success(written)
    }
}
