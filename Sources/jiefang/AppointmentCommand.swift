import ArgumentParser
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import PlainText

/// 约访: appointments with the leaders (SPEC §12), booked, listed and cancelled.
struct AppointmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "appointment", abstract: "Book, list or cancel appointments (约访) with the leaders.",
        subcommands: [Add.self, List.self, Cancel.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Book one appointment, written as YAML (see docs/ledger.md); prints its number.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The appointment as YAML, or - to read it from standard input.") var file: String

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let (name, text) = try Console.input(file)
            let booked = try Console.unwrap(
                CaseWork.bookAppointment(yaml: text, file: name, campaign: campaign, by: ledger.account))
            Console.say(
                zh: "\(booked.number)（\(booked.date) \(booked.time)，\(campaign.leaderLabel(booked.leader))）",
                en: "\(booked.number) (\(booked.date) \(booked.time), \(booked.leader))")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List appointments with their status (已预约, 已接待, 未到, 已取消); never a phone or ID number.")

        @OptionGroup var ledger: LedgerOptions
        @Option(help: "One day's appointments.") var date: CivilDate?
        @Flag(help: "Only booked ones whose day another leader now has: whom to call, with their phones.") var moved =
            false
        @Option(help: "table or json.") var format: PlanCommand.Format = .table

        func run() throws {
            let work = try ledger.work()
            if moved {
                let moved: [Appointment]
                switch work.movedAppointments() {
                case .success(let found): moved = found
                case .failure(let problems):
                    Console.report(problems.items)
                    throw ExitCode(1)
                }
                let duty = (try? work.dutyLeaders().get()) ?? [:]
                let rows =
                    [["编号", "日期", "时间", "原约领导", "现值班领导", "约访人", "电话"]]
                    + moved.map { a in
                        [
                            a.number, a.date, a.time, work.campaign.leaderLabel(a.leader),
                            CivilDate(iso: a.date).flatMap { duty[$0] }.map(work.campaign.leaderLabel) ?? "-", a.name,
                            a.phone,
                        ]
                    }
                Console.out(PlainText.align(rows))
                return
            }
            let appointments = try Console.unwrap(work.appointments(on: date))
            switch format {
            case .json:
                let items = appointments.map { a in
                    "  {\"number\": \(PlainText.quote(a.number)), \"date\": \(PlainText.quote(a.date)), "
                        + "\"time\": \(PlainText.quote(a.time)), \"kind\": \(PlainText.quote(a.kind)), "
                        + "\"leader\": \(PlainText.quote(a.leader)), \"petitioner\": {\"name\": \(PlainText.quote(a.name))}, "
                        + "\"topic\": \(PlainText.quote(a.topic)), \"status\": \(PlainText.quote(a.status.rawValue))}"
                }
                Console.out("[\n" + items.joined(separator: ",\n") + (items.isEmpty ? "" : "\n") + "]\n")
            case .table:
                let rows =
                    [["编号", "日期", "时间", "类型", "领导", "约访人", "问题分类", "状态"]]
                    + appointments.map { a in
                        [
                            a.number, a.date, a.time, a.kind, work.campaign.leaderLabel(a.leader), a.name, a.topic,
                            a.status.rawValue,
                        ]
                    }
                Console.out(PlainText.align(rows))
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a booked appointment, with the reason.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The appointment's number, as Y20260910-01.") var number: String
        @Option(help: "Why it is cancelled.") var reason: String

        func run() throws {
            try Console.unwrap(try ledger.work().cancelAppointment(number, reason: reason, by: ledger.account))
            Console.say(zh: "约访\(number)已取消", en: "appointment \(number) cancelled")
        }
    }
}
