import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import LedgerReports
import Rendering

/// The ledger's reports: the case sheet (一案一表), the weekly report (周报), the summary (督查总结).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a case sheet (一案一表), the weekly report (周报) or the closing summary (督查总结) as HTML.")

    @Argument(help: "case, weekly or summary.") var kind: LedgerReports.Kind
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "For a case sheet: the case's number.") var number: String?
    @Option(name: .customLong("as-of"), help: "The day the report is as of (default: the campaign's last day).")
    var asOf: CivilDate?
    @Option(name: .shortAndLong, help: "The folder to write the report into.") var output: String = "reports"
    @Option(help: "A folder of edited templates; each file replaces the built-in template of the same name.")
    var templates: String?
    @Flag(help: "Also print the report to an A4 PDF in headless Chromium.") var pdf = false
    @Option(help: ArgumentHelp("The Chromium to print with (default: chromium on PATH).", valueName: "path"))
    var chromium: String?

    func run() throws {
        let campaign = try ledger.loadCampaign()
        let templateSet = try Console.unwrap(
            TemplateSet.load(overrides: templates, pages: LedgerReports.pages).mapError {
                BuildFailure(stage: .templates, diagnostics: $0.items)
            })
        let store = try ledger.open(campaign)
        let snapshot = try ledgerDo { () throws(Diagnostic) in
            try LedgerSnapshot(
                campaign: campaign, ledger: store, asOf: asOf ?? campaign.lastDay, detailsOf: number.map { [$0] } ?? [])
        }
        let report = try ledgerDo { () throws(Diagnostic) in
            try LedgerReports.render(kind, snapshot, number: number, templates: templateSet).get()
        }
        let path = output + "/" + report.name
        try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try writePrivate(Array(report.text.utf8), to: path)
        Console.out("wrote \(path)\n")
        guard pdf else { return }
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let bytes = try ledgerDo { () throws(Diagnostic) in
            try LedgerReports.pdf(
                report.text, name: report.name, chromium: chromium, searchPath: searchPath, stamp: snapshot.asOf
            ).get()
        }
        let pdfPath = String(path.dropLast(".html".count)) + ".pdf"
        try writePrivate(bytes, to: pdfPath)
        Console.out("wrote \(pdfPath)\n")
    }
}

extension LedgerReports.Kind: ExpressibleByArgument {}
