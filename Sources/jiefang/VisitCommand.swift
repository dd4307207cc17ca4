import ArgumentParser
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Foundation

/// 接访记录: one reception, recorded; and the list of them.
struct VisitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visit", abstract: "Record a reception (接访记录) in the ledger, or list them.",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record one visit, written as YAML (see docs/ledger.md); prints its number.")

        @OptionGroup var ledger: LedgerOptions

        @Argument(help: "The visit as YAML, or - to read it from standard input.")
        var file: String
        @Option(help: "The appointment this visit keeps: its day, time, petitioner, topic and request fill the visit.")
        var appointment: String?

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let (name, text) = try Console.input(file)
            let visit = try Console.unwrap(
                CaseWork.recordVisit(
                    yaml: text, file: name, campaign: campaign, by: ledger.account, appointment: appointment))
            var zh = visit.number, en = visit.number
            if let c = visit.caseNumber {
                zh += c == visit.number ? "（立案\(c)）" : "（并入案件\(c)）"
                en += c == visit.number ? " (opens case \(c))" : " (joins case \(c))"
            }
            if let r = visit.repeatOf {
                zh += "（重复访，前次\(r)）"
                en += " (repeat of \(r))"
            }
            if visit.isGroup {
                zh += "（集体访）"
                en += " (集体访)"
            }
            Console.say(zh: zh, en: en)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List visits, ID numbers masked.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "The first date to list.") var from: CivilDate?
        @Option(help: "The last date to list.") var to: CivilDate?
        @Option(help: "table or json.") var format: PlanCommand.Format = .table

        func run() throws {
            let work = try ledger.work()
            let visits = try Console.unwrap(work.visits(from: from, to: to))
            Console.out(
                format == .json
                    ? LedgerText.visitsJSON(visits) : LedgerText.visitsTable(visits, campaign: work.campaign))
        }
    }
}
