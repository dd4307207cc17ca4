import CampaignSpec
import CaseLedger
import LedgerReports
import Rendering

/// What the web page's templates get (`Templates/web-*.html.mustache`), checked like every template.
public enum WebPages {
    static let signIn = "web-signin.html.mustache"
    static let today = "web-today.html.mustache"
    static let cases = "web-cases.html.mustache"

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
        let campaign: Campaign
        let account: Account
        let csrf: String
        let day: CivilDate
        let dutyLeader: String?
        let cases: [PetitionCase]
        let weekVisits: Int
    }

    static let caseRow = TemplateView<(record: PetitionCase, page: Page)>([
        .text("case_number", "the case's number") { $0.record.number },
        .text("leader_name", "the 包案 leader") { row in
            row.page.campaign.leaders.first { $0.id == row.record.leader }?.name ?? row.record.leader
        },
        .text("unit", "the responsible unit") { $0.record.unit ?? "" },
        .flag("is_open", "still being handled") { $0.record.isOpen },
        .text("due", "its deadline now, as 2026-11-09") { $0.record.due },
        .flag("is_overdue", "past its deadline today") { $0.record.isOverdue(asOf: $0.page.day) },
    ])

    static let shared: [Field<Page>] = [
        .text("title", "the campaign's title") { $0.campaign.title },
        .text("account_name", "who is signed in") { $0.account.name },
        .flag("is_office", "signed in as office staff (a leader sees only their own)") { $0.account.role == .office },
        .text("csrf", "the session's CSRF token, posted back by every form as `csrf`") { $0.csrf },
        .text("day", "today, as 2026年9月8日") { $0.day.chineseFull },
    ]

    static let todayView = TemplateView<Page>(
        shared + [
            .flag("has_duty", "whether today is a duty day") { $0.dutyLeader != nil },
            .text("duty_leader", "today's duty leader") { page in
                page.campaign.leaders.first { $0.id == page.dutyLeader }.map { "\($0.name)（\($0.title)）" } ?? ""
            },
            .text("week_visits", "visits in the seven days up to today (office only)") { String($0.weekVisits) },
            .list("due_soon", "open cases due within 3 days", caseRow) { page in
                page.cases.filter { $0.isDue(within: 3, asOf: page.day) }.map { ($0, page) }
            },
            .list("overdue", "open cases past their deadline", caseRow) { page in
                page.cases.filter { $0.isOverdue(asOf: page.day) }.map { ($0, page) }
            },
        ])

    static let casesView = TemplateView<Page>(
        shared + [.list("cases", "the cases the account may see", caseRow) { page in page.cases.map { ($0, page) } }]
    )

    /// The web page's keys, for `Templates/KEYS.md`.
    public static let docs: [(template: String, title: String, keys: [KeyDoc])] = [
        (signIn, "The web page's sign-in (`jiefang serve`)", signInView.docs),
        (today, "The web page's today (`jiefang serve`)", todayView.docs),
        (cases, "The web page's cases (`jiefang serve`)", casesView.docs),
    ]

    static let pages =
        [
            TemplatePage(name: signIn, shape: signInView.shape), TemplatePage(name: today, shape: todayView.shape),
            TemplatePage(name: cases, shape: casesView.shape),
        ] + LedgerReports.pages
}
