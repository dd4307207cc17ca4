import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation

/// 接访记录: one reception, recorded; and the list of them.
struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit", abstract: "Record a reception (接访记录) in the ledger, or list them.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record one visit, written as YAML (see README); prints its number.")

        @OptionGroup var ledger: LedgerOptions

        @Argument(help: "The visit as YAML, or - to read it from standard input.")
        var file: String

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let name = file == "-" ? "<stdin>" : file
            let data =
                file == "-"
                ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
            guard let data, let text = String(data: data, encoding: .utf8) else {
                Console.error("\(name):1:1: error: cannot read the visit as UTF-8 text")
                throw ExitCode(1)
            }
            // The receiving leader defaults to the day's duty leader in the plan `build` keeps to.
            let duty = try Console.unwrap(CampaignPlanning.dutyLeaders(campaign))
            let read = VisitInput.read(text, file: name, campaign: campaign, dutyLeaders: duty)
            Console.report(read.diagnostics)
            guard let draft = read.draft else { throw ExitCode(1) }
            let store = try ledger.open(campaign, create: true)
            let visit = try ledgerDo { () throws(Diagnostic) in
                try store.add(draft, deadlines: DeadlineCalendar(campaign: campaign), by: ledger.account)
            }
            var said = visit.number
            if let c = visit.caseNumber { said += c == visit.number ? " (opens case \(c))" : " (joins case \(c))" }
            if let r = visit.repeatOf { said += " (repeat of \(r))" }
            if visit.isGroup { said += " (集体访)" }
            Console.out(said + "\n")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List visits, ID numbers masked.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "The first date to list.") var from: CivilDate?
        @Option(help: "The last date to list.") var to: CivilDate?
        @Option(help: "table or json.") var format: PlanCommand.Format = .table

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let store = try ledger.open(campaign)
            let visits = try ledgerDo { () throws(Diagnostic) in try store.visits(from: from, to: to) }
            Console.out(format == .json ? LedgerText.visitsJSON(visits) : LedgerText.visitsTable(visits))
        }
    }
}
