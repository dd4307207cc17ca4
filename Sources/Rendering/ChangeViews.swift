import CampaignSpec
import PlanReport
import ScheduleXML

/// The keys for a re-plan: the change report on the index page and the revision lines on
/// the notice, posting list and plan document.
extension Views {
    static let replanning = TemplateView<BuildSource>([
        /// One item when the plan was made against a previous schedule, none for a fresh plan.
        .list("changes", changeReport) { $0.changes.map { [$0] } ?? [] },
        /// The latest revision that changed the public notice: one item or none.
        .list("notice_revision", revision) { s in s.revisions.last(where: \.noticeChanged).map { [$0] } ?? [] },
        /// The latest revision of the plan: one item or none.
        .list("plan_revision", revision) { s in s.revisions.last.map { [$0] } ?? [] },
    ])

    static let revision = TemplateView<Schedule.Revision>([
        .text("since") { $0.issued.chineseFull },
        .text("since_iso") { $0.issued.iso },
        .text("replaces") { $0.replaces.chineseFull },
        .text("replaces_iso") { $0.replaces.iso },
    ])

    static let changeReport = TemplateView<ChangeReport>([
        .text("previous_issued") { $0.previousIssued.chineseFull },
        .flag("is_unchanged") { $0.isEmpty },
        .list("changed_days", changedDay) { $0.changed },
        .list("added_days", changedDay) { $0.added },
        .list("dropped_days", changedDay) { $0.dropped },
        .list("leaders_to_tell", leaderNotice) { $0.leadersToTell },
        .flag("reprint_notice") { $0.reprintNotice },
        .list("sites_to_reprint", site) { $0.sitesToReprint },
        .text("reprint_site_count") { String($0.sitesToReprint.count) },
        .text("reprint_copies") { String($0.sitesToReprint.reduce(0) { $0 + $1.copies }) },
    ])

    /// A changed, added or dropped day; `before` is empty for an added day, `after` for a dropped one.
    static let changedDay = TemplateView<ChangeReport.Day>([
        .text("iso") { $0.date.iso },
        .text("date_with_weekday") { $0.date.chineseWithWeekday },
        .text("phase_name") { $0.phaseName },
        .flag("is_public") { $0.isPublic },
        .list("before", person) { $0.before.map { [$0] } ?? [] },
        .list("after", person) { $0.after.map { [$0] } ?? [] },
    ])

    static let person = TemplateView<ChangeReport.Person>([
        .text("id") { $0.id }, .text("name") { $0.name }, .text("title") { $0.title },
    ])

    static let leaderNotice = TemplateView<ChangeReport.Notice>([
        .text("name") { $0.leader.name },
        .text("title") { $0.leader.title },
        .flag("is_on_roster") { $0.isOnRoster },
        .texts("gained") { $0.gained.map(\.chineseWithWeekday) },
        .texts("lost") { $0.lost.map(\.chineseWithWeekday) },
        .texts("days") { $0.days.map(\.chineseWithWeekday) },
    ])
}
