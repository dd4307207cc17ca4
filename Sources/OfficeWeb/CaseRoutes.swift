import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Hummingbird

/// The cases: the filtered list, one case with its forms, its printable sheet (一案一表), and the
/// forms' writes. A leader sees and adds progress to their own cases only; the rest is the office's.
extension OfficeServer {
    func addCases(to router: Router<OfficeContext>) {
        router.get("/cases") { request, _ in
            let page = try page(try await signedIn(request))
            let query = request.uri.queryParameters
            let status = CaseFilter.Status(rawValue: String(query["status"] ?? "")) ?? .any
            let leader = page.account.role == .office ? String(query["leader"] ?? "") : ""
            let filter = CaseFilter(status: status, leader: leader.isEmpty ? nil : leader)
            // No filter: the cases as they are, without copying thousands of them.
            let lateNotice = Set(page.untold.filter { $0.isOverdue(asOf: page.day) }.map(\.visit.number))
            let matching =
                filter.isEverything
                ? page.cases
                : page.cases.filter {
                    filter.matches($0, on: page.day, noticeOverdue: lateNotice.contains($0.number))
                }
            let list = WebPages.CaseList(
                page: page, status: status.rawValue, leader: leader, matching: matching,
                pageNumber: max(1, Int(query["page"] ?? "1") ?? 1))
            return html(templates.render(WebPages.cases, WebPages.casesView.context(list)))
        }
        router.get("/cases/{number}") { request, context in
            let page = try page(try await signedIn(request))
            return try casePage(page, try context.parameters.require("number"), error: nil)
        }
        router.get("/cases/{number}/print") { request, context in
            let page = try page(try await signedIn(request))
            let number = try context.parameters.require("number")
            guard page.cases.contains(where: { $0.number == number }) else { throw HTTPError(.notFound) }
            let viewer = (name: page.account.name, place: "网页：一案一表（\(context.clientAddress)）")
            return html(
                try work(page.state).report(
                    .case, number: number, asOf: today, templates: templates, viewer: viewer, at: now()
                )
                .get().text)
        }
        router.post("/cases/{number}/{action}") { request, context in
            let (_, session, form) = try await posted(request)
            let page = try page(session)
            let number = try context.parameters.require("number")
            let action = try context.parameters.require("action")
            // Another leader's case, or none: the same answer, so nothing is learnt from it.
            guard page.cases.contains(where: { $0.number == number }),
                ["progress", "notify", "extend", "close", "reopen"].contains(action)
            else { throw HTTPError(.notFound) }
            guard action == "progress" || page.account.role == .office else { throw HTTPError(.notFound) }
            do throws(Diagnostic) {
                try apply(action, to: number, form, page)
            } catch {
                return try casePage(page, number, error: error.message, status: .unprocessableContent)
            }
            return redirect("/cases/\(number)")
        }
    }

    /// One form's write, signed with the account's name.
    func apply(_ action: String, to number: String, _ form: Form, _ page: WebPages.Page) throws(Diagnostic) {
        let by = page.account.name
        let work = work(page.state)
        func label(_ name: String, _ what: String) -> Phrase { Phrase(zh: what, en: "'\(name)'") }
        func required(_ name: String, _ what: String) throws(Diagnostic) -> String {
            guard let value = form.optional(name) else {
                throw .error(.formField, ["field": label(name, what)], field: name)
            }
            return value
        }
        func date(_ name: String, _ what: String) throws(Diagnostic) -> CivilDate {
            let text = try required(name, what)
            guard let date = CivilDate(iso: text) else {
                throw .error(.formDate, ["field": label(name, what), "raw": "\(text)"], field: name)
            }
            return date
        }
        // The business day the action happened: today unless the form says otherwise.
        let day = form.optional("date") == nil ? page.day : try date("date", "日期")
        switch action {
        case "progress":
            try work.addProgress(
                to: number, date: try date("date", "日期"), text: try required("text", "办理情况"), by: by, at: now()
            ).get()
        case "notify":
            try work.notify(number, method: try required("method", "告知方式"), on: day, by: by, at: now()).get()
        case "extend":
            let daysText = try required("days", "延期天数")
            guard let days = Int(daysText) else {
                throw .error(.formWholeNumber, ["field": label("days", "延期天数"), "raw": "\(daysText)"], field: "days")
            }
            _ = try work.extend(
                number, days: days, approver: try required("approver", "批准人"), reason: try required("reason", "延期理由"),
                on: day, by: by, at: now()
            ).get()
        case "close":
            try work.close(
                number, result: try required("result", "办理结果"), replyDate: try date("reply_date", "答复日期"),
                satisfaction: try required("satisfaction", "满意度"), followUp: form.optional("follow_up"),
                stopped: form["stopped"] == "yes", on: day, by: by, at: now()
            ).get()
        case "reopen":
            try work.reopen(number, reason: try required("reason", "重新办理的理由"), on: day, by: by, at: now()).get()
        default:
            throw .error(.formAction)
        }
    }

    func casePage(
        _ page: WebPages.Page, _ number: String, error: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard let record = page.cases.first(where: { $0.number == number }) else { throw HTTPError(.notFound) }
        let item = WebPages.CaseItem(
            page: page, record: record, visit: try ledger.visit(number), progress: try ledger.progress(of: number),
            notice: try ledger.notice(of: number),
            error: error, satisfactions: Ledger.satisfactions)
        return html(templates.render(WebPages.casePage, WebPages.caseView.context(item)), status: status)
    }
}
