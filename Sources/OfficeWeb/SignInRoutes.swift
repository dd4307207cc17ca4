import CaseLedger
import Foundation
import Hummingbird
import OfficeAccounts

/// Signing in and out, and the checks every other route starts with.
extension OfficeServer {
    func addSignIn(to router: Router<OfficeContext>) {
        router.get("/signin") { _, _ in await signInPage(error: nil) }
        router.post("/signin") { request, context in try await signIn(request, from: context.clientAddress) }
        router.post("/signout") { request, context in
            let (token, session) = try await posted(request)
            try await sessions.end(token.cookie)
            try ledger.record(
                .signOut, by: session.account.name, subject: session.account.name, detail: context.clientAddress,
                at: now())
            var response = redirect("/signin")
            response.setCookie(sessionCookie("", maxAge: 0))
            return response
        }
    }

    func signInPage(error: String?) async -> Response {
        let token = await sessions.newSignInToken(now: now())
        let campaign = live.current().campaign
        return html(
            templates.render(
                WebPages.signIn, WebPages.signInView.context(.init(campaign: campaign, csrf: token, error: error))))
    }

    /// The same answer, and the same bcrypt work, whether the name is unknown or the password
    /// wrong; failures slowed per name and per client address; every attempt on record.
    func signIn(_ request: Request, from address: String) async throws -> Response {
        let form = try await Form.read(request)
        guard await sessions.useSignInToken(form["csrf"], now: now()) else { throw HTTPError(.forbidden) }
        let name = String(form["name"].prefix(TextLimits.name))
        let wait = await sessions.delay(for: name, from: address, now: now())
        if wait > 0 { await pause(wait) }
        let accounts = try ledger.accounts()
        let account = accounts.first { $0.name == name }
        // bcrypt takes a good part of a second: off the server's event loop.
        let password = form["password"]
        let valid = await Task.detached { Accounts.check(password, for: account, costLike: accounts) }.value
        await bcryptChecks.add()
        guard let account, valid else {
            await sessions.failed(name, from: address, now: now())
            try ledger.record(.signInFailed, by: name, subject: name, detail: address, at: now())
            return await signInPage(error: "账户或密码不正确")
        }
        await sessions.succeeded(name)
        try ledger.record(.signIn, by: name, subject: name, detail: address, at: now())
        let (token, _) = try await sessions.start(account, now: now())
        var response = redirect("/")
        response.setCookie(sessionCookie(token, maxAge: nil))
        return response
    }

    /// The signed-in session, or a way to sign in: a redirect for a page, 403 for a form.
    func signedIn(_ request: Request) async throws -> WebSessions.Session {
        try await session(request).1
    }

    func session(_ request: Request) async throws -> (SessionToken, WebSessions.Session) {
        let token = request.cookies[Self.cookie]?.value
        guard let token, let session = try await sessions.session(token, now: now()) else {
            if request.method == .post { throw HTTPError(.forbidden) }
            throw HTTPError(.seeOther, headers: [.location: "/signin"])
        }
        return (SessionToken(cookie: token), session)
    }

    /// A form posted by a signed-in account, with the session's CSRF token, or 403.
    func posted(_ request: Request) async throws -> (SessionToken, WebSessions.Session, Form) {
        let (token, session) = try await session(request)
        let form = try await Form.read(request)
        guard form["csrf"] == session.csrf else { throw HTTPError(.forbidden) }
        return (token, session, form)
    }

    func posted(_ request: Request) async throws -> (SessionToken, WebSessions.Session) {
        let (token, session, _) = try await posted(request)
        return (token, session)
    }

    func sessionCookie(_ value: String, maxAge: Int?) -> Cookie {
        Cookie(
            name: Self.cookie, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true,
            sameSite: .strict)
    }
}

struct SessionToken {
    let cookie: String
}

/// A posted form's fields; a field left out reads as empty.
struct Form: Sendable {
    let fields: [String: String]

    subscript(_ name: String) -> String { fields[name] ?? "" }

    /// The field, or nil when empty or only spaces.
    func optional(_ name: String) -> String? {
        let value = self[name].trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }

    /// The largest body any route reads: 1 MiB.
    static let largest = 1 << 20

    static func read(_ request: Request) async throws -> Form {
        let body = try await request.body.collect(upTo: largest)
        return Form(fields: parse(String(buffer: body)))
    }

    static func parse(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            guard let key = parts.first else { continue }
            fields[decode(key)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }
}
