import AsyncHTTPClient
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import Reminders

/// The daily reminders (SPEC §12): built from the plan and the ledger, printed, or sent to the
/// office's group robots once each.
extension CaseWork {
    /// What a send did: each message and robot sent now, already sent before, or failed.
    public struct Sent: Sendable {
        public var sent: [(key: String, robot: String)] = []
        public var skipped: [(key: String, robot: String)] = []
        public var failures: [Diagnostic] = []
    }

    /// The reminders of `day`; a booked appointment of an earlier day nobody kept is marked
    /// 未到 first, as the day's end has passed.
    public func reminders(on day: CivilDate, by: String, at time: Date = Date()) -> Result<[Reminder], DiagnosticLog> {
        dutyLeaders().flatMap { duty in
            do throws(Diagnostic) {
                try ledger.markMissed(before: day, by: by, at: time)
                return .success(
                    ReminderMessages.build(
                        on: day, campaign: campaign, dutyLeaders: duty, appointments: try ledger.appointments(),
                        cases: try ledger.cases(asOf: day), notices: try ledger.noticesDue(asOf: day)))
            } catch {
                return .failure(DiagnosticLog([error]))
            }
        }
    }

    /// The settings beside the ledger: `reminders.yaml` in the ledger's folder.
    public var reminderSettingsPath: String {
        ((ledger.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("reminders.yaml")
    }

    /// Sends each reminder to each robot unless the ledger says it went already; records each
    /// one that went, so a second run the same day sends nothing twice.
    public func send(_ reminders: [Reminder], with sender: RobotSender, at time: Date = Date()) async -> Sent {
        var result = Sent()
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        for reminder in reminders {
            for robot in sender.robots {
                let key = reminder.key + " " + robot.rawValue
                do throws(Diagnostic) {
                    if try ledger.reminderSent(key) {
                        result.skipped.append((key, robot.rawValue))
                        continue
                    }
                    try await sender.send(reminder, to: robot, client: client)
                    try ledger.recordReminder(key, robot: robot.rawValue, at: time)
                    result.sent.append((key, robot.rawValue))
                } catch {
                    result.failures.append(error)
                }
            }
        }
        try? await client.shutdown()
        return result
    }
}
