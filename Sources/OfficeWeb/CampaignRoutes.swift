import CampaignBuild
import CampaignSpec
import CaseWork
import Diagnostics
import Foundation
import Hummingbird
import PlanReport
import Rendering

/// The campaign file as it stands on disk: the roster, the notice's live preview, and "a leader
/// is called away". The office's pages only.
extension OfficeServer {
    func addCampaign(to router: Router<OfficeContext>) {
        router.get("/roster") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            return html(templates.render(WebPages.roster, WebPages.rosterView.context(try rosterPage(session))))
        }
        router.get("/preview") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            return html(templates.render(WebPages.preview, WebPages.previewView.context(try rosterPage(session))))
        }
        router.get("/preview/notice") { request, _ in
            try officeOnly(try await signedIn(request))
            switch live.current().planned {
            case .success(let planned): return html(OutputBuilder.notice(BuildSource(planned), templates: templates))
            case .failure(let failure):
                return html(templates.render(WebPages.problems, WebPages.problemsView.context(failure.diagnostics)))
            }
        }
        router.get("/preview/events") { request, _ in
            try officeOnly(try await signedIn(request))
            return changeEvents()
        }
        router.get("/leave") { request, _ in
            let session = try await signedIn(request)
            try officeOnly(session)
            return leavePage(
                .init(
                    page: try page(session), step: .form, leader: nil, span: nil, issued: nil, changes: nil,
                    problems: [],
                    version: "", filesWritten: 0))
        }
        router.post("/leave") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            return try await reviewLeave(session, form)
        }
        router.post("/leave/confirm") { request, _ in
            let (_, session, form) = try await posted(request)
            try officeOnly(session)
            return try await confirmLeave(session, form)
        }
    }

    func rosterPage(_ session: WebSessions.Session) throws -> WebPages.RosterPage {
        let page = try page(session)
        return WebPages.RosterPage(
            page: page, file: live.path, planned: try? page.state.planned.get(), problems: page.state.problems,
            version: page.state.version)
    }

    /// Server-sent events: the file's version now, then again within a quarter of a second of
    /// every change, until the browser goes away.
    func changeEvents() -> Response {
        let live = self.live
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                var sent = ""
                var quiet = 0
                while !Task.isCancelled {
                    let version = LiveCampaign.version(path: live.path, output: live.output)
                    if version != sent {
                        try await writer.write(ByteBuffer(string: "event: change\ndata: \(version)\n\n"))
                        sent = version
                        quiet = 0
                    } else if quiet >= 60 {
                        // A comment now and then, so a closed tab is noticed and the stream ends.
                        try await writer.write(ByteBuffer(string: ": still here\n\n"))
                        quiet = 0
                    }
                    quiet += 1
                    try await Task.sleep(for: .milliseconds(250))
                }
                try await writer.finish(nil)
            })
    }

    // MARK: A leader is called away

    /// The leave the form asks for, or why it cannot be read.
    func leaveRequest(
        _ form: Form, today: CivilDate
    ) -> (
        leader: String?, span: DateSpan?, issued: CivilDate, Result<LeaveJourney.Request, DiagnosticLog>
    ) {
        let leader = form.optional("leader")
        let issuedText = form.optional("issued")
        let issued = issuedText.flatMap(CivilDate.init(iso:)) ?? today
        if let issuedText, CivilDate(iso: issuedText) == nil {
            return (
                leader, nil, today,
                .failure(
                    DiagnosticLog([
                        .error(
                            .formDate, ["field": Phrase(zh: "新公告发布日期", en: "'issued'"), "raw": "\(issuedText)"],
                            field: "issued")
                    ]))
            )
        }
        guard let leader, let from = form.optional("from").flatMap(CivilDate.init(iso:)) else {
            return (leader, nil, issued, .failure(DiagnosticLog([.error(.leaveFormFrom, field: "from")])))
        }
        let to = form.optional("to").flatMap(CivilDate.init(iso:)) ?? from
        guard from <= to else {
            return (leader, nil, issued, .failure(DiagnosticLog([.error(.leaveFormTo, field: "to")])))
        }
        let span = DateSpan(start: from, end: to)
        return (
            leader, span, issued,
            .success(
                LeaveJourney.Request(
                    campaignFile: live.path, leader: leader, span: span, output: output, templates: templatesFolder,
                    issued: issued))
        )
    }

    /// The re-plan the leave leads to, as `build` would plan it; nothing is written yet.
    func reviewLeave(_ session: WebSessions.Session, _ form: Form) async throws -> Response {
        let version = live.current().version
        let page = try page(session)
        let (leader, span, issued, asked) = leaveRequest(form, today: page.day)
        let booked = work(page.state).bookedAppointments()
        let request = asked.map {
            var request = $0; request.appointments = booked; return request
        }
        let reviewed = await Task.detached { request.flatMap(LeaveJourney.review) }.value
        switch reviewed {
        case .success(let review):
            return leavePage(
                .init(
                    page: page, step: .review, leader: leader, span: span, issued: issued,
                    changes: review.planned.changes,
                    problems: review.planned.warnings, version: version, filesWritten: 0))
        case .failure(let problems):
            return leavePage(
                .init(
                    page: page, step: .form, leader: leader, span: span, issued: issued, changes: nil,
                    problems: problems.items,
                    version: version, filesWritten: 0), status: .unprocessableContent)
        }
    }

    /// Writes the leave into the campaign file, records it and builds, through the same lock as
    /// `jiefang build`.
    func confirmLeave(_ session: WebSessions.Session, _ form: Form) async throws -> Response {
        let page = try page(session)
        let (leader, span, issued, asked) = leaveRequest(form, today: page.day)
        let booked = work(page.state).bookedAppointments()
        let request = asked.map {
            var request = $0; request.appointments = booked; return request
        }
        // The file changed since the review, or the form is broken: show the review again, from the file as it is now.
        guard form["version"] == live.current().version, case .success(let leave) = request else {
            return try await reviewLeave(session, form)
        }
        let work = work(page.state)
        let by = page.account.name, time = now()
        let built = await Task.detached {
            LeaveJourney.confirm(leave) { request in
                work.recordLeave(leader: request.leader, span: request.span, by: by, at: time)
            }
        }.value
        switch built {
        case .success(let output):
            return leavePage(
                .init(
                    page: page, step: .done, leader: leader, span: span, issued: issued,
                    changes: output.planned.changes,
                    problems: output.warnings, version: live.current().version, filesWritten: output.files.count))
        case .failure(let failure):
            return leavePage(
                .init(
                    page: page, step: .done, leader: leader, span: span, issued: issued, changes: nil,
                    problems: failure.diagnostics, version: live.current().version, filesWritten: 0),
                status: .unprocessableContent)
        }
    }

    func leavePage(_ leave: WebPages.LeavePage, status: HTTPResponse.Status = .ok) -> Response {
        html(templates.render(WebPages.leave, WebPages.leaveView.context(leave)), status: status)
    }
}
