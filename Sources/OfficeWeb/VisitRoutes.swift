import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Hummingbird

/// The visits (office staff only): a day's visits, a search that keeps what was searched for out
/// of the URL (it is posted), and each visit's page.
extension OfficeServer {
    func addVisits(to router: Router<OfficeContext>) {
        router.get("/visits") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            let date = request.uri.queryParameters["date"].flatMap { CivilDate(iso: String($0)) } ?? today
            let visits = try work(live.current()).visits(from: date, to: date).get()
            return try visitsPage(session, .init(page: try page(session), date: date, query: nil, visits: visits))
        }
        router.post("/visits") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            let query = form.optional("q") ?? ""
            let visits = try work(live.current()).searchVisits(query).get()
            return try visitsPage(session, .init(page: try page(session), date: today, query: query, visits: visits))
        }
        router.get("/visits/{number}") { request, context in
            let session = try await signedIn(request)
            try officeOnly(session)
            guard let visit = try ledger.visit(try context.parameters.require("number")) else {
                throw HTTPError(.notFound)
            }
            let item = WebPages.VisitItem(page: try page(session), visit: visit)
            return html(templates.render(WebPages.visitPage, WebPages.visitView.context(item)))
        }
    }

    func visitsPage(_ session: WebSessions.Session, _ list: WebPages.VisitList) throws -> Response {
        html(templates.render(WebPages.visits, WebPages.visitsView.context(list)))
    }
}
