import Foundation
import CampaignSpec

/// A page's keys: those every page shares, computed once per build and handed in, plus the
/// page's own.
struct PageView<Source>: Sendable {
    let own: TemplateView<Source>

    var shape: [String: Shape] { Views.shared.shape.merging(own.shape) { _, page in page } }

    func context(_ source: Source, shared: [String: Any]) -> [String: Any] {
        shared.merging(own.context(source)) { _, page in page }
    }
}

/// The data each template gets. Template authors: the keys below are what `{{…}}` can name;
/// a key in a list item is also reachable from inside that list's section.
enum Views {
    /// Notice, posting list, plan document and index.
    static let document = PageView(own: replanning + TemplateView<BuildSource>([
        .list("days", duty) { b in b.duties.map { (b, $0) } },
        .list("public_days", duty) { b in b.publicDuties.map { (b, $0) } },
        .text("public_day_count") { String($0.publicDuties.count) },
        .flag("has_public_days") { !$0.publicDuties.isEmpty },
        /// More days than fit the notice's largest type on one page: the template switches to
        /// smaller type so a month still fits one A4 sheet.
        .flag("many_public_days") { $0.publicDuties.count > 16 },
        .text("public_first") { $0.publicDuties.first.map { $0.date.chineseMonthDay } ?? "" },
        .text("public_last") { $0.publicDuties.last.map { $0.date.chineseMonthDay } ?? "" },
        .list("sites", site) { $0.campaign.sites },
        .text("total_copies") { String($0.campaign.sites.reduce(0) { $0 + $1.copies }) },
        .list("warnings", warning) { $0.warnings },
        .flag("optimal") { $0.plan.plan.isOptimal },
        .text("proof") { $0.plan.plan.proofText },
        .text("day_count") { String($0.duties.count) },
        /// The build printed PDFs of the notice, posting list, plan, registers and rotas.
        .flag("has_pdfs") { $0.withPDFs },
    ]))

    /// A leader's rota page, calendar and text.
    static let rota = PageView(own: TemplateView<BuildSource.Rota>([
        .object("leader", ownLeader) { ($0.build, $0.leader) },
        .list("duties", duty) { r in r.duties.map { (r.build, $0) } },
        .text("duty_count") { String($0.duties.count) },
        .text("dtstamp") { ICalendarValues.stamp($0.build.campaign.issued) },
        /// The calendar's name beside the rota page, for a link from it.
        .text("calendar_file") { $0.build.campaign.leaders[$0.leader].id + ".ics" },
    ]))

    /// One day's reception register.
    static let register = PageView(own: TemplateView<BuildSource.Register>([
        .object("duty", duty) { ($0.build, $0.duty) },
    ]))

    /// Every day's reception register in one document, one sheet each, for printing at once.
    static let registers = PageView(own: TemplateView<BuildSource>([
        .list("registers", TemplateView<(BuildSource, BuildSource.Duty)>([.object("duty", duty) { $0 }])) { b in
            b.duties.map { (b, $0) }
        },
    ]))

    // MARK: Shared keys

    /// Keys every template gets.
    static let shared = TemplateView<BuildSource>([
        .text("title") { $0.campaign.title },
        .text("organization") { $0.campaign.organization },
        .text("issued") { $0.campaign.issued.chineseFull },
        .text("issued_iso") { $0.campaign.issued.iso },
        .text("first_day") { $0.campaign.firstDay.chineseFull },
        .text("last_day") { $0.campaign.lastDay.chineseFull },
        .object("office", office) { $0.campaign.office },
        .text("location") { $0.campaign.reception.location },
        .list("hours", hours) { $0.campaign.reception.hours },
        .texts("methods") { $0.campaign.reception.methods },
        .list("phases", phase) { s in s.campaign.phases.enumerated().map { (s, $0, $1) } },
        .list("leaders", leader) { s in s.campaign.leaders.indices.map { (s, $0) } },
        .list("principal", leader) { s in s.campaign.leaders.indices.filter { s.campaign.leaders[$0].isPrincipal }.map { (s, $0) } },
    ])

    static let office = TemplateView<Office>([
        .text("name") { $0.name }, .text("phone") { $0.phone }, .text("address") { $0.address },
    ])

    static let hours = TemplateView<TimeRange>([
        .text("text") { $0.text }, .text("start") { $0.startText }, .text("end") { $0.endText },
    ])

    static let phase = TemplateView<(BuildSource, Int, Phase)>([
        .text("id") { $0.2.id },
        .text("name") { $0.2.name },
        .text("ordinal") { ChineseNumber.text($0.1 + 1) },
        .text("start") { $0.2.start.chineseMonthDay },
        .text("end") { $0.2.end.chineseMonthDay },
        .text("start_full") { $0.2.start.chineseFull },
        .text("end_full") { $0.2.end.chineseFull },
        .text("day_count") { s in String(s.0.duties.filter { $0.phase == s.1 }.count) },
        .flag("is_public") { $0.2.isPublic },
        .flag("is_first_phase") { $0.1 == 0 },
        .flag("is_last_phase") { $0.1 == $0.0.campaign.phases.count - 1 },
        .flag("is_middle_phase") { $0.1 > 0 && $0.1 < $0.0.campaign.phases.count - 1 },
    ])

    /// A leader as anyone may see them: no phone here (see `ownLeader`).
    static let leader = TemplateView<(BuildSource, Int)>([
        .text("id") { $0.0.campaign.leaders[$0.1].id },
        .text("name") { $0.0.campaign.leaders[$0.1].name },
        .text("title") { $0.0.campaign.leaders[$0.1].title },
        .flag("is_principal") { $0.0.campaign.leaders[$0.1].isPrincipal },
        .text("duties") { String($0.0.plan.loads[$0.1].duties) },
        .text("weekend_duties") { String($0.0.plan.loads[$0.1].weekendDuties) },
        .text("smallest_gap") { $0.0.plan.loads[$0.1].smallestGap.map(String.init) ?? "" },
        .text("rota_file") { OutputPaths.rota($0.0.campaign.leaders[$0.1].id) },
        .text("calendar_file") { OutputPaths.rotaCalendar($0.0.campaign.leaders[$0.1].id) },
        .text("rota_pdf_file") { OutputPaths.pdf(for: OutputPaths.rota($0.0.campaign.leaders[$0.1].id)) ?? "" },
        .list("away", span) { $0.0.campaign.leaders[$0.1].away },
    ])

    /// The leader as their own rota shows them, with their phone.
    static let ownLeader = TemplateView<(BuildSource, Int)>(leader.fields + [
        .text("phone") { $0.0.campaign.leaders[$0.1].phone ?? "" },
        .flag("has_phone") { $0.0.campaign.leaders[$0.1].phone != nil },
    ])

    static let span = TemplateView<DateSpan>([
        .text("start") { $0.start.chineseMonthDay }, .text("end") { $0.end.chineseMonthDay },
        .flag("is_single_day") { $0.start == $0.end },
    ])

    static let duty = TemplateView<(BuildSource, BuildSource.Duty)>([
        .text("iso") { $0.1.date.iso },
        .text("date") { $0.1.date.chineseMonthDay },
        .text("weekday") { $0.1.date.chineseWeekday },
        .text("date_with_weekday") { $0.1.date.chineseWithWeekday },
        .text("date_full") { $0.1.date.chineseFull },
        .flag("is_non_working") { $0.1.isNonWorking },
        .text("phase_id") { $0.0.phase(of: $0.1).id },
        .text("phase_name") { $0.0.phase(of: $0.1).name },
        .text("leader_id") { $0.0.leader(of: $0.1).id },
        .text("leader_name") { $0.0.leader(of: $0.1).name },
        .text("leader_title") { $0.0.leader(of: $0.1).title },
        .text("register_file") { OutputPaths.register($0.1.date) },
        .list("before", neighbour) { s in s.0.previous(s.1).map { [(s.0, $0)] } ?? [] },
        .list("after", neighbour) { s in s.0.next(s.1).map { [(s.0, $0)] } ?? [] },
        .text("uid") { ICalendarValues.uid($0.0.campaign, $0.1.date, $0.0.leader(of: $0.1).id) },
        .text("starts") { ICalendarValues.localTime($0.1.date, minute: $0.0.campaign.reception.hours.first?.startMinute ?? 0) },
        .text("ends") { ICalendarValues.localTime($0.1.date, minute: $0.0.campaign.reception.hours.last?.endMinute ?? 0) },
    ])

    /// The leader on duty on the neighbouring duty day, for handover.
    static let neighbour = TemplateView<(BuildSource, BuildSource.Duty)>([
        .text("date") { $0.1.date.chineseMonthDay },
        .text("date_with_weekday") { $0.1.date.chineseWithWeekday },
        .text("name") { $0.0.leader(of: $0.1).name },
        .text("title") { $0.0.leader(of: $0.1).title },
    ])

    static let site = TemplateView<Site>([
        .text("id") { $0.id },
        .text("name") { $0.name },
        .text("copies") { String($0.copies) },
        .object("kind", siteKind) { $0.kind },
    ])

    /// One yes/no key per site kind, so a template can print its own label for each.
    static let siteKind = TemplateView<String>(Site.kinds.map { kind in
        .flag(kind.replacingOccurrences(of: "-", with: "_")) { $0 == kind }
    })

    static let warning = TemplateView<Diagnostic>([
        .text("line") { String($0.location.line) }, .text("text") { $0.message },
    ])
}
