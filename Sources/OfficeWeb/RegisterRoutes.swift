import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Hummingbird

/// The day's register as a form (office staff only): checked and stored as `jiefang visit add`
/// stores a visit, as the office's account, refused with every problem beside its field.
extension OfficeServer {
    func addRegister(to router: Router<OfficeContext>) {
        router.get("/register") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            let query = request.uri.queryParameters
            let date = query["date"].flatMap { CivilDate(iso: String($0)) } ?? today
            let added = query["added"].map(String.init).flatMap { try? ledger.visit($0) }
            // Receiving a booked appointment: the form starts from what it says.
            var values: [String: String] = [:]
            if let number = query["appointment"].map(String.init), let booked = try? ledger.appointment(number) {
                var carried = VisitFields(record: nil)
                carried.carry(booked, campaign: live.current().campaign)
                values = carried.values.mapValues(\.text)
                values["appointment"] = booked.number
            }
            return try registerPage(session, date: date, values: Form(fields: values), problems: [], added: added)
        }
        router.post("/register") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            let work = work(live.current())
            let fields = VisitFields(form: form.fields)
            // A petitioner who came before: their earlier visits and open cases are shown first,
            // and the visit is stored once the office sends the form again having seen them.
            if form["seen_earlier"] != "yes" {
                let earlier = try work.earlierVisits(fields).get()
                if !earlier.visits.isEmpty {
                    let date = form.optional("date").flatMap(CivilDate.init(iso:)) ?? today
                    return try registerPage(
                        session, date: date, values: form, problems: [], added: nil, earlier: earlier)
                }
            }
            let recorded = work.recordVisit(
                fields, by: session.account.name, at: now(), appointment: form.optional("appointment"))
            guard let visit = recorded.value else {
                let date = form.optional("date").flatMap(CivilDate.init(iso:)) ?? today
                return try registerPage(
                    session, date: date, values: form, problems: recorded.diagnostics, added: nil,
                    status: .unprocessableContent)
            }
            // The visit's number only: nothing the petitioner said goes into a URL.
            return redirect("/register?date=\(visit.date)&added=\(visit.number)")
        }
    }

    func registerPage(
        _ session: WebSessions.Session, date: CivilDate, values: Form, problems: [Diagnostic], added: Visit?,
        earlier: (visits: [Visit], openCases: [PetitionCase])? = nil, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let page = try page(session)
        let form = WebPages.RegisterForm(
            page: page, date: date, dutyLeader: page.state.dutyLeaders[date], values: values, problems: problems,
            added: added?.number, addedCase: added?.caseNumber == added?.number && added?.caseNumber != nil,
            earlier: earlier?.visits ?? [], openCases: earlier?.openCases ?? [])
        return html(templates.render(WebPages.register, WebPages.registerView.context(form)), status: status)
    }
}
