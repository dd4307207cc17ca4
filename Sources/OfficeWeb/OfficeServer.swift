import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import Hummingbird
import LedgerReports
import OfficeAccounts
import Rendering

/// The office's web page (SPEC §8), served by Hummingbird from the checked templates. Every
/// route but sign-in checks who is signed in and what their role lets them see; a leader asking
/// for anything not theirs gets 404. Every form carries the session's CSRF token.
public struct OfficeServer: Sendable {
    static let cookie = "jiefang_session"

    let campaign: Campaign
    let ledger: Ledger
    let templates: TemplateSet
    let dutyLeaders: [CivilDate: String]
    let sessions = WebSessions()
    /// The clock, for today's page and session expiry; tests set their own.
    let now: @Sendable () -> Date
    /// Set when the page is served over HTTPS, so the session cookie is sent over HTTPS only.
    let secure: Bool

    public init(
        campaign: Campaign, ledger: Ledger, dutyLeaders: [CivilDate: String], templatesFolder: String? = nil,
        secure: Bool = false, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(DiagnosticLog) {
        self.campaign = campaign
        self.ledger = ledger
        self.dutyLeaders = dutyLeaders
        self.secure = secure
        self.now = now
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
            throw .error(
                "serving on \(host) needs an office account first (jiefang user add CAMPAIGN NAME --role office); "
                    + "until then the page is served on 127.0.0.1 only")
        }
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.get("/web.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: templates.text(of: "web.css")?.text ?? "")))
        }
        router.get("/signin") { _, _ in await signInPage(error: nil) }
        router.post("/signin") { request, context in try await signIn(request, context) }
        router.post("/signout") { request, context in
            let (token, _) = try await signedIn(request, context, csrf: true)
            await sessions.end(token)
            var response = redirect("/signin")
            response.setCookie(sessionCookie("", maxAge: 0))
            return response
        }
        router.get("/") { request, context in
            let (_, session) = try await signedIn(request, context)
            return html(templates.render(WebPages.today, WebPages.todayView.context(try page(session))))
        }
        router.get("/cases") { request, context in
            let (_, session) = try await signedIn(request, context)
            return html(templates.render(WebPages.cases, WebPages.casesView.context(try page(session))))
        }
        router.get("/cases/{number}") { request, context in
            let (_, session) = try await signedIn(request, context)
            let number = try context.parameters.require("number")
            // Another leader's case, or none: the same answer, so nothing is learnt from it.
            guard try page(session).cases.contains(where: { $0.number == number }) else { throw HTTPError(.notFound) }
            let snapshot = try LedgerSnapshot(campaign: campaign, ledger: ledger, asOf: today, detailsOf: [number])
            switch LedgerReports.render(.case, snapshot, number: number, templates: templates) {
            case .success(let report): return html(report.text)
            case .failure: throw HTTPError(.notFound)
            }
        }
        return router
    }

    var today: CivilDate {
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: "Asia/Shanghai")!, from: now())
        return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? campaign.issued
    }

    /// What the signed-in account may see today.
    func page(_ session: WebSessions.Session) throws -> WebPages.Page {
        let visits = try ledger.visits()
        let receivedBy = Dictionary(visits.map { ($0.number, $0.leader) }, uniquingKeysWith: { a, _ in a })
        let account = session.account
        let cases = try ledger.cases().filter { c in
            account.role == .office || c.leader == account.leader || receivedBy[c.number] == account.leader
        }
        let day = today
        let weekStart = day.adding(days: -6).iso
        return WebPages.Page(
            campaign: campaign, account: account, csrf: session.csrf, day: day, dutyLeader: dutyLeaders[day],
            cases: cases,
            weekVisits: account.role == .office ? visits.filter { $0.date >= weekStart && $0.date <= day.iso }.count : 0
        )
    }

    // MARK: Signing in and out

    struct SignInForm: Decodable {
        let name: String
        let password: String
        let csrf: String
    }

    func signInPage(error: String?) async -> Response {
        let token = await sessions.newSignInToken(now: now())
        return html(
            templates.render(
                WebPages.signIn, WebPages.signInView.context(.init(campaign: campaign, csrf: token, error: error))))
    }

    func signIn(_ request: Request, _ context: BasicRequestContext) async throws -> Response {
        let form = try await URLEncodedFormDecoder().decode(SignInForm.self, from: request, context: context)
        guard await sessions.useSignInToken(form.csrf, now: now()) else { throw HTTPError(.forbidden) }
        let wait = await sessions.delay(for: form.name, now: now())
        if wait > 0 { try await Task.sleep(for: .seconds(wait)) }
        let account = try ledger.accounts().first { $0.name == form.name }
        // bcrypt takes a good part of a second: off the server's event loop.
        let password = form.password
        let valid = await Task.detached { account.map { Accounts.verify(password, for: $0) } ?? false }.value
        guard let account, valid else {
            await sessions.failed(form.name, now: now())
            return await signInPage(error: "账户或密码不正确")
        }
        await sessions.succeeded(form.name)
        let (token, _) = await sessions.start(account, now: now())
        var response = redirect("/")
        response.setCookie(sessionCookie(token, maxAge: nil))
        return response
    }

    /// The signed-in session, or a way to sign in: a redirect for a page, 403 for a form without
    /// the session's CSRF token.
    func signedIn(
        _ request: Request, _ context: BasicRequestContext, csrf: Bool = false
    ) async throws
        -> (String, WebSessions.Session)
    {
        let token = request.cookies[Self.cookie]?.value
        guard let token, let session = await sessions.session(token, now: now()) else {
            if request.method == .post { throw HTTPError(.forbidden) }
            throw HTTPError(.seeOther, headers: [.location: "/signin"])
        }
        if csrf {
            struct Token: Decodable { let csrf: String }
            let posted = try? await URLEncodedFormDecoder().decode(Token.self, from: request, context: context)
            guard posted?.csrf == session.csrf else { throw HTTPError(.forbidden) }
        }
        return (token, session)
    }

    func sessionCookie(_ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: Self.cookie, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }

    func html(_ text: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}

/// Headers every response carries: no inline script may run, no framing, no sniffing, no caching.
struct SecurityHeaders: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = Response(status: error.status, headers: error.headers)
        }
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
