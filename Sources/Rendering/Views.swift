import CampaignSpec
import Diagnostics
import Foundation

/// A page's keys: those every page shares, computed once per build and handed in, plus the
/// page's own.
struct PageView<Source>: Sendable {
    let own: TemplateView<Source>

    var shape: [String: Shape] { Views.shared.shape.merging(own.shape) { _, page in page } }

    func context(_ source: Source, shared: [String: Any]) -> [String: Any] {
        shared.merging(own.context(source)) { _, page in page }
    }
}

/// The data each template gets. Each key's meaning is written beside it and collected into
/// `Templates/KEYS.md` (`jiefang templates keys`), the reference for template authors.
enum Views {
    /// Notice, posting list, plan document and index.
    static let document = PageView(
        own: replanning
            + TemplateView<BuildSource>([
                .list("days", "every duty day of the campaign, in date order", duty) { $0.duties },
                .list("public_days", "the duty days on the public notice (the days of public phases)", duty) {
                    $0.publicDuties
                },
                .text("public_day_count", "how many days the public notice lists") { String($0.publicDuties.count) },
                .flag("has_public_days", "whether any day is on the public notice") { !$0.publicDuties.isEmpty },
                .flag(
                    "many_public_days",
                    "more than 16 public days: the notice switches to smaller type so a month still fits one A4 sheet"
                ) {
                    $0.publicDuties.count > 16
                },
                .text("public_first", "the first public day, as 9月7日") {
                    $0.publicDuties.first.map { $0.day.date.chineseMonthDay } ?? ""
                },
                .text("public_last", "the last public day, as 9月18日") {
                    $0.publicDuties.last.map { $0.day.date.chineseMonthDay } ?? ""
                },
                .list("sites", "the sites where the notice is posted, in the campaign file's order", site) {
                    $0.campaign.sites
                },
                .text("total_copies", "copies of the notice to print for all sites together") {
                    String($0.campaign.sites.reduce(0) { $0 + $1.copies })
                },
                .list("warnings", "what loading the campaign and re-planning warned about", warning) {
                    $0.planned.warnings
                },
                .flag("optimal", "whether the roster is proved optimal") { $0.planned.plan.plan.isOptimal },
                .text("proof", "the planner's verdict in words: 已证明最优, or the gap to its lower bound") {
                    $0.planned.plan.plan.proofPhrase.zh
                },
                .text("day_count", "how many duty days the campaign has") { String($0.days.count) },
                .flag(
                    "has_pdfs", "whether this build printed PDFs of the notice, posting list, plan, registers and rotas"
                ) { $0.withPDFs },
            ]))

    /// A leader's rota page, calendar and text.
    static let rota = PageView(
        own: TemplateView<RotaItem>([
            .object("leader", "the leader whose rota this is, with their phone", ownLeader) { $0.owner },
            .list("duties", "the leader's duty days, in date order", duty) { $0.duties },
            .text("duty_count", "how many duty days the leader has") { String($0.duties.count) },
            .text("dtstamp", "the calendar's DTSTAMP, from `issued` (never the clock)") {
                ICalendarValues.stamp($0.build.campaign.issued)
            },
            .text("calendar_file", "the calendar's file name beside the rota page, for a link from it") {
                $0.owner.leader.id + ".ics"
            },
        ]))

    /// One day's reception register.
    static let register = PageView(
        own: TemplateView<DutyItem>([
            .object("duty", "the day this register is for", duty) { $0 }
        ]))

    /// Every day's reception register in one document, one sheet each, for printing at once.
    static let registers = PageView(
        own: TemplateView<BuildSource>([
            .list(
                "registers", "one item a duty day, each holding that day as `duty`",
                TemplateView<DutyItem>([.object("duty", "the day this sheet is for", duty) { $0 }])
            ) { $0.duties }
        ]))

    // MARK: Shared keys

    /// Keys every template gets.
    static let shared = TemplateView<BuildSource>([
        .text("title", "the campaign's title") { $0.campaign.title },
        .text("organization", "the issuing body, printed under notices") { $0.campaign.organization },
        .text("issued", "the date printed on outputs, as 2026年8月31日") { $0.campaign.issued.chineseFull },
        .text("issued_iso", "the same date as 2026-08-31") { $0.campaign.issued.iso },
        .text("first_day", "the campaign's first day, as 2026年9月1日") { $0.campaign.firstDay.chineseFull },
        .text("last_day", "the campaign's last day, as 2026年9月25日") { $0.campaign.lastDay.chineseFull },
        .object("office", "the petition office", office) { $0.campaign.office },
        .text("location", "where petitioners are received") { $0.campaign.reception.location },
        .list("hours", "the reception hours, in order", hours) { $0.campaign.reception.hours },
        .texts("methods", "the reception methods (定点接访, …)") { $0.campaign.reception.methods },
        .list("phases", "the campaign's phases, in order", phase) { s in
            s.campaign.phases.indices.map { PhaseItem(build: s, index: $0) }
        },
        .list("leaders", "every leader, in roster order, without phones", leader) { s in
            s.campaign.leaders.indices.map { LeaderItem(build: s, index: $0) }
        },
        .list("principal", "the 第一责任人: one item, or none when no leader is marked principal", leader) { s in
            s.campaign.leaders.indices.filter { s.campaign.leaders[$0].isPrincipal }.map {
                LeaderItem(build: s, index: $0)
            }
        },
    ])

    static let office = TemplateView<Office>([
        .text("name", "the office's name") { $0.name },
        .text("phone", "the office's public phone") { $0.phone },
        .text("address", "the office's address; empty when the campaign file gives none") { $0.address ?? "" },
        .flag("has_address", "whether the campaign file gives the office's address") { $0.address != nil },
    ])

    static let hours = TemplateView<TimeRange>([
        .text("text", "the hours as written, 08:30-12:00") { $0.text },
        .text("start", "when they start, 08:30") { $0.startText },
        .text("end", "when they end, 12:00") { $0.endText },
    ])

    static let phase = TemplateView<PhaseItem>([
        .text("id", "the phase's id") { $0.phase.id },
        .text("name", "the phase's name") { $0.phase.name },
        .text("ordinal", "its place in Chinese numerals: 一, 二, 三") { ChineseNumber.text($0.index + 1) },
        .text("start", "its first day, as 9月1日") { $0.phase.start.chineseMonthDay },
        .text("end", "its last day, as 9月6日") { $0.phase.end.chineseMonthDay },
        .text("start_full", "its first day, as 2026年9月1日") { $0.phase.start.chineseFull },
        .text("end_full", "its last day, as 2026年9月6日") { $0.phase.end.chineseFull },
        .text("day_count", "its duty days (a boundary day shared with the phase before counts there)") { p in
            String(p.build.days.filter { $0.phaseID == p.phase.id }.count)
        },
        .flag("is_public", "whether its days are on the public notice") { $0.phase.isPublic },
        .flag("is_first_phase", "the first phase (mobilization)") { $0.index == 0 },
        .flag("is_last_phase", "the last phase (review)") { $0.isLast },
        .flag("is_middle_phase", "neither the first nor the last (problem resolution)") { $0.index > 0 && !$0.isLast },
    ])

    /// A leader as anyone may see them: no phone here (see `ownLeader`).
    static let leader = TemplateView<LeaderItem>([
        .text("id", "the leader's id, as in file names") { $0.leader.id },
        .text("name", "the leader's name") { $0.leader.name },
        .text("title", "the leader's post") { $0.leader.title },
        .flag("is_principal", "whether the leader is the 第一责任人") { $0.leader.isPrincipal },
        .text("duties", "how many duty days the plan gives them") { String($0.load.duties) },
        .text("weekend_duties", "how many of those fall on weekends or statutory holidays") {
            String($0.load.weekendDuties)
        },
        .text("smallest_gap", "the fewest duty days between two of their duties; empty with fewer than two") {
            $0.load.smallestGap.map(String.init) ?? ""
        },
        .text("rota_file", "their rota page, rota/ID.html") { OutputPaths.rota($0.leader.id) },
        .text("calendar_file", "their calendar, rota/ID.ics") { OutputPaths.rotaCalendar($0.leader.id) },
        .text("rota_pdf_file", "their rota's PDF, rota/ID.pdf (written only with --pdf)") {
            OutputPaths.pdf(for: OutputPaths.rota($0.leader.id)) ?? ""
        },
        .list("away", "their leave, as written in the campaign file", span) { $0.leader.away },
    ])

    /// The leader as their own rota shows them, with their phone.
    static let ownLeader = TemplateView<LeaderItem>(
        leader.fields + [
            .text("phone", "the leader's phone: on their own rota only") { $0.leader.phone ?? "" },
            .flag("has_phone", "whether the campaign file gives their phone") { $0.leader.phone != nil },
        ])

    static let span = TemplateView<DateSpan>([
        .text("start", "the first day, as 9月14日") { $0.start.chineseMonthDay },
        .text("end", "the last day, as 9月15日") { $0.end.chineseMonthDay },
        .flag("is_single_day", "whether it is one day") { $0.start == $0.end },
    ])

    static let duty = TemplateView<DutyItem>(
        [
            .text("iso", "the date as 2026-09-07") { $0.day.date.iso },
            .text("date", "the date as 9月7日") { $0.day.date.chineseMonthDay },
            .text("weekday", "the weekday as 星期一") { $0.day.date.chineseWeekday },
            .text("date_with_weekday", "the date as 9月7日（星期一）") { $0.day.date.chineseWithWeekday },
            .text("date_full", "the date as 2026年9月7日") { $0.day.date.chineseFull },
            .flag("is_non_working", "a weekend or statutory holiday, less make-up workdays") { $0.day.isNonWorking },
            .text("phase_id", "the id of the phase the day belongs to") { $0.day.phaseID },
            .text("phase_name", "the name of that phase") { $0.day.phaseName },
            .text("leader_id", "the duty leader's id") { $0.day.leader.id },
            .text("leader_name", "the duty leader's name") { $0.day.leader.name },
            .text("leader_title", "the duty leader's post") { $0.day.leader.title },
            .text("register_file", "the day's register page, register/DATE.html") { OutputPaths.register($0.day.date) },
            .list("before", "the duty day before: one item, or none on the first day", neighbour) {
                $0.previous.map { [$0] } ?? []
            },
            .list("after", "the duty day after: one item, or none on the last day", neighbour) {
                $0.next.map { [$0] } ?? []
            },
            .text("uid", "the calendar event's UID, the same in every build") {
                ICalendarValues.uid($0.build.campaign, $0.day.date, $0.day.leader.id)
            },
            .text("starts", "when reception starts that day, local time, 20260907T083000") {
                ICalendarValues.localTime(
                    $0.day.date, minute: $0.build.campaign.reception.hours.first?.startMinute ?? 0)
            },
            .text("ends", "when reception ends that day, local time, 20260907T173000") {
                ICalendarValues.localTime($0.day.date, minute: $0.build.campaign.reception.hours.last?.endMinute ?? 0)
            },
        ],
        memo: { $0.build.memo?.duties[$0.index] })

    /// The leader on duty on the neighbouring duty day, for handover.
    static let neighbour = TemplateView<DutyItem>([
        .text("date", "that day, as 9月6日") { $0.day.date.chineseMonthDay },
        .text("date_with_weekday", "that day, as 9月6日（星期日）") { $0.day.date.chineseWithWeekday },
        .text("name", "that day's duty leader") { $0.day.leader.name },
        .text("title", "their post") { $0.day.leader.title },
    ])

    static let site = TemplateView<Site>([
        .text("id", "the site's id") { $0.id },
        .text("name", "the site's name") { $0.name },
        .text("copies", "copies to post there") { String($0.copies) },
        .object("kind", "what kind of site it is: one yes/no key per kind", siteKind) { $0.kind },
    ])

    /// One yes/no key per site kind, so a template can print its own label for each.
    static let siteKind = TemplateView<String>(
        Site.kinds.map { kind in
            .flag(kind.replacingOccurrences(of: "-", with: "_"), "kind: \(kind)") { $0 == kind }
        })

    static let warning = TemplateView<Diagnostic>([
        .text("line", "the line of the campaign file it concerns") { String($0.line) },
        .text("text", "the warning, in words (Chinese: what is printed stays the same whatever the language)") {
            $0.message(in: .zh)
        },
    ])
}
