import CampaignSpec
import PlanReport
import ScheduleXML

/// The keys for a re-plan: the change report on the index page and the revision lines on
/// the notice, posting list and plan document.
extension Views {
    static let replanning = TemplateView<BuildSource>([
        .list(
            "changes",
            "the change report: one item when the plan was kept to a previous schedule, none for a fresh plan",
            changeReport
        ) { $0.planned.changes.map { [$0] } ?? [] },
        .list("notice_revision", "the latest revision that changed the public notice: one item or none", revision) {
            s in
            s.planned.revisions.last(where: \.noticeChanged).map { [$0] }?.filter(\.replacesAnEarlierDay) ?? []
        },
        .list("plan_revision", "the latest revision of the plan: one item or none", revision) { s in
            s.planned.revisions.last.map { [$0] }?.filter(\.replacesAnEarlierDay) ?? []
        },
    ])

    static let revision = TemplateView<Schedule.Revision>([
        .text("since", "the day the revised arrangement takes effect (its `issued`), as 2026年9月8日") {
            $0.issued.chineseFull
        },
        .text("since_iso", "the same, as 2026-09-08") { $0.issued.iso },
        .text("replaces", "the `issued` date of the arrangement it replaces, as 2026年8月31日") {
            $0.replaces.chineseFull
        },
        .text("replaces_iso", "the same, as 2026-08-31") { $0.replaces.iso },
    ])

    static let changeReport = TemplateView<ChangeReport>([
        .text("previous_issued", "when the previous plan was issued, as 2026年8月31日") { $0.previousIssued.chineseFull },
        .flag("is_unchanged", "nothing changed: every day keeps its leader and the notice stands") { $0.isEmpty },
        .list("changed_days", "days whose duty leader changed", changedDay) { $0.changed },
        .list("added_days", "duty days the new dates added", changedDay) { $0.added },
        .list("dropped_days", "duty days the new dates dropped", changedDay) { $0.dropped },
        .list("leaders_to_tell", "leaders whose duty days are not what they were told", leaderNotice) {
            $0.leadersToTell
        },
        .flag("reprint_notice", "whether any line of the public notice differs, so every site must reprint it") {
            $0.reprintNotice
        },
        .list("sites_to_reprint", "the sites to reprint the notice at: all of them, or none", site) {
            $0.sitesToReprint
        },
        .text("reprint_site_count", "how many sites to reprint at") { String($0.sitesToReprint.count) },
        .list(
            "moved_appointments",
            "booked appointments whose day went to another leader: the office calls each petitioner",
            movedAppointment
        ) { $0.movedAppointments },
        .text("reprint_copies", "how many copies to reprint") {
            String($0.sitesToReprint.reduce(0) { $0 + $1.copies })
        },
    ])

    static let changedDay = TemplateView<ChangeReport.Day>([
        .text("iso", "the date as 2026-09-10") { $0.date.iso },
        .text("date_with_weekday", "the date as 9月10日（星期四）") { $0.date.chineseWithWeekday },
        .text("phase_name", "the phase it belongs to") { $0.phaseName },
        .flag("is_public", "whether it is on the public notice, in the old plan or the new") { $0.isPublic },
        .list("before", "who had it: one item, none for an added day", person) { $0.before.map { [$0] } ?? [] },
        .list("after", "who has it now: one item, none for a dropped day", person) { $0.after.map { [$0] } ?? [] },
    ])

    static let movedAppointment = TemplateView<ChangeReport.MovedAppointment>([
        .text("appointment_number", "the appointment's number, as Y20260910-01") { $0.appointment.number },
        .text("date_with_weekday", "its day, as 9月10日（星期四）") { $0.appointment.date.chineseWithWeekday },
        .text("time", "its time, as 09:00") { $0.appointment.time },
        .list("before", "the leader it was booked with: one item", person) { [$0.before] },
        .list("after", "who has the day now: one item, none for a dropped day", person) { $0.after.map { [$0] } ?? [] },
    ])

    static let person = TemplateView<LeaderName>([
        .text("id", "the leader's id") { $0.id },
        .text("name", "the leader's name") { $0.name },
        .text("title", "the leader's post") { $0.title },
    ])

    static let leaderNotice = TemplateView<ChangeReport.Notice>([
        .text("name", "the leader's name") { $0.leader.name },
        .text("title", "the leader's post") { $0.leader.title },
        .flag("is_on_roster", "false for a leader who has left the roster") { $0.isOnRoster },
        .texts("gained", "days they now have and did not, as 9月10日（星期四）") { $0.gained.map(\.chineseWithWeekday) },
        .texts("lost", "days they no longer have") { $0.lost.map(\.chineseWithWeekday) },
        .texts("days", "all their days in the new plan") { $0.days.map(\.chineseWithWeekday) },
    ])
}

extension Schedule.Revision {
    /// A revision issued on or before the day of what it replaces would print "this notice
    /// replaces the one of the same day": such a line is left out (the build warns instead).
    var replacesAnEarlierDay: Bool { replaces < issued }
}

/// Views other front ends render with: the web page shows the change report with the same keys
/// as the index page.
public enum SharedViews {
    public static let changeReport = Views.changeReport
}
