import CampaignSpec
import Hummingbird
import LedgerReports
import Rendering

/// The weekly report and the closing summary (office staff), as `jiefang report` renders them,
/// as of today or `?as_of=DATE`; and a leader's own duty calendar.
extension OfficeServer {
    func addReports(to router: Router<OfficeContext>) {
        for kind in [LedgerReports.Kind.weekly, .summary] {
            router.get(RouterPath(stringLiteral: "/reports/\(kind.rawValue)")) { request, _ in
                let session = try await signedIn(request)
                try officeOnly(session)
                let asOf = request.uri.queryParameters["as_of"].flatMap { CivilDate(iso: String($0)) } ?? today
                return html(try work(live.current()).report(kind, asOf: asOf, templates: templates).get().text)
            }
        }
        router.get("/calendar.ics") { request, _ in
            let session = try await signedIn(request)
            let state = live.current()
            guard let id = session.account.leader,
                let index = state.lastGood.campaign.leaders.firstIndex(where: { $0.id == id })
            else { throw HTTPError(.notFound) }
            let theirs = try ledger.appointments().filter { $0.leader == id }
            let events = WebPages.calendarAppointmentsView.context(
                .init(campaign: state.lastGood.campaign, appointments: theirs))
            let text = OutputBuilder.rotaCalendar(
                BuildSource(state.lastGood), leader: index, templates: templates, adding: events)
            return Response(
                status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }
    }
}
