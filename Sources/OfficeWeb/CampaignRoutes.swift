import CampaignBuild
import CampaignSpec
import Diagnostics
import Foundation
import Hummingbird
import PlanReport
import Rendering

/// The campaign file as it stands on disk: the roster, the notice's live preview, and "a leader
/// is called away". The office's pages only.
extension OfficeServer {
    func addCampaign(to router: Router<BasicRequestContext>) {
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
                    page: try page(session), step: .form, leader: nil, span: nil, changes: nil, problems: [],
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

    /// The leave written into a copy of the file and planned against the output folder's
    /// schedule, as `build` would plan it; nothing is written yet.
    func plannedLeave(
        _ form: Form
    ) -> (leader: String?, span: DateSpan?, edited: String?, Result<PlannedCampaign, DiagnosticLog>) {
        let leader = form.optional("leader")
        guard let leader, let from = form.optional("from").flatMap(CivilDate.init(iso:)) else {
            return (leader, nil, nil, .failure(DiagnosticLog([.error("请选择领导并填写请假开始日期（YYYY-MM-DD）")])))
        }
        let to = form.optional("to").flatMap(CivilDate.init(iso:)) ?? from
        guard from <= to else { return (leader, nil, nil, .failure(DiagnosticLog([.error("请假结束日期不能早于开始日期")]))) }
        let span = DateSpan(start: from, end: to)
        guard let data = FileManager.default.contents(atPath: live.path), let text = String(data: data, encoding: .utf8)
        else {
            return (
                leader, span, nil,
                .failure(DiagnosticLog([.error("cannot read the campaign file", at: SourceLocation(file: live.path))]))
            )
        }
        let edited: String
        switch LeaveEdit.adding(span, toLeader: leader, in: text, file: live.path) {
        case .success(let result): edited = result
        case .failure(let problem): return (leader, span, nil, .failure(DiagnosticLog([problem])))
        }
        let loaded = CampaignLoader.load(text: edited, file: live.path)
        guard let campaign = loaded.campaign else {
            return (leader, span, edited, .failure(DiagnosticLog(loaded.diagnostics)))
        }
        guard campaign.leaders.first(where: { $0.id == leader })?.away.contains(span) == true else {
            return (
                leader, span, edited,
                .failure(DiagnosticLog([.error("the leave did not land in the file; add it by hand")]))
            )
        }
        let planned = CampaignPlanning.plan(.loaded(campaign), previous: .output(output), timeLimit: 10)
        return (leader, span, edited, planned.mapError { DiagnosticLog($0.diagnostics) })
    }

    func reviewLeave(_ session: WebSessions.Session, _ form: Form) async throws -> Response {
        let version = live.current().version
        let (leader, span, _, planned) = await Task.detached { plannedLeave(form) }.value
        let page = try page(session)
        switch planned {
        case .success(let result):
            return leavePage(
                .init(
                    page: page, step: .review, leader: leader, span: span, changes: result.changes,
                    problems: result.warnings, version: version, filesWritten: 0))
        case .failure(let problems):
            return leavePage(
                .init(
                    page: page, step: .form, leader: leader, span: span, changes: nil, problems: problems.items,
                    version: version, filesWritten: 0), status: .unprocessableContent)
        }
    }

    /// Writes the leave into the campaign file and builds, through the same lock as `jiefang build`.
    func confirmLeave(_ session: WebSessions.Session, _ form: Form) async throws -> Response {
        let page = try page(session)
        guard form["version"] == live.current().version else {
            // The file changed since the review: show the re-plan again, from the file as it is now.
            return try await reviewLeave(session, form)
        }
        let (leader, span, edited, planned) = await Task.detached { plannedLeave(form) }.value
        guard case .success = planned, let leader, let span, let edited else {
            return try await reviewLeave(session, form)
        }
        do {
            try Data(edited.utf8).write(to: URL(fileURLWithPath: live.path), options: .atomic)
        } catch {
            throw HTTPError(.internalServerError)
        }
        try ledger.record("campaign", leader, field: "away", old: nil, new: span.text, by: page.account.name, at: now())
        let request = BuildRequest(campaign: .file(live.path), output: output, templates: templatesFolder)
        let built = await Task.detached { CampaignBuild.build(request) }.value
        switch built {
        case .success(let output):
            return leavePage(
                .init(
                    page: page, step: .done, leader: leader, span: span, changes: output.planned.changes,
                    problems: output.warnings, version: live.current().version, filesWritten: output.files.count))
        case .failure(let failure):
            return leavePage(
                .init(
                    page: page, step: .done, leader: leader, span: span, changes: nil,
                    problems: failure.diagnostics, version: live.current().version, filesWritten: 0),
                status: .internalServerError)
        }
    }

    func leavePage(_ leave: WebPages.LeavePage, status: HTTPResponse.Status = .ok) -> Response {
        html(templates.render(WebPages.leave, WebPages.leaveView.context(leave)), status: status)
    }
}
