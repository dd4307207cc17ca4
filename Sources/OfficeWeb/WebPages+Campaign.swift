import CampaignSpec
import Diagnostics
import PlanReport
import Rendering

/// The campaign file as it now stands: the roster, the notice's live preview, and "a leader is
/// called away".
extension WebPages {
    static let roster = "web-roster.html.mustache"
    static let preview = "web-preview.html.mustache"
    static let problems = "web-problems.html.mustache"
    static let leave = "web-leave.html.mustache"

    struct RosterPage: Sendable {
        let page: Page
        let file: String
        /// The plan, when the file loads and plans.
        let planned: PlannedCampaign?
        let problems: [Diagnostic]
        let version: String
    }

    static let loadRow = TemplateView<LeaderLoad>([
        .text("leader_name", "the leader") { $0.leader.name },
        .text("leader_title", "their title") { $0.leader.title },
        .text("duties", "their duty days") { String($0.duties) },
        .text("weekend_duties", "of those on weekends and holidays") { String($0.weekendDuties) },
    ])

    static let rosterView = TemplateView<RosterPage>(
        shared.map { $0.on { (roster: RosterPage) in roster.page } } + [
            .text("file", "the campaign file's path") { $0.file },
            .flag("is_broken", "the file does not load or plan: only its problems are shown") { $0.planned == nil },
            .flag("has_problems", "whether there is any problem to show") { !$0.problems.isEmpty },
            .list("problems", "every problem, as FILE:LINE:COL: error: …", problemRow) { $0.problems },
            .list("days", "each duty day of the plan", dutyRow) { $0.planned?.plan.days ?? [] },
            .list("loads", "each leader's load", loadRow) { $0.planned?.plan.loads ?? [] },
            .flag("is_optimal", "the plan is proven as fair as the rules allow") {
                $0.planned?.plan.plan.isOptimal ?? false
            },
            .text("version", "the file's version, which the preview watches") { $0.version },
        ])

    static let previewView = rosterView

    static let problemsView = TemplateView<[Diagnostic]>([
        .list("problems", "every problem, as FILE:LINE:COL: error: …", problemRow) { $0 }
    ])

    /// "A leader is called away": the form, the re-plan to confirm, and what the build wrote.
    struct LeavePage: Sendable {
        enum Step: Sendable { case form, review, done }
        let page: Page
        let step: Step
        let leader: String?
        let span: DateSpan?
        /// The day the new notice goes out, written into the file as `issued`.
        let issued: CivilDate?
        let changes: ChangeReport?
        let problems: [Diagnostic]
        /// The file's version the review was made from: confirming a stale review is refused.
        let version: String
        let filesWritten: Int
    }

    static let leaveView = TemplateView<LeavePage>(
        shared.map { $0.on { (leave: LeavePage) in leave.page } } + [
            .flag("is_form", "asking who is away and when") { $0.step == .form },
            .flag("is_review", "showing the re-plan, to confirm") { $0.step == .review },
            .flag("is_done", "the campaign file was changed and the output built") { $0.step == .done },
            .list("leaders", "the leader choices", optionRow) { leaveOptions($0) },
            .text("leader", "the leader's id, posted back") { $0.leader ?? "" },
            .text("leader_name", "the leader's name") { leave in
                leave.page.campaign.leaders.first { $0.id == leave.leader }?.name ?? ""
            },
            .text("from", "the first day away, as 2026-09-20") { $0.span?.start.iso ?? "" },
            .text("to", "the last day away") { $0.span?.end.iso ?? "" },
            .text("span", "the days away, as 2026年9月10日至9月12日") { $0.span?.phrase.zh ?? "" },
            .text("issued", "the day the new notice goes out, as 2026-09-08 (default: today)") {
                ($0.issued ?? $0.page.day).iso
            },
            .text("issued_chinese", "the same, as 2026年9月8日") { ($0.issued ?? $0.page.day).chineseFull },
            .text("previous_issued", "the day the notice now posted went out, as 2026年8月31日") {
                $0.page.campaign.issued.chineseFull
            },
            .flag("has_problems", "whether there is any problem to show") { !$0.problems.isEmpty },
            .list("problems", "why the leave cannot be written or planned", problemRow) { $0.problems },
            .flag("has_changes", "the re-plan changes any duty day") { !($0.changes?.isEmpty ?? true) },
            .list(
                "change_report", "the re-plan's change report: one item, or none before a re-plan",
                SharedViews.changeReport
            ) {
                leave in leave.changes.map { [$0] } ?? []
            },
            .text("version", "the campaign file's version the review was made from") { $0.version },
            .text("files_written", "how many files the build wrote") { String($0.filesWritten) },
        ])

    static func leaveOptions(_ leave: LeavePage) -> [Option] {
        leaderOptions(leave.page.campaign, selected: leave.leader)
    }
}
