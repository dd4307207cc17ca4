import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseWork
import Diagnostics
import Foundation
import LedgerReports

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
    @Option(
        help: ArgumentHelp(
            "The Chromium to print with (default: chromium-headless-shell or chromium on PATH).", valueName: "path"))
    var chromium: String?

    func run() throws {
        let campaign = try ledger.loadCampaign()
        let templateSet = try Console.unwrap(
            CaseWork.reportTemplates(templates).mapError { BuildFailure(stage: .templates, diagnostics: $0.items) })
        let work = try ledger.open(campaign)
        let report = try Console.unwrap(
            work.report(
                kind, number: number, asOf: asOf, templates: templateSet,
                viewer: (name: ledger.account, place: "jiefang report case")))
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let printed = pdf ? try Console.unwrap(CaseWork.pdf(report, chromium: chromium, searchPath: searchPath)) : nil
        for path in try Console.unwrap(CaseWork.write(report, pdf: printed, into: output)) {
            Console.say(zh: "已写入\(path)", en: "wrote \(path)")
        }
    }
}

extension LedgerReports.Kind: ExpressibleByArgument {}
