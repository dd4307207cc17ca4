import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Foundation
import Hummingbird
import LedgerReports
import OfficeAccounts
import PDFPrinting
import Rendering

/// The office's web page (SPEC §8), served by Hummingbird from the checked templates. Every
/// route but sign-in checks who is signed in and what their role lets them see; a leader asking
/// for anything not theirs gets 404, as for something that does not exist. Every form carries
/// the session's CSRF token, and every write is a ledger event signed with the account's name.
public struct OfficeServer: Sendable {
    static let cookie = "jiefang_session"

    let live: LiveCampaign
    let ledger: Ledger
    let templates: TemplateSet
    /// The folder `build` writes, whose schedule.xml the plan keeps to.
    let output: String
    /// Edited templates for the build a confirmed leave starts, as `build --templates`.
    let templatesFolder: String?
    let sessions: WebSessions
    let caseIndex = CaseIndex()
    /// The clock, for today's page and session expiry; tests set their own.
    let now: @Sendable () -> Date
    /// How a slowed sign-in waits; tests record the wait instead of sleeping through it.
    let pause: @Sendable (TimeInterval) async -> Void
    /// How many passwords were checked with bcrypt, for tests that count the work a sign-in does.
    public let bcryptChecks = Tally()
    /// Set when the page is reached over HTTPS, so the session cookie is sent over HTTPS only.
    let secure: Bool
    /// The Chromium the reports print in, kept for the server's life; why not, when none was found.
    let printer: Result<KeptBrowser, Diagnostic>

    /// Fails with the campaign's problems when it cannot be planned, or with a broken template.
    public init(
        campaignFile: String, ledger: Ledger, output: String = "output", templatesFolder: String? = nil,
        secure: Bool = false, chromium: String? = nil,
        searchPath: String = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        now: @escaping @Sendable () -> Date = { Date() },
        pause: @escaping @Sendable (TimeInterval) async -> Void = { try? await Task.sleep(for: .seconds($0)) }
    ) throws(DiagnosticLog) {
        do {
            live = try LiveCampaign(path: campaignFile, output: output)
        } catch {
            throw DiagnosticLog(error.diagnostics)
        }
        self.ledger = ledger
        self.sessions = WebSessions(ledger: ledger)
        self.pause = pause
        self.output = output
        self.templatesFolder = templatesFolder
        self.secure = secure
        self.now = now
        printer = Chromium.find(explicit: chromium, searchPath: searchPath).map(KeptBrowser.init)
        Accounts.prepareDecoy(costLike: (try? ledger.accounts()) ?? [])
        switch TemplateSet.load(overrides: templatesFolder, pages: WebPages.pages) {
        case .success(let set): templates = set
        case .failure(let problems): throw problems
        }
    }

    /// Loopback always; any other address only once an office account exists, so nobody on the
    /// network meets a page without a password.
    public static func checkHost(_ host: String, ledger: Ledger) throws(Diagnostic) {
        guard !["127.0.0.1", "::1", "localhost"].contains(host) else { return }
        guard try ledger.hasOfficeAccount() else {
            throw .error(.hostNeedsOffice, ["host": "\(host)"])
        }
    }

    public func router() -> Router<OfficeContext> {
        let router = Router(context: OfficeContext.self)
        router.addMiddleware { SecurityHeaders(templates: templates) }
        for (path, type) in [("web.css", "text/css"), ("web.js", "text/javascript")] {
            router.get(RouterPath(stringLiteral: "/" + path)) { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "\(type); charset=utf-8"],
                    body: .init(byteBuffer: ByteBuffer(string: templates.text(of: path)?.text ?? "")))
            }
        }
        addSignIn(to: router)
        router.get("/") { request, context in
            let session = try await signedIn(request)
            return html(templates.render(WebPages.today, WebPages.todayView.context(WebPages.Today(try page(session)))))
        }
        addCases(to: router)
        addRegister(to: router)
        addVisits(to: router)
        addAppointments(to: router)
        addCampaign(to: router)
        addReports(to: router)
        return router
    }

    /// Closes what the server keeps running beside it (the Chromium that prints): call it once
    /// the server has stopped.
    public func close() {
        if case .success(let browser) = printer { browser.close() }
    }

    /// The campaign's title, as the file now stands.
    public var title: String { live.current().campaign.title }

    /// The case work for the campaign file as it now stands, its duty leaders already worked out.
    func work(_ state: LiveCampaign.State) -> CaseWork {
        CaseWork(campaign: state.campaign, ledger: ledger, dutyLeaders: .known(state.dutyLeaders))
    }

    var today: CivilDate { CaseWork.today(now()) }

    /// What the signed-in account may see today.
    func page(_ session: WebSessions.Session) throws -> WebPages.Page {
        let state = live.current()
        let account = session.account
        let (cases, openByDue, untold) = try visibleCases(account)
        let day = today
        let week = account.role == .office ? try ledger.intake(from: day.adding(days: -6), to: day) : (0, 0, 0)
        return WebPages.Page(
            state: state, account: account, csrf: session.csrf, day: day, cases: cases, openByDue: openByDue,
            untold: untold, week: week, ledger: ledger)
    }

    /// The cases an account may see, the open ones of them soonest due first, and the matters
    /// still owed a 告知: all for the office, for a leader those they 包 or received.
    func visibleCases(_ account: Account) throws -> ([PetitionCase], [PetitionCase], [NoticeDue]) {
        let index = try caseIndex.cases(ledger)
        guard account.role == .leader, let leader = account.leader else {
            return (index.all, index.openByDue, index.untold)
        }
        let received = index.receivedBy[leader] ?? []
        let theirs = { (c: PetitionCase) in c.leader == leader || received.contains(c.number) }
        let all = index.all.filter(theirs)
        let numbers = Set(all.map(\.number))
        return (all, index.openByDue.filter(theirs), index.untold.filter { numbers.contains($0.visit.number) })
    }

    /// The office's pages: a leader is answered as if the page did not exist.
    func officeOnly(_ session: WebSessions.Session) throws {
        guard session.account.role == .office else { throw HTTPError(.notFound) }
    }

    // MARK: Responses

    func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Headers every response carries: no inline script may run, no framing but by the page itself
/// (the notice preview), no sniffing, no caching.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = OfficeContext
    let templates: TemplateSet

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response: Response
        do {
            // Refused before any route reads it: no form the office fills in comes near 1 MiB.
            if let length = request.headers[.contentLength].flatMap(Int.init), length > Form.largest {
                throw Self.tooLarge
            }
            response = try await next(request, context)
        } catch let error as HTTPResponseError where error.status == .contentTooLarge {
            // A body sent without its length, stopped at the limit while it was read.
            response = errorPage(.contentTooLarge, headers: [:], problem: Self.tooLarge)
        } catch let error as HTTPError {
            response = errorPage(error.status, headers: error.headers)
        } catch let problem as Diagnostic where problem.code == .formTooLarge {
            response = errorPage(.contentTooLarge, headers: [:], problem: problem)
        } catch let problem as Diagnostic {
            // jiefang's own refusal (the ledger busy, a case closed meanwhile): shown to the person
            // who asked, in its words, and logged nowhere, since it may quote what a petitioner wrote.
            response = errorPage(.unprocessableContent, headers: [:], problem: problem)
        } catch {
            response = errorPage(.internalServerError, headers: [:])
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; "
            + "frame-ancestors 'self'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static let tooLarge = Diagnostic.error(.formTooLarge)

    /// A page a browser can show for a refusal (`web-error.html.mustache`); a redirect stays bare.
    func errorPage(_ status: HTTPResponse.Status, headers: HTTPFields, problem: Diagnostic? = nil) -> Response {
        guard status.code >= 400 else { return Response(status: status, headers: headers) }
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        let page = templates.render(
            WebPages.error, WebPages.errorView.context(WebPages.Refusal(status: status.code, problem: problem)))
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
