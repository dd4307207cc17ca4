import CampaignSpec
import CaseLedger
import Rendering

/// The weekly report to the 第一责任人 (周报) and the closing summary (督查总结).
extension ReportViews {

    /// The seven days up to the report's day.
    static func week(_ s: LedgerSnapshot) -> [Visit] {
        let first = s.asOf.adding(days: -6).iso
        return s.visits.filter { $0.date >= first && $0.date <= s.asOf.iso }
    }

    static func closedInWeek(_ s: LedgerSnapshot) -> [PetitionCase] {
        let first = s.asOf.adding(days: -6).iso
        return s.cases.filter { !$0.isOpen && ($0.closedOn ?? "") >= first && ($0.closedOn ?? "") <= s.asOf.iso }
    }

    /// Each 包案 leader with a case: how many are open, due within 7 days, overdue.
    static let leaderLoad = TemplateView<(id: String, snapshot: LedgerSnapshot)>([
        .text("name", "the 包案 leader") { $0.snapshot.leaderName($0.id) },
        .text("title", "their post") { $0.snapshot.leaderTitle($0.id) },
        .text("cases", "their cases") { s in String(s.snapshot.cases.filter { $0.leader == s.id }.count) },
        .text("open", "of which open") { s in String(s.snapshot.cases.filter { $0.leader == s.id && $0.isOpen }.count)
        },
        .text("closed", "of which closed") { s in
            String(s.snapshot.cases.filter { $0.leader == s.id && !$0.isOpen }.count)
        },
        .text("due_soon", "open and due within 7 days") { s in
            String(s.snapshot.cases.filter { $0.leader == s.id && $0.isDue(within: 7, asOf: s.snapshot.asOf) }.count)
        },
        .text("overdue", "open and past their deadline") { s in
            String(s.snapshot.cases.filter { $0.leader == s.id && $0.isOverdue(asOf: s.snapshot.asOf) }.count)
        },
    ])

    static func leaders(_ s: LedgerSnapshot) -> [(id: String, snapshot: LedgerSnapshot)] {
        let ids = Set(s.cases.map(\.leader))
        return s.campaign.leaders.map(\.id).filter(ids.contains).map { ($0, s) }
    }

    static let caseLine = TemplateView<(record: PetitionCase, snapshot: LedgerSnapshot)>([
        .text("case_number", "the case's number") { $0.record.number },
        .text("leader_name", "the 包案 leader") { $0.snapshot.leaderName($0.record.leader) },
        .text("unit", "the responsible unit") { $0.record.unit ?? "" },
        .text("due", "its deadline now, as 2026年11月9日") { chinese($0.record.due) },
        .flag("is_overdue", "past it") { $0.record.isOverdue(asOf: $0.snapshot.asOf) },
        .text("result", "the result, once closed") { $0.record.result ?? "" },
        .text("satisfaction", "the petitioner's satisfaction, once closed") { $0.record.satisfaction ?? "" },
    ])

    /// A matter past its 告知 deadline untold (告知超期).
    static let noticeLine = TemplateView<(due: NoticeDue, snapshot: LedgerSnapshot)>([
        .text("visit_number", "the visit's number (the case's, when it opened one)") { $0.due.visit.number },
        .text("disposition", "交办, 包案, 转送 or 不予受理") { $0.due.visit.disposition },
        .text("notify_by", "its 告知 deadline, as 2026年9月23日") { chinese($0.due.notifyBy) },
    ])

    static func noticesOverdue(_ s: LedgerSnapshot) -> [(due: NoticeDue, snapshot: LedgerSnapshot)] {
        s.notices.filter { $0.isOverdue(asOf: s.asOf) }.map { ($0, s) }
    }

    /// The matters whose 告知 is due by now or was given: what 按期告知率 is a share of.
    static func noticesOwed(_ s: LedgerSnapshot) -> [NoticeDue] {
        s.notices.filter { $0.notice != nil || $0.notifyBy < s.asOf.iso }
    }

    /// A period report as a page shows it: the ledger as of its day, and where the page offers
    /// the same report as a PDF (the web page does; a file or a PDF offers nothing).
    struct PeriodPage: Sendable {
        let snapshot: LedgerSnapshot
        let pdfLink: String?
    }

    static func period(_ keys: [Field<LedgerSnapshot>]) -> TemplateView<PeriodPage> {
        TemplateView(
            keys.map { key in key.on { (page: PeriodPage) in page.snapshot } } + [
                .flag("offers_pdf", "shown on the web page, which offers this report as a PDF; not in files and PDFs") {
                    $0.pdfLink != nil
                },
                .text("pdf_link", "the address of that PDF") { $0.pdfLink ?? "" },
            ])
    }

    static let weekly = period(
        shared + [
            .text("week_start", "the week's first day, as 2026年9月14日") { $0.asOf.adding(days: -6).chineseFull },
            .text("week_end", "its last day: the report's day") { $0.asOf.chineseFull },
            .object("intake", "the week's intake in 批次, 人次 and 件", count) { ("合计", Intake(week($0))) },
            .list("by_method", "the week's intake by reception method", count) { s in
                intakeBy(week(s), s.campaign.reception.methods) { $0.method }
            },
            .list("by_category", "the week's intake by category", count) { s in
                intakeBy(week(s), VisitInput.categories) { $0.category }
            },
            .list("dispositions", "how the week's matters (件) were handled: one item a disposition", tally) { s in
                byDisposition(week(s))
            },
            .text("group_visits", "the week's 集体访") { String(week($0).filter(\.isGroup).count) },
            .text("repeat_visits", "the week's repeat visits") { String(week($0).filter { $0.repeatOf != nil }.count) },
            .list("leaders", "each 包案 leader's cases", leaderLoad) { leaders($0) },
            .list("closed", "cases closed this week", caseLine) { s in closedInWeek(s).map { ($0, s) } },
            .text("follow_ups", "follow-up visits (回访) among them") {
                String(closedInWeek($0).filter { $0.followUp != nil }.count)
            },
            .list("satisfaction", "satisfaction among the cases closed this week", tally) { s in
                Ledger.satisfactions.map { level in (level, closedInWeek(s).filter { $0.satisfaction == level }.count) }
            },
            .list("overdue_cases", "open cases past their deadline", caseLine) { s in
                s.cases.filter { $0.isOverdue(asOf: s.asOf) }.map { ($0, s) }
            },
            .list("notices_overdue", "matters past their 告知 deadline untold (告知超期)", noticeLine) {
                noticesOverdue($0)
            },
        ])

    // MARK: The closing summary (督查总结)

    /// The matters (件) among `visits`, counted by how each was handled, in the order of
    /// `VisitInput.dispositions`: they add up to the matters, 受理 being all but 不予受理.
    static func byDisposition(_ visits: [Visit]) -> [(name: String, count: Int)] {
        let matters = visits.filter(\.isNewMatter)
        return VisitInput.dispositions.map { d in (d, matters.filter { $0.disposition == d }.count) }
    }

    /// 受理: the matters accepted, every disposition but 不予受理.
    static func accepted(_ s: LedgerSnapshot) -> [Visit] {
        s.visits.filter { $0.isNewMatter && $0.disposition != "不予受理" }
    }

    static func matters(_ s: LedgerSnapshot, _ disposition: String) -> String {
        String(s.visits.filter { $0.isNewMatter && $0.disposition == disposition }.count)
    }
    static func closed(_ s: LedgerSnapshot) -> [PetitionCase] { s.cases.filter { !$0.isOpen } }

    static let summary = period(
        shared + [
            .text("first_day", "the campaign's first day") { $0.campaign.firstDay.chineseFull },
            .object("intake", "接待来访群众: 批次, 人次 and 件", count) { ("合计", Intake($0.visits)) },
            .text("accepted", "受理: matters (件) accepted, the sum of the five below") { String(accepted($0).count) },
            .text("on_the_spot", "当场解决, in 件") { matters($0, "当场解决") },
            .text("answered", "当场答复, in 件") { matters($0, "当场答复") },
            .text("assigned", "交办, in 件") { matters($0, "交办") },
            .text("taken_on", "包案, in 件") { matters($0, "包案") },
            .text("forwarded", "转送, in 件") { matters($0, "转送") },
            .text("refused", "不予受理, in 件 (not part of 受理)") { matters($0, "不予受理") },
            .text("cases", "cases opened") { String($0.cases.count) },
            .text("closed", "办结: cases closed") { String(closed($0).count) },
            .text("closed_rate", "办结率: closed of all cases") { percent(closed($0).count, of: $0.cases.count) },
            .text("on_time_rate", "按期办结率: closed (办结) by their deadline, of those closed") { s in
                percent(closed(s).filter { ($0.closedOn ?? "9") <= $0.due }.count, of: closed(s).count)
            },
            .text("notices_owed", "matters whose 告知 is due by now or was given") { String(noticesOwed($0).count) },
            .text("notice_on_time_rate", "按期告知率: told by their 告知 deadline, of those") { s in
                percent(noticesOwed(s).filter(\.wasOnTime).count, of: noticesOwed(s).count)
            },
            .list("notices_overdue", "matters past their 告知 deadline untold (告知超期)", noticeLine) {
                noticesOverdue($0)
            },
            .text("resolved_rate", "化解率: 息诉罢访 of visits accepted") { s in
                percent(closed(s).filter { $0.stopped == true }.count, of: accepted(s).count)
            },
            .text("satisfied_rate", "满意率: 满意 or 基本满意, of closed cases that were rated") { s in
                let rated = closed(s).filter { $0.satisfaction != nil && $0.satisfaction != "未评价" }
                return percent(
                    rated.filter { $0.satisfaction == "满意" || $0.satisfaction == "基本满意" }.count, of: rated.count)
            },
            .text("repeat_visits", "repeat visits") { String($0.visits.filter { $0.repeatOf != nil }.count) },
            .text("group_visits", "集体访") { String($0.visits.filter(\.isGroup).count) },
            .list("by_leader", "each 包案 leader's cases", leaderLoad) { leaders($0) },
            .list("by_category", "intake by category", count) { s in
                intakeBy(s.visits, VisitInput.categories) { $0.category }
            },
            .list("open_cases", "the cases still open, with leader and deadline", caseLine) { s in
                s.cases.filter(\.isOpen).map { ($0, s) }
            },
            .object("intake_chart", "intake per day, the phases shaded (SVG)", Charts.intakeView) { Charts.intake($0) },
            .object("category_chart", "matters (件) by category, as the table's 件 column (SVG)", Charts.barsView) { s in
                // The same count as the 件 column of the table beside it.
                Charts.bars(
                    intakeBy(s.visits, VisitInput.categories) { $0.category }.map { ($0.name, $0.intake.matters) })
            },
            .object("leader_chart", "cases by leader and status (SVG)", Charts.stackView) { Charts.stacks($0) },
        ])
}
