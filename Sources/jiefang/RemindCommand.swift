import ArgumentParser
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Reminders

/// `jiefang remind`: tomorrow's duty and the deadlines near or past, printed or sent to the
/// office's group robots (SPEC §12). Meant to run daily from cron or a systemd timer.
struct RemindCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Tomorrow's duty leader and appointments, and the 告知/办结 deadlines within 3 days or past; "
            + "printed, or with --send posted to the 企业微信 and 钉钉 robots in reminders.yaml.")

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "The day to remind as of (default: today).") var date: CivilDate?
    @Flag(help: "Post the messages to the robots named in reminders.yaml beside the ledger, each once.") var send =
        false

    func run() async throws {
        let work = try ledger.work()
        let day = date ?? CaseWork.today()
        let reminders: [Reminder]
        switch work.reminders(on: day, by: ledger.account) {
        case .success(let built): reminders = built
        case .failure(let problems):
            Console.report(problems.items)
            throw ExitCode(1)
        }
        guard send else {
            for reminder in reminders { Console.out(reminder.text + "\n\n") }
            if reminders.isEmpty { Console.say(zh: "\(day.iso)没有要提醒的事", en: "nothing to remind of on \(day.iso)") }
            return
        }
        let settings = try Console.unwrap(RobotSettings.load(work.reminderSettingsPath))
        let result = await work.send(reminders, with: RobotSender(settings: settings))
        Console.report(result.failures)
        Console.say(
            zh: "已发送\(result.sent.count)条，此前已发过\(result.skipped.count)条，失败\(result.failures.count)条",
            en: "sent \(result.sent.count), already sent \(result.skipped.count), failed \(result.failures.count)")
        if !result.failures.isEmpty { throw ExitCode(1) }
    }
}
