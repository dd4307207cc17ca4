import ArgumentParser
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Foundation

/// 一案一表: the cases visits opened, followed until 案结事了.
struct CaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "case", abstract: "List cases (一案一表) and record their progress, extension, closing or reopening.",
        subcommands: [List.self, Notify.self, Progress.self, Extend.self, Close.self, Reopen.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List cases, with their deadlines.")

        @OptionGroup var ledger: LedgerOptions
        @Flag(help: "Only cases still open.") var open = false
        @Flag(help: "Only open cases past their deadline on --as-of.") var overdue = false
        @Option(help: ArgumentHelp("Only the cases of this 包案 leader (id, or name).", valueName: "leader"))
        var leader: String?
        @Option(
            name: .customLong("as-of"), help: "The day to judge deadlines on (default: the campaign's last day).")
        var asOf: CivilDate?
        @Option(help: "table or json.") var format: PlanCommand.Format = .table

        func run() throws {
            let work = try ledger.work()
            let day = asOf ?? work.campaign.lastDay
            let leaderID = try leader.map { try Console.unwrap(work.leaderID($0)) }
            let filter = CaseFilter(status: overdue ? .overdue : open ? .open : .any, leader: leaderID)
            let cases = try Console.unwrap(work.cases(filter, on: day))
            let owed = try Console.unwrap(work.noticesDue(on: day))
            let notices = Dictionary(owed.map { ($0.visit.number, $0) }, uniquingKeysWith: { a, _ in a })
            Console.out(
                format == .json
                    ? LedgerText.casesJSON(cases, asOf: day, campaign: work.campaign, notices: notices)
                    : LedgerText.casesTable(cases, asOf: day, campaign: work.campaign, notices: notices)
                        + (overdue ? LedgerText.noticesOverdueTable(owed, asOf: day) : ""))
        }
    }

    struct Notify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Record the 告知 (Art 23): the petitioner told whether the matter is accepted, where it went, or why not."
        )

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The visit's number (a case's number is its visit's), as 20260908-01.") var number: String
        @Option(help: "当面, 书面, 电话 or 短信.") var method: String
        @Option(help: "The day the petitioner was told (default: today).") var date: CivilDate?

        func run() throws {
            try Console.unwrap(
                try ledger.work().notify(number, method: method, on: date ?? CaseWork.today(), by: ledger.account))
            Console.say(zh: "\(number)：已登记告知", en: "\(number): 告知 recorded")
        }
    }

    struct Progress: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a dated, signed progress entry to a case.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The case's number (the visit that opened it), as 20260908-01.") var number: String
        @Option(help: "The day of the progress.") var date: CivilDate
        @Option(help: "What was done.") var text: String

        func run() throws {
            try Console.unwrap(try ledger.work().addProgress(to: number, date: date, text: text, by: ledger.account))
            Console.say(zh: "案件\(number)：已记录办理进展", en: "case \(number): progress recorded")
        }
    }

    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extend a case's finish deadline, once, by at most the campaign's `extend` days.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The case's number.") var number: String
        @Option(help: "Days to add to the current deadline.") var days: Int
        @Option(help: "Who approved the extension.") var approver: String
        @Option(help: "Why, as the petitioner is told.") var reason: String
        @Option(help: "The day it was granted (default: today).") var date: CivilDate?

        func run() throws {
            let due = try Console.unwrap(
                try ledger.work().extend(
                    number, days: days, approver: approver, reason: reason, on: date ?? CaseWork.today(),
                    by: ledger.account))
            Console.say(zh: "案件\(number)：办结期限延至\(due)", en: "case \(number): now due \(due)")
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a case with its result (案结事了).")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The case's number.") var number: String
        @Option(help: "The result.") var result: String
        @Option(name: .customLong("reply-date"), help: "When the petitioner was given the reply.") var replyDate:
            CivilDate
        @Option(help: "满意, 基本满意, 不满意 or 未评价.") var satisfaction: String
        @Option(name: .customLong("follow-up"), help: "The follow-up visit (回访).") var followUp: String?
        @Flag(help: "The petitioner has stopped petitioning (息诉罢访).") var stopped = false
        @Option(help: "The day the case was closed (办结; default: today).") var date: CivilDate?

        func run() throws {
            try Console.unwrap(
                try ledger.work().close(
                    number, result: result, replyDate: replyDate, satisfaction: satisfaction, followUp: followUp,
                    stopped: stopped, on: date ?? CaseWork.today(), by: ledger.account))
            Console.say(zh: "案件\(number)：已办结", en: "case \(number): closed")
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a closed case, with the reason.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The case's number.") var number: String
        @Option(help: "Why the case is reopened.") var reason: String
        @Option(help: "The day it was reopened (default: today).") var date: CivilDate?

        func run() throws {
            try Console.unwrap(
                try ledger.work().reopen(number, reason: reason, on: date ?? CaseWork.today(), by: ledger.account))
            Console.say(zh: "案件\(number)：已重新打开", en: "case \(number): reopened")
        }
    }
}
