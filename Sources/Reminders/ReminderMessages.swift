import CampaignSpec
import CaseLedger
import Foundation

/// One message for the office's group: a title and Markdown text. It names duty days, leaders,
/// case numbers, times and deadlines, never a petitioner's name, phone or ID number.
public struct Reminder: Sendable, Equatable {
    /// What makes it the same message on a second run the same day: its day and subject.
    public let key: String
    public let title: String
    public let text: String
}

/// The day's reminders (SPEC §12): tomorrow's duty leader with their appointments, and the cases
/// whose 告知 or 办结 deadline is within three days or past, per 包案 leader.
public enum ReminderMessages {
    public static let withinDays = 3

    public static func build(
        on day: CivilDate, campaign: Campaign, dutyLeaders: [CivilDate: String], appointments: [Appointment],
        cases: [PetitionCase], notices: [NoticeDue]
    ) -> [Reminder] {
        var out: [Reminder] = []
        let tomorrow = day.adding(days: 1)
        if let leader = dutyLeaders[tomorrow] {
            let theirs = appointments.filter { $0.date == tomorrow.iso && $0.holdsSlot }.sorted { $0.time < $1.time }
            let times = theirs.map(\.time).joined(separator: "、")
            out.append(
                Reminder(
                    key: "\(day.iso) duty \(tomorrow.iso)", title: "明日接访值班",
                    text: "### 明日接访值班\n明天是\(tomorrow.chineseWithWeekday)，值班领导：**\(campaign.leaderLabel(leader))**\n\n"
                        + "地点：\(campaign.reception.location)；时间：\(campaign.reception.hours.map(\.text).joined(separator: "、"))\n\n"
                        + (theirs.isEmpty ? "暂无约访。" : "约访\(theirs.count)人：\(times)。")))
        }
        let horizon = day.adding(days: withinDays).iso
        // Each line is one deadline: the case (or visit) number, what is due, and by when.
        var lines: [String: [String]] = [:]
        func when(_ due: String) -> String {
            guard let date = CivilDate(iso: due) else { return due }
            let left = date.dayNumber - day.dayNumber
            return date.chineseMonthDay + (left < 0 ? "（已超期\(-left)天）" : left == 0 ? "（今天到期）" : "（还有\(left)天）")
        }
        let leaderOf = Dictionary(cases.map { ($0.number, $0.leader) }, uniquingKeysWith: { a, _ in a })
        for owed in notices where owed.notice == nil && owed.notifyBy <= horizon {
            let leader = owed.visit.caseNumber.flatMap { leaderOf[$0] } ?? ""
            lines[leader, default: []].append("\(owed.visit.number) 告知期限\(when(owed.notifyBy))")
        }
        for c in cases where c.isOpen && c.due <= horizon {
            lines[c.leader, default: []].append("\(c.number) 办结期限\(when(c.due))")
        }
        for (leader, items) in lines.sorted(by: { $0.key < $1.key }) {
            let who = leader.isEmpty ? "信访办（未立案的告知）" : campaign.leaderLabel(leader)
            out.append(
                Reminder(
                    key: "\(day.iso) deadlines \(leader.isEmpty ? "office" : leader)", title: "办理期限提醒",
                    text: "### 办理期限提醒\n\(who)：\n\n" + items.sorted().map { "- " + $0 }.joined(separator: "\n")))
        }
        return out
    }
}
