import CampaignSpec
import Diagnostics
import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import OfficeAccounts
import TestSupport
import Testing

@testable import CaseLedger
@testable import OfficeWeb

/// The office's web page, driven through Hummingbird's test client: roles, sessions, CSRF.
@Suite("The office's web page")
struct OfficeServerTests {
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Date(timeIntervalSince1970: 1_789_000_000)  // 2026-09-10, during the campaign
        func now() -> Date { lock.withLock { time } }
        func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
    }

    /// The sample campaign in a folder of its own, with a new ledger.
    static func emptyLedger() throws -> (Campaign, Ledger) {
        let dir = try Processes.temporaryDirectory()
        let file = dir.appendingPathComponent("c.yaml")
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), to: file)
        let campaign = try #require(CampaignLoader.load(path: file.path).campaign)
        return (campaign, try Ledger.open(for: campaign, create: true))
    }

    /// The sample campaign with two cases: one 包案 by li-ming, one by zhao-jun.
    static func fixture(
        clock: Clock, pause: (@Sendable (TimeInterval) async -> Void)? = nil
    ) throws -> OfficeServer {
        let (campaign, ledger) = try Self.emptyLedger()
        for (i, leader) in ["li-ming", "zhao-jun"].enumerated() {
            let visit = Visit(
                number: "", date: "2026-09-0\(i + 7)", time: "09:00", channel: "来访", method: "定点接访", persons: 1,
                name: "群众\(i)", idNumber: i == 0 ? "11010519491231002X" : nil, phone: "1390000000\(i)", address: nil,
                place: nil, category: "申诉求决", topic: "涉农", request: "诉求\(i)", opinion: nil, disposition: "包案",
                reason: nil, leader: "wang-jianguo", repeatOf: nil, caseNumber: nil)
            _ = try ledger.add(
                VisitDraft(visit: visit, caseLeader: leader, caseUnit: "镇农办"), by: "t")
        }
        try ledger.addAccount(
            try Accounts.make(
                name: "王干事", role: .office, leader: nil, password: "office-password", campaign: campaign,
                cost: Accounts.cheapestCost
            ).get(),
            by: "t")
        try ledger.addAccount(
            try Accounts.make(
                name: "李明", role: .leader, leader: "li-ming", password: "leader-password", campaign: campaign,
                cost: Accounts.cheapestCost
            )
            .get(), by: "t")
        return try OfficeServer(
            campaignFile: campaign.sourceFile, ledger: ledger,
            output: (campaign.sourceFile as NSString).deletingLastPathComponent + "/output", now: { clock.now() },
            pause: pause ?? { try? await Task.sleep(for: .seconds($0)) })
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        ByteBuffer(
            string: fields.sorted { $0.key < $1.key }.map { key, value in
                "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? value)"
            }.joined(separator: "&"))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// The headers of a form posted in the session of `cookie`.
    static func formHeaders(_ cookie: String) -> HTTPFields {
        var headers = formHeaders
        headers[.cookie] = cookie
        return headers
    }

    static func csrf(_ page: String) -> String? {
        page.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/).map { String($0.1) }
    }

    /// Signs in and returns the session cookie and the page's CSRF token.
    static func signIn(
        _ client: some TestClientProtocol, _ name: String, _ password: String
    ) async throws -> (String, String) {
        let page = try await client.execute(uri: "/signin", method: .get) { String(buffer: $0.body) }
        let token = try #require(csrf(page))
        let response = try await client.execute(
            uri: "/signin", method: .post, headers: formHeaders,
            body: form(["name": name, "password": password, "csrf": token]))
        #expect(response.status == .seeOther, "\(name) could not sign in")
        let setCookie = try #require(response.headers[.setCookie])
        let cookie = try #require(setCookie.split(separator: ";").first.map(String.init))
        let today = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) {
            String(buffer: $0.body)
        }
        return (cookie, try #require(csrf(today)))
    }

    @Test("signed out: pages send you to sign in, forms get 403; every response forbids inline script")
    func signedOut() async throws {
        let app = Application(router: try Self.fixture(clock: Clock()).router())
        try await app.test(.router) { client in
            for uri in ["/", "/cases", "/cases/20260907-01"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .seeOther && response.headers[.location] == "/signin", "\(uri)")
                }
            }
            try await client.execute(uri: "/signout", method: .post) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/signin", method: .get) { response in
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("script-src 'self'") && !policy.contains("script-src 'self' 'unsafe-inline'"))
                #expect(Self.csrf(String(buffer: response.body)) != nil)
            }
            // A sign-in without the form's token is refused before the password is looked at.
            try await client.execute(
                uri: "/signin", method: .post, headers: Self.formHeaders,
                body: Self.form(["name": "王干事", "password": "office-password", "csrf": "forged"])
            ) { #expect($0.status == .forbidden) }
        }
    }

    @Test("office staff see every case; the session cookie is HttpOnly and SameSite=Strict; sign-out needs the token")
    func office() async throws {
        let app = Application(router: try Self.fixture(clock: Clock()).router())
        try await app.test(.router) { client in
            let page = try await client.execute(uri: "/signin", method: .get) { String(buffer: $0.body) }
            let response = try await client.execute(
                uri: "/signin", method: .post, headers: Self.formHeaders,
                body: Self.form(["name": "王干事", "password": "office-password", "csrf": Self.csrf(page) ?? ""]))
            let setCookie = response.headers[.setCookie] ?? ""
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict"), "\(setCookie)")
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            try await client.execute(uri: "/cases", method: .get, headers: [.cookie: cookie]) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("20260907-01") && body.contains("20260908-01"))
            }
            // The ID number in full on the case's own sheet only; masked on the page around it.
            try await client.execute(uri: "/cases/20260907-01/print", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok && String(buffer: $0.body).contains("11010519491231002X"))
            }
            try await client.execute(uri: "/cases/20260907-01", method: .get, headers: [.cookie: cookie]) { response in
                let body = String(buffer: response.body)
                #expect(response.status == .ok && !body.contains("11010519491231002X") && body.contains("110***"))
            }
            let headers = Self.formHeaders(cookie)
            try await client.execute(
                uri: "/signout", method: .post, headers: headers, body: Self.form(["csrf": "forged"])
            ) {
                #expect($0.status == .forbidden)
            }
            try await client.execute(uri: "/signout", method: .post, headers: headers, body: Self.form(["csrf": token]))
            {
                #expect($0.status == .seeOther)
            }
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .seeOther)
            }
        }
    }

    @Test("a leader sees their own cases only: another leader's case answers 404, as a case that does not exist")
    func leaderSeesOwn() async throws {
        let app = Application(router: try Self.fixture(clock: Clock()).router())
        try await app.test(.router) { client in
            let (cookie, _) = try await Self.signIn(client, "李明", "leader-password")
            try await client.execute(uri: "/cases", method: .get, headers: [.cookie: cookie]) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("20260907-01") && !body.contains("20260908-01"))
            }
            try await client.execute(uri: "/cases/20260907-01", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok)
            }
            for other in ["/cases/20260908-01", "/cases/20990101-01"] {
                try await client.execute(uri: other, method: .get, headers: [.cookie: cookie]) { response in
                    #expect(response.status == .notFound, "\(other)")
                }
            }
        }
    }

    /// Every route a leader may not use, as a leader asks for it.
    static let notALeaders: [(HTTPRequest.Method, String)] = [
        (.get, "/cases/20260908-01"), (.get, "/cases/20260908-01/print"), (.post, "/cases/20260908-01/progress"),
        (.post, "/cases/20260907-01/extend"), (.post, "/cases/20260907-01/close"), (.post, "/cases/20260907-01/reopen"),
        (.get, "/register"), (.post, "/register"), (.get, "/roster"), (.get, "/preview"), (.get, "/preview/notice"),
        (.get, "/preview/events"), (.get, "/leave"), (.post, "/leave"), (.post, "/leave/confirm"),
        (.get, "/reports/weekly"), (.get, "/reports/summary"), (.get, "/reports/weekly.pdf"),
        (.get, "/reports/summary.pdf"),
    ]

    @Test("a leader gets 404 from every route that is not theirs, the office's pages included")
    func leaderNotFound() async throws {
        let app = Application(router: try Self.fixture(clock: Clock()).router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "李明", "leader-password")
            let headers = Self.formHeaders(cookie)
            for (method, uri) in Self.notALeaders {
                let body = Self.form(["csrf": token, "text": "t", "date": "2026-09-10", "days": "5"])
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status == .notFound, "\(method) \(uri) answered \(response.status)")
                }
            }
            // Their own case's progress is theirs to add.
            try await client.execute(
                uri: "/cases/20260907-01/progress", method: .post, headers: headers,
                body: Self.form(["csrf": token, "text": "已约谈", "date": "2026-09-10"])
            ) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/calendar.ics", method: .get, headers: [.cookie: cookie]) { response in
                #expect(response.status == .ok && String(buffer: response.body).hasPrefix("BEGIN:VCALENDAR"))
            }
        }
    }

    @Test("every form needs the session's token: without it, 403 and nothing written")
    func formsNeedToken() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, _) = try await Self.signIn(client, "王干事", "office-password")
            let headers = Self.formHeaders(cookie)
            let events = try server.ledger.history(of: "20260907-01").count
            for uri in [
                "/cases/20260907-01/progress", "/cases/20260907-01/close", "/register", "/leave", "/leave/confirm",
            ] {
                try await client.execute(
                    uri: uri, method: .post, headers: headers, body: Self.form(["csrf": "forged", "text": "t"])
                ) { #expect($0.status == .forbidden, "\(uri)") }
            }
            #expect(try server.ledger.history(of: "20260907-01").count == events)
        }
    }

    @Test("the register form: refused with each problem at its field's label, stored with nothing of it in the URL")
    func register() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let headers = Self.formHeaders(cookie)
            var fields = [
                "csrf": token, "date": "2026-09-10", "time": "10:00", "channel": "来访", "method": "定点接访",
                "persons": "1", "category": "建议意见", "topic": "涉农", "request": "修路", "disposition": "当场答复",
                "leader": "liu-fang",
            ]
            try await client.execute(uri: "/register", method: .post, headers: headers, body: Self.form(fields)) {
                #expect($0.status == .unprocessableContent)
                #expect(String(buffer: $0.body).contains("姓名："), "\(String(buffer: $0.body))")
            }
            // A 包案 without its leader: said beside the field, in the office's words, never as YAML.
            var caseless = fields
            (caseless["petitioner.name"], caseless["disposition"]) = ("王五", "包案")
            try await client.execute(uri: "/register", method: .post, headers: headers, body: Self.form(caseless)) {
                let page = String(buffer: $0.body)
                #expect($0.status == .unprocessableContent)
                #expect(
                    page.contains(
                        "<span class=\"field-error\">处理方式为“包案”的要立案：请选定包案领导和责任单位 [J0208]</span>"),
                    "\(page)")
                #expect(!page.contains("case:") && !page.contains("{leader"), "YAML advice on the web page")
            }
            fields["petitioner.name"] = "王五"
            try await client.execute(uri: "/register", method: .post, headers: headers, body: Self.form(fields)) {
                response in
                #expect(response.status == .seeOther)
                let location = response.headers[.location] ?? ""
                #expect(location.hasPrefix("/register?date=2026-09-10&added=20260910-") && !location.contains("王五"))
            }
            let stored = try server.ledger.visits().filter { $0.name == "王五" }
            #expect(stored.count == 1 && stored.first?.leader == "liu-fang")
            #expect(try server.ledger.history(of: stored.first?.number ?? "").first?.by == "王干事")
        }
    }

    @Test("a visit the ledger refuses after its checks pass is shown with the ledger's words, never a blank 500")
    func ledgerRefusal() async throws {
        let server = try Self.fixture(clock: Clock())
        try await server.ledger.pool.write { db in
            try db.execute(
                sql: "CREATE TRIGGER refuse BEFORE INSERT ON visit BEGIN SELECT RAISE(ABORT, 'disk is full'); END")
        }
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let fields = [
                "csrf": token, "date": "2026-09-10", "time": "10:00", "channel": "来访", "method": "定点接访",
                "persons": "1", "petitioner.name": "王五", "category": "建议意见", "topic": "涉农", "request": "修路",
                "disposition": "当场答复",
            ]
            try await client.execute(
                uri: "/register", method: .post, headers: Self.formHeaders(cookie), body: Self.form(fields)
            ) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .unprocessableContent)
                #expect(page.contains("台账没有接受这次修改") && page.contains("[J0305]"), "\(page)")
                #expect(page.contains("value=\"王五\""), "the form is filled in again")
            }
        }
        #expect(try server.ledger.visits().filter { $0.name == "王五" }.isEmpty)
    }

    @Test("a body over 1 MiB is refused with 413 and a page that says so, on every route, and nothing is stored")
    func tooLarge() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        let before = try server.ledger.visits().count
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let huge = "csrf=\(token)&petitioner.name=" + String(repeating: "x", count: 2 << 20)
            for uri in ["/register", "/cases/20260907-01/progress", "/leave", "/signin", "/no-such-page"] {
                try await client.execute(
                    uri: uri, method: .post, headers: Self.formHeaders(cookie), body: ByteBuffer(string: huge)
                ) { response in
                    #expect(response.status == .contentTooLarge, "\(uri)")
                    #expect(String(buffer: response.body).contains("1 MiB"), "\(uri)")
                }
            }
        }
        #expect(try server.ledger.visits().count == before)
    }

    @Test("告知: untold past its deadline shows on today's page; the case page's form records it and it leaves")
    func notices() async throws {
        let clock = Clock()
        let server = try Self.fixture(clock: clock)
        clock.advance(20 * 86_400)  // 2026-09-30: both cases' 告知 deadlines have passed
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let headers: HTTPFields = [.cookie: cookie]
            try await client.execute(uri: "/", method: .get, headers: headers) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("告知超期（2 件）") && page.contains("20260907-01"), "\(page)")
            }
            try await client.execute(
                uri: "/cases/20260907-01/notify", method: .post, headers: Self.formHeaders(cookie),
                body: Self.form(["csrf": token, "method": "书面", "date": "2026-09-09"])
            ) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/", method: .get, headers: headers) { response in
                #expect(String(buffer: response.body).contains("告知超期（1 件）"))
            }
            try await client.execute(uri: "/cases/20260907-01", method: .get, headers: headers) { response in
                #expect(String(buffer: response.body).contains("2026-09-09 书面（王干事）"))
            }
        }
        #expect(try server.ledger.notice(of: "20260907-01")?.method == "书面")
    }

    @Test("visits: a day's list, a posted search by name, phone or last four of the ID, each visit's page; office only")
    func visitsPage() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let headers: HTTPFields = [.cookie: cookie]
            try await client.execute(uri: "/visits?date=2026-09-07", method: .get, headers: headers) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("20260907-01") && !page.contains("20260908-01") && page.contains("共 1 条"))
                #expect(page.contains("110***********002X") && !page.contains("11010519491231002X"), "masked")
            }
            for query in ["002X", "群众1", "13900000001", "20260908-01"] {
                try await client.execute(
                    uri: "/visits", method: .post, headers: Self.formHeaders(cookie),
                    body: Self.form(["csrf": token, "q": query])
                ) { response in
                    let page = String(buffer: response.body)
                    let expected = query == "002X" ? "20260907-01" : "20260908-01"
                    #expect(page.contains(expected) && page.contains("共 1 条"), "\(query): \(page)")
                }
            }
            try await client.execute(uri: "/visits/20260907-01", method: .get, headers: headers) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok && page.contains("诉求0") && page.contains("/cases/20260907-01"))
            }
            let (leaderCookie, _) = try await Self.signIn(client, "李明", "leader-password")
            for uri in ["/visits", "/visits/20260907-01"] {
                try await client.execute(uri: uri, method: .get, headers: [.cookie: leaderCookie]) {
                    #expect($0.status == .notFound, "\(uri)")
                }
            }
        }
    }

    @Test("a returning petitioner's earlier visits and open cases are shown before the visit is stored")
    func returningPetitioner() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            var fields = [
                "csrf": token, "date": "2026-09-10", "time": "10:00", "channel": "来访", "method": "定点接访",
                "persons": "1", "petitioner.name": "群众0", "petitioner.id_number": "11010519491231002X",
                "category": "申诉求决", "topic": "涉农", "request": "再次反映", "disposition": "当场答复",
            ]
            try await client.execute(
                uri: "/register", method: .post, headers: Self.formHeaders(cookie), body: Self.form(fields)
            ) { response in
                let page = String(buffer: response.body)
                #expect(response.status == .ok && page.contains("该信访人此前来访过") && page.contains("20260907-01"))
                #expect(page.contains("在办案件") && page.contains("name=\"seen_earlier\" value=\"yes\""))
            }
            #expect(try server.ledger.visits(from: CivilDate(iso: "2026-09-10")).isEmpty, "nothing stored yet")
            fields["seen_earlier"] = "yes"
            try await client.execute(
                uri: "/register", method: .post, headers: Self.formHeaders(cookie), body: Self.form(fields)
            ) { #expect($0.status == .seeOther) }
            let stored = try server.ledger.visits(from: CivilDate(iso: "2026-09-10"))
            #expect(stored.count == 1 && stored.first?.caseNumber == "20260907-01", "it joined the open case")
        }
    }

    @Test("office writes are ledger events signed with the account's name")
    func audited() async throws {
        let server = try Self.fixture(clock: Clock())
        let app = Application(router: server.router())
        try await app.test(.router) { client in
            let (cookie, token) = try await Self.signIn(client, "王干事", "office-password")
            let headers = Self.formHeaders(cookie)
            try await client.execute(
                uri: "/cases/20260907-01/extend", method: .post, headers: headers,
                body: Self.form(["csrf": token, "days": "10", "approver": "李明", "reason": "会商"])
            ) { #expect($0.status == .seeOther) }
            // A refused write says why and changes nothing.
            try await client.execute(
                uri: "/cases/20260907-01/extend", method: .post, headers: headers,
                body: Self.form(["csrf": token, "days": "10", "approver": "李明", "reason": "再延"])
            ) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("一件案件最多延期一次"))
            }
            let history = try server.ledger.history(of: "20260907-01").filter { $0.field == "extendedTo" }
            #expect(history.count == 1 && history.first?.by == "王干事")
        }
    }

    @Test("a session ends after 12 hours idle; failed sign-ins are slowed after five in a minute")
    func expiryAndThrottle() async throws {
        let clock = Clock()
        let app = Application(router: try Self.fixture(clock: clock).router())
        try await app.test(.router) { client in
            let (cookie, _) = try await Self.signIn(client, "王干事", "office-password")
            clock.advance(11 * 3600)
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .ok) }
            clock.advance(12 * 3600 + 1)
            try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .seeOther)
            }
            var waited: Duration = .zero
            for attempt in 1...6 {
                let page = try await client.execute(uri: "/signin", method: .get) { String(buffer: $0.body) }
                let started = ContinuousClock.now
                try await client.execute(
                    uri: "/signin", method: .post, headers: Self.formHeaders,
                    body: Self.form(["name": "王干事", "password": "wrong password", "csrf": Self.csrf(page) ?? ""])
                ) { response in
                    #expect(response.status == .ok && String(buffer: response.body).contains("账户或密码不正确"))
                }
                if attempt == 6 { waited = ContinuousClock.now - started }
            }
            #expect(waited >= .seconds(1), "the sixth failure in a minute came back in \(waited)")
        }
    }

    @Test("any address but loopback is refused until an office account exists")
    func host() throws {
        let (campaign, ledger) = try Self.emptyLedger()
        #expect(throws: Never.self) { try OfficeServer.checkHost("127.0.0.1", ledger: ledger) }
        #expect(throws: Diagnostic.self) { try OfficeServer.checkHost("0.0.0.0", ledger: ledger) }
        try ledger.addAccount(
            try Accounts.make(
                name: "王干事", role: .office, leader: nil, password: "office-password", campaign: campaign,
                cost: Accounts.cheapestCost
            ).get(),
            by: "t")
        #expect(throws: Never.self) { try OfficeServer.checkHost("0.0.0.0", ledger: ledger) }
    }
}
