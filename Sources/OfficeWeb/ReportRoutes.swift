import CampaignSpec
import CaseWork
import Dispatch
import Hummingbird
import LedgerReports
import Rendering

/// The weekly report and the closing summary (office staff), as `jiefang report` renders them,
/// as of today or `?as_of=DATE`, and as the PDF `report --pdf` prints; and a leader's own duty
/// calendar.
extension OfficeServer {
    func addReports(to router: Router<OfficeContext>) {
        for kind in [LedgerReports.Kind.weekly, .summary] {
            let path = "/reports/\(kind.rawValue)"
            router.get(RouterPath(stringLiteral: path)) { request, _ in
                let session = try await signedIn(request)
                try officeOnly(session)
                let asOf = asOfDay(request)
                let link = "\(path).pdf?as_of=\(asOf.iso)"
                return html(
                    try work(live.current()).report(kind, asOf: asOf, templates: templates, pdfLink: link).get().text)
            }
            router.get(RouterPath(stringLiteral: path + ".pdf")) { request, _ in
                let session = try await signedIn(request)
                try officeOnly(session)
                let report = try work(live.current()).report(kind, asOf: asOfDay(request), templates: templates).get()
                return try await pdf(report)
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

extension OfficeServer {
    func asOfDay(_ request: Request) -> CivilDate {
        request.uri.queryParameters["as_of"].flatMap { CivilDate(iso: String($0)) } ?? today
    }

    /// The report printed by the server's kept Chromium, as `report --pdf` prints it: same bytes.
    func pdf(_ report: CaseReport) async throws -> Response {
        let browser = try printer.get()
        // Printing waits on Chromium: off the server's own threads, so other pages keep coming.
        let printed = await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: CaseWork.pdf(report, in: browser)) }
        }
        let name = String(report.name.dropLast(".html".count)) + ".pdf"
        return Response(
            status: .ok,
            headers: [.contentType: "application/pdf", .contentDisposition: "inline; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: try printed.get())))
    }
}
