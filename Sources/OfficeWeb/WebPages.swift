import CampaignSpec
import CaseLedger
import Diagnostics
import LedgerReports
import Rendering

/// What the web page's templates get (`Templates/web-*.html.mustache`), checked like every template.
public enum WebPages {
    static let signIn = "web-signin.html.mustache"
    static let today = "web-today.html.mustache"

    struct SignIn: Sendable {
        let campaign: Campaign
        let csrf: String
        let error: String?
    }

    static let signInView = TemplateView<SignIn>([
        .text("title", "the campaign's title") { $0.campaign.title },
        .text("csrf", "the form's CSRF token, posted back as `csrf`") { $0.csrf },
        .flag("has_error", "whether the last attempt failed") { $0.error != nil },
        .text("error", "why it failed") { $0.error ?? "" },
    ])

    /// A signed-in page's source: who is signed in, and what they may see.
    struct Page: Sendable {
        /// The campaign file as it stands, read once for the whole page.
        let state: LiveCampaign.State
        let account: Account
        let csrf: String
        let day: CivilDate
        let cases: [PetitionCase]
        /// The open ones of `cases`, soonest deadline first.
        let openByDue: [PetitionCase]
        /// The matters owed a 告知 and not yet told, soonest deadline first.
        let untold: [NoticeDue]
        /// The office's intake in the seven days up to today.
        let week: (batches: Int, persons: Int, cases: Int)
        let ledger: Ledger

        /// The appointments the account may see: all for the office, a leader's own for a leader.
        /// Read when a page shows them, not for every page.
        var appointments: [Appointment] {
            ((try? ledger.appointments()) ?? []).filter { account.role == .office || $0.leader == account.leader }
        }

        var campaign: Campaign { state.campaign }
        var dutyLeader: String? { state.dutyLeaders[day] }
        /// The plan's duty days, as the campaign file now stands.
        var duties: [RosterDay] { state.lastGood.plan.days }

        func leaderName(_ id: String) -> String { campaign.leaders.first { $0.id == id }?.name ?? id }
    }

    /// Every signed-in page has these, for the navigation and its forms.
    static let shared: [Field<Page>] = [
        .text("title", "the campaign's title") { $0.campaign.title },
        .text("account_name", "who is signed in") { $0.account.name },
        .flag("is_office", "signed in as office staff (a leader sees only their own)") { $0.account.role == .office },
        .text("csrf", "the session's CSRF token, posted back by every form as `csrf`") { $0.csrf },
        .text("day", "today, as 2026年9月8日") { $0.day.chineseFull },
        .text("day_iso", "today, as 2026-09-08") { $0.day.iso },
    ]

    static let caseRow = TemplateView<(record: PetitionCase, page: Page)>([
        .text("case_number", "the case's number") { $0.record.number },
        .text("leader_name", "the 包案 leader") { $0.page.leaderName($0.record.leader) },
        .text("unit", "the responsible unit") { $0.record.unit ?? "" },
        .flag("is_open", "still being handled") { $0.record.isOpen },
        .text("due", "its deadline now, as 2026-11-09") { $0.record.due },
        .flag("is_overdue", "past its deadline today") { $0.record.isOverdue(asOf: $0.page.day) },
    ])

    /// A matter owed its 告知.
    static let noticeRow = TemplateView<NoticeDue>([
        .text("visit_number", "the visit's number (a case's, when it opened one)") { $0.visit.number },
        .flag("is_case", "whether it opened a case, whose page the number links to") { $0.visit.caseNumber != nil },
        .text("disposition", "交办, 包案, 转送 or 不予受理") { $0.visit.disposition },
        .text("notify_by", "its 告知 deadline, as 2026-09-23") { $0.notifyBy },
    ])

    static let dutyRow = TemplateView<RosterDay>([
        .text("date", "the day, as 9月8日（星期二）") { $0.date.chineseWithWeekday },
        .text("phase", "the phase's name") { $0.phaseName },
        .text("leader_name", "the duty leader") { $0.leader.name },
        .text("leader_title", "the duty leader's title") { $0.leader.title },
        .flag("is_day_off", "a weekend or statutory holiday") { $0.isNonWorking },
    ])

    /// Today's page: the page, and the open cases due soon and overdue, soonest first.
    struct Today: Sendable {
        let page: Page
        let dueSoon: ArraySlice<PetitionCase>
        let overdue: ArraySlice<PetitionCase>
        /// Untold past their 告知 deadline (告知超期).
        let noticeOverdue: ArraySlice<NoticeDue>

        init(_ page: Page) {
            self.page = page
            let today = page.day.iso, soon = page.day.adding(days: 3).iso
            noticeOverdue = page.untold.prefix { $0.notifyBy < today }
            overdue = page.openByDue.prefix { $0.due < today }
            dueSoon = page.openByDue.dropFirst(overdue.count).prefix { $0.due <= soon }
        }
    }

    /// An appointment on a page: when, who, about what; never a phone or an ID number.
    static let appointmentRow = TemplateView<Appointment>([
        .text("appointment_number", "its number, as Y20260910-01") { $0.number },
        .text("date", "its day, as 2026-09-10") { $0.date },
        .text("time", "its time, as 09:00") { $0.time },
        .text("kind", "群众约访 or 重点约访") { $0.kind },
        .text("name", "the petitioner's name") { $0.name },
        .text("topic", "the topic") { $0.topic },
        .text("status", "已预约, 已接待, 未到 or 已取消") { $0.status.rawValue },
        .flag("is_booked", "still to be received: the register offers to record it") { $0.status == .booked },
    ])

    static let todayView = TemplateView<Today>(
        shared.map { $0.on { (today: Today) in today.page } } + [
            .flag("has_duty", "whether today is a duty day") { $0.page.dutyLeader != nil },
            .text("duty_leader", "today's duty leader, with title") { today in
                let page = today.page
                return
                    page.campaign.leaders.first { $0.id == page.dutyLeader }.map { "\($0.name)（\($0.title)）" } ?? ""
            },
            .text("week_batches", "visits (批次) in the seven days up to today (office only)") {
                String($0.page.week.batches)
            },
            .text("week_persons", "persons (人次) in those visits (office only)") {
                String($0.page.week.persons)
            },
            .text("week_cases", "visits of those days that opened a case (交办, 包案; office only)") {
                String($0.page.week.cases)
            },
            .list("todays_appointments", "today's appointments (a leader's own for a leader), by time", appointmentRow)
            {
                today in today.page.appointments.filter { $0.date == today.page.day.iso && $0.holdsSlot }
            },
            .list(
                "coming_appointments", "a leader's appointments of the days ahead (empty for the office)",
                appointmentRow
            ) {
                today in
                today.page.account.role == .leader
                    ? today.page.appointments.filter { $0.date > today.page.day.iso && $0.status == .booked } : []
            },
            .list("my_duties", "a leader's own duty days (empty for the office)", dutyRow) { today in
                today.page.duties.filter { $0.leader.id == today.page.account.leader }
            },
            .text("due_soon_count", "how many open cases are due within 3 days") { String($0.dueSoon.count) },
            .list("due_soon", "the first 20 of them, soonest first", caseRow) { today in
                today.dueSoon.prefix(20).map { ($0, today.page) }
            },
            .text("notice_overdue_count", "how many matters are past their 告知 deadline untold (告知超期)") {
                String($0.noticeOverdue.count)
            },
            .list("notice_overdue", "the 20 most overdue of them", noticeRow) { today in
                Array(today.noticeOverdue.prefix(20))
            },
            .text("overdue_count", "how many open cases are past their deadline") { String($0.overdue.count) },
            .list("overdue", "the 20 most overdue of them", caseRow) { today in
                today.overdue.prefix(20).map { ($0, today.page) }
            },
        ])

    static let error = "web-error.html.mustache"

    /// A refusal or a failure: its HTTP status, and jiefang's own words when it refused.
    struct Refusal: Sendable {
        let status: Int
        let problem: Diagnostic?
    }

    static let errorView = TemplateView<Refusal>([
        .text("status", "the HTTP status, as 404") { String($0.status) },
        .flag("is_forbidden", "403: a form without a valid token") { $0.status == 403 },
        .flag("is_not_found", "404: nothing there, or nothing this account may see") { $0.status == 404 },
        .flag("has_message", "whether jiefang said why it refused (the ledger busy, a case closed meanwhile)") {
            $0.problem != nil
        },
        .text("message", "what jiefang said, with its code") { refusal in
            refusal.problem.map { "\($0.message) [\($0.code)]" } ?? ""
        },
    ])

    /// A problem with the campaign file, as the compiler would print it.
    static let problemRow = TemplateView<Diagnostic>([
        .text("text", "the problem as FILE:LINE:COL: error: …") { $0.description },
        .flag("is_error", "an error, not a warning") { $0.isError },
    ])

    /// The web page's files that are not pages, for `Templates/KEYS.md`.
    public static let sharedFilesNote = """

        ## The web page's shared files

        Every signed-in page includes `web-nav.html.mustache` as `{{> web-nav.html}}`; it may use the keys \
        every signed-in page has (`title`, `account_name`, `is_office`, `csrf`, `day`, `day_iso`). `web.css` \
        styles the pages; `web.js` is the notice preview's only script (the pages work without it).

        """

    /// The web page's keys, for `Templates/KEYS.md`.
    public static let docs: [(template: String, title: String, keys: [KeyDoc])] = [
        (signIn, "The web page's sign-in (`jiefang serve`)", signInView.docs),
        (today, "The web page's today (`jiefang serve`)", todayView.docs),
        (cases, "The web page's case list (`jiefang serve`)", casesView.docs),
        (casePage, "The web page's case, with its forms (`jiefang serve`)", caseView.docs),
        (register, "The web page's register form (`jiefang serve`)", registerView.docs),
        (visits, "The web page's visits: a day's, or a search's (`jiefang serve`)", visitsView.docs),
        (visitPage, "The web page's visit (`jiefang serve`)", visitView.docs),
        (roster, "The web page's roster (`jiefang serve`)", rosterView.docs),
        (preview, "The web page's live notice preview (`jiefang serve`)", previewView.docs),
        (problems, "The notice preview while the campaign file is broken (`jiefang serve`)", problemsView.docs),
        (leave, "The web page's 'a leader is called away' (`jiefang serve`)", leaveView.docs),
        (appointments, "The web page's appointments (约访) for office staff (`jiefang serve`)", appointmentsView.docs),
        (
            calendarAppointments, "A leader's appointments, added to the calendar the web page serves them",
            calendarAppointmentsView.docs
        ),
        (error, "The web page's refusals and failures (`jiefang serve`)", errorView.docs),
    ]

    static let pages =
        [
            TemplatePage(name: signIn, shape: signInView.shape), TemplatePage(name: today, shape: todayView.shape),
            TemplatePage(name: cases, shape: casesView.shape), TemplatePage(name: casePage, shape: caseView.shape),
            TemplatePage(name: register, shape: registerView.shape),
            TemplatePage(name: visits, shape: visitsView.shape), TemplatePage(name: visitPage, shape: visitView.shape),
            TemplatePage(name: roster, shape: rosterView.shape),
            TemplatePage(name: preview, shape: previewView.shape),
            TemplatePage(name: problems, shape: problemsView.shape),
            TemplatePage(name: leave, shape: leaveView.shape), TemplatePage(name: error, shape: errorView.shape),
            TemplatePage(name: appointments, shape: appointmentsView.shape),
            TemplatePage(name: calendarAppointments, shape: calendarAppointmentsView.shape),
        ] + LedgerReports.pages + TemplateSet.buildPages
}
