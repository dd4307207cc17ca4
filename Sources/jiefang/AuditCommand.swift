import ArgumentParser
import CampaignSpec
import CaseLedger
import Diagnostics
import PlainText

/// `jiefang audit`: who signed in, out or failed to, from where, and who was shown a full ID
/// number (SPEC §8, access on record).
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List sign-ins, sign-outs, failed sign-ins and every view of a full ID number, from the ledger.")

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "The first day to list (Beijing time).") var from: CivilDate?
    @Option(help: "The last day to list.") var to: CivilDate?
    @Option(help: "table or json.") var format: PlanCommand.Format = .table

    func run() throws {
        let store = try ledger.work().ledger
        let events = try Console.unwrap(Result { () throws(Diagnostic) in try store.accessEvents(from: from, to: to) })
        switch format {
        case .json:
            let items = events.map { event in
                "  {\"at\": \(PlainText.quote(event.localTime)), \"at_utc\": \(PlainText.quote(event.at)), "
                    + "\"what\": \(PlainText.quote(event.field)), \"by\": \(PlainText.quote(event.by)), "
                    + "\"subject\": \(PlainText.quote(event.number)), \"detail\": \(PlainText.quote(event.new ?? ""))}"
            }
            Console.out("[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "" : "\n") + "]\n")
        case .table:
            let rows =
                [["时间（北京时间）", "事项", "账号", "对象", "地址或页面"]]
                + events.map { [$0.localTime, $0.fieldLabel, $0.by, $0.number, $0.new ?? ""] }
            Console.out(PlainText.align(rows))
        }
    }
}
