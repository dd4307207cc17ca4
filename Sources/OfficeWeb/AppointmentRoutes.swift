import CaseLedger
import CaseWork
import Diagnostics
import Hummingbird

/// 约访 on the web page (office staff only): booked and cancelled as `jiefang appointment` does,
/// as the office's account; those a re-plan moved listed with their phones.
extension OfficeServer {
    func addAppointments(to router: Router<OfficeContext>) {
        router.get("/appointments") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            let added = request.uri.queryParameters["added"].map(String.init)
            return try appointmentsPage(session, values: Form(fields: [:]), problems: [], added: added)
        }
        router.post("/appointments") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            let fields = VisitFields(form: form.fields, names: AppointmentInput.names)
            let booked = work(live.current()).bookAppointment(fields, by: session.account.name, at: now())
            guard let appointment = booked.value else {
                return try appointmentsPage(
                    session, values: form, problems: booked.diagnostics, added: nil, status: .unprocessableContent)
            }
            return redirect("/appointments?added=\(appointment.number)")
        }
        router.post("/appointments/{number}/cancel") { request, context in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            let number = try context.parameters.require("number")
            guard let reason = form.optional("reason") else {
                throw Diagnostic.error(.formField, ["field": Phrase(zh: "取消理由", en: "'reason'")], field: "reason")
            }
            try work(live.current()).cancelAppointment(number, reason: reason, by: session.account.name, at: now())
                .get()
            return redirect("/appointments")
        }
    }

    func appointmentsPage(
        _ session: WebSessions.Session, values: Form, problems: [Diagnostic], added: String?,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let page = try page(session)
        let moved = (try? work(page.state).movedAppointments().get()) ?? []
        let view = WebPages.AppointmentsPage(page: page, values: values, problems: problems, moved: moved, added: added)
        return html(templates.render(WebPages.appointments, WebPages.appointmentsView.context(view)), status: status)
    }
}
