import CampaignSpec
import CaseLedger
import Rendering

/// The visits page and a visit's page (`web-visits.html.mustache`, `web-visit.html.mustache`).
extension WebPages {
    static let visits = "web-visits.html.mustache"
    static let visitPage = "web-visit.html.mustache"

    struct VisitList: Sendable {
        let page: Page
        let date: CivilDate
        /// What was searched for, or nil for a day's visits.
        let query: String?
        let visits: [Visit]
    }

    /// One visit in a list: never the full ID number.
    static let visitFields: [Field<(visit: Visit, page: Page)>] = [
        .text("visit_number", "the visit's number") { $0.visit.number },
        .text("date", "its day, as 2026-09-08") { $0.visit.date },
        .text("time", "its time") { $0.visit.time },
        .text("name", "the petitioner's name") { $0.visit.name },
        .text("id_number", "the ID number, masked") { $0.visit.idNumber.map(IDNumber.masked) ?? "" },
        .text("topic", "问题分类") { $0.visit.topic },
        .text("disposition", "处理方式") { $0.visit.disposition },
        .flag("has_case", "whether it opened or joined a case") { $0.visit.caseNumber != nil },
        .text("case_number", "that case's number") { $0.visit.caseNumber ?? "" },
        .text("leader_name", "who received it") { $0.page.leaderName($0.visit.leader) },
    ]

    static let visitRow = TemplateView(visitFields)

    static let visitsView = TemplateView<VisitList>(
        shared.map { $0.on { (list: VisitList) in list.page } } + [
            .text("date", "the day listed, as 2026-09-08") { $0.date.iso },
            .text("date_chinese", "the same, as 9月8日（星期二）") { $0.date.chineseWithWeekday },
            .flag("is_search", "whether this is a search's result rather than a day's visits") { $0.query != nil },
            .text("query", "what was searched for") { $0.query ?? "" },
            .text("count", "how many visits are listed") { String($0.visits.count) },
            .list("visits", "the visits, each with its page", visitRow) { list in list.visits.map { ($0, list.page) } },
        ])

    struct VisitItem: Sendable {
        let page: Page
        let visit: Visit
    }

    static let visitView = TemplateView<VisitItem>(
        shared.map { $0.on { (item: VisitItem) in item.page } }
            + visitFields.map { $0.on { (item: VisitItem) in (item.visit, item.page) } } + [
                .text("channel", "信访形式") { $0.visit.channel },
                .text("method", "接访方式") { $0.visit.method },
                .text("persons", "how many came") { String($0.visit.persons) },
                .text("phone", "the petitioner's phone") { $0.visit.phone ?? "" },
                .text("address", "the petitioner's address") { $0.visit.address ?? "" },
                .text("category", "问题类别") { $0.visit.category },
                .text("request", "the request, in the petitioner's words") { $0.visit.request },
                .text("opinion", "the handling opinion") { $0.visit.opinion ?? "" },
                .flag("has_reason", "whether a reason for not accepting it was given") { $0.visit.reason != nil },
                .text("reason", "why not accepted (不予受理)") { $0.visit.reason ?? "" },
                .flag("is_repeat", "whether the petitioner came before") { $0.visit.repeatOf != nil },
                .text("repeat_of", "their first visit's number") { $0.visit.repeatOf ?? "" },
            ])
}
