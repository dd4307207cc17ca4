import CampaignSpec
import CaseLedger
import Diagnostics
import Hummingbird

/// The day's register as a form (office staff only): checked as `jiefang visit add` checks a
/// visit, stored as the office's account, refused with every problem at its field.
extension OfficeServer {
    func addRegister(to router: Router<BasicRequestContext>) {
        router.get("/register") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            let query = request.uri.queryParameters
            let date = query["date"].flatMap { CivilDate(iso: String($0)) } ?? today
            let added = query["added"].map(String.init).flatMap { try? ledger.visit($0) }
            return try registerPage(
                session, date: date, values: Form(fields: [:]), problems: [], added: added)
        }
        router.post("/register") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            let state = live.current()
            var fields = VisitFields(record: SourceLocation(file: "登记表"))
            for name in VisitFields.names {
                if let value = form.optional(name) {
                    fields.values[name] = (value, SourceLocation(file: "登记表", row: 1, columnName: name))
                }
            }
            let checked = VisitInput.check(fields, campaign: state.campaign, dutyLeaders: state.dutyLeaders)
            let date = form.optional("date").flatMap(CivilDate.init(iso:)) ?? today
            guard let draft = checked.draft, !checked.diagnostics.contains(where: \.isError) else {
                return try registerPage(
                    session, date: date, values: form, problems: checked.diagnostics, added: nil,
                    status: .unprocessableContent)
            }
            let visit = try ledger.add(
                draft, deadlines: DeadlineCalendar(campaign: state.campaign), by: session.account.name, at: now())
            // The visit's number only: nothing the petitioner said goes into a URL.
            return redirect("/register?date=\(visit.date)&added=\(visit.number)")
        }
    }

    func registerPage(
        _ session: WebSessions.Session, date: CivilDate, values: Form, problems: [Diagnostic], added: Visit?,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let page = try page(session)
        let form = WebPages.RegisterForm(
            page: page, date: date, dutyLeader: page.state.dutyLeaders[date], values: values, problems: problems,
            added: added?.number, addedCase: added?.caseNumber == added?.number && added?.caseNumber != nil)
        return html(templates.render(WebPages.register, WebPages.registerView.context(form)), status: status)
    }
}
