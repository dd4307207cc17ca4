import CampaignSpec
import Diagnostics
import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import CaseLedger
@testable import OfficeWeb

/// SPEC §8, sessions and access on record: sessions end when they should, sign-in gives nothing
/// away, and every look at personal data is in the ledger.
@Suite("Sessions and access on record")
struct AccessTests {
    typealias Fixture = OfficeServerTests

    /// Waits recorded instead of slept through.
    final class Pauses: @unchecked Sendable {
        private let lock = NSLock()
        private var waits: [TimeInterval] = []
        func record(_ wait: TimeInterval) { lock.withLock { waits.append(wait) } }
        var all: [TimeInterval] { lock.withLock { waits } }
    }

    @Test("user remove and user passwd end a session at once in a running server; nothing is stored after")
    func removedAccountIsRefused() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        let folder = URL(fileURLWithPath: (server.ledger.path as NSString).deletingLastPathComponent)
        let app = Application(router: server.router())
        try await app.test(.live) { client in
            let (cookie, token) = try await Fixture.signIn(client, "王干事", "office-password")
            try await client.execute(uri: "/cases", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok)
            }
            #expect(try server.ledger.sessionCount(of: "王干事") == 1)
            // Another process, as the office's IT would type it.
            let removed = try CLI.run(["user", "remove", "c.yaml", "王干事"], in: folder)
            #expect(removed.status == 0, "\(removed.stderr)")
            #expect(try server.ledger.sessionCount(of: "王干事") == 0)
            try await client.execute(uri: "/cases", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .seeOther && $0.headers[.location] == "/signin")
            }
            let fields = [
                "csrf": token, "date": "2026-09-10", "time": "10:00", "channel": "来访", "method": "定点接访",
                "persons": "1", "category": "建议意见", "topic": "涉农", "request": "修路", "disposition": "当场答复",
                "leader": "liu-fang", "petitioner.name": "赵六",
            ]
            let visits = try server.ledger.visits().count
            try await client.execute(
                uri: "/register", method: .post, headers: Fixture.formHeaders(cookie), body: Fixture.form(fields)
            ) { #expect($0.status == .forbidden) }
            #expect(try server.ledger.visits().count == visits, "a removed account stored a visit")

            // A new password ends the leader's session the same way.
            let (leaderCookie, _) = try await Fixture.signIn(client, "李明", "leader-password")
            let changed = try Processes.run(
                CLI.binary, ["user", "passwd", "c.yaml", "李明", "--bcrypt-cost", "4"], in: folder,
                input: Data("a brand new password\n".utf8))
            #expect(changed.status == 0 && changed.stdout.contains("结束了1个登录"), "\(changed.stdout)\(changed.stderr)")
            try await client.execute(uri: "/", method: .get, headers: [.cookie: leaderCookie]) {
                #expect($0.status == .seeOther)
            }
            _ = try await Fixture.signIn(client, "李明", "a brand new password")
        }
    }

    @Test("a session outlives a restart: the ledger keeps a hash of its token, never the token")
    func sessionsSurviveRestart() async throws {
        let clock = Fixture.Clock()
        let first = try Fixture.fixture(clock: clock)
        let cookie = try await Application(router: first.router()).test(.router) { client in
            try await Fixture.signIn(client, "王干事", "office-password").0
        }
        let token = try #require(cookie.split(separator: "=", maxSplits: 1).last.map(String.init))
        let stored = try first.ledger.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM session") }
        #expect(stored == [WebSessions.hash(token)] && !stored.contains(token))
        let restarted = try OfficeServer(
            campaignFile: first.live.path, ledger: first.ledger, output: first.output, now: { clock.now() })
        try await Application(router: restarted.router()).test(.router) { client in
            try await client.execute(uri: "/cases", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok)
            }
        }
    }

    @Test("an unknown name costs one bcrypt check as a known one does; 20 names from one address are slowed")
    func signInGivesNothingAway() async throws {
        let pauses = Pauses()
        let server = try Fixture.fixture(clock: Fixture.Clock()) { pauses.record($0) }
        try await Application(router: server.router()).test(.router) { client in
            func attempt(_ name: String) async throws {
                let page = try await client.execute(uri: "/signin", method: .get) { String(buffer: $0.body) }
                try await client.execute(
                    uri: "/signin", method: .post, headers: Fixture.formHeaders,
                    body: Fixture.form(["name": name, "password": "wrong password", "csrf": Fixture.csrf(page) ?? ""])
                ) { response in
                    #expect(response.status == .ok && String(buffer: response.body).contains("账户或密码不正确"))
                }
            }
            let before = await server.bcryptChecks.count
            try await attempt("王干事")
            let known = await server.bcryptChecks.count - before
            try await attempt("没有这个人")
            let unknown = await server.bcryptChecks.count - before - known
            #expect(known == 1 && unknown == 1, "known \(known), unknown \(unknown) bcrypt checks")
            #expect(pauses.all.isEmpty)
            // 20 different names from the one address: each name fails once, the address 20 times.
            for n in 1...20 { try await attempt("猜测\(n)") }
            #expect(pauses.all.count >= 15, "only \(pauses.all.count) of 20 guesses were slowed")
            #expect((pauses.all.max() ?? 0) >= 10, "the waits did not grow: \(pauses.all)")
        }
        let failed = try server.ledger.accessEvents().filter { $0.field == Access.signInFailed.rawValue }
        #expect(failed.count == 22 && failed.allSatisfy { $0.new == "-" })
        #expect(failed.contains { $0.by == "没有这个人" })
    }

    @Test("sign-in, sign-out, failed sign-ins and the printed case sheet are on record; jiefang audit lists them")
    func accessOnRecord() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock())
        let folder = URL(fileURLWithPath: (server.ledger.path as NSString).deletingLastPathComponent)
        try await Application(router: server.router()).test(.live) { client in
            let page = try await client.execute(uri: "/signin", method: .get) { String(buffer: $0.body) }
            try await client.execute(
                uri: "/signin", method: .post, headers: Fixture.formHeaders,
                body: Fixture.form(["name": "王干事", "password": "not it at all", "csrf": Fixture.csrf(page) ?? ""])
            ) { _ in }
            let (cookie, token) = try await Fixture.signIn(client, "王干事", "office-password")
            try await client.execute(uri: "/cases/20260907-01/print", method: .get, headers: [.cookie: cookie]) {
                #expect($0.status == .ok && String(buffer: $0.body).contains("11010519491231002X"))
            }
            try await client.execute(
                uri: "/signout", method: .post, headers: Fixture.formHeaders(cookie),
                body: Fixture.form(["csrf": token])
            ) { #expect($0.status == .seeOther) }
        }
        let events = try server.ledger.accessEvents()
        #expect(events.map(\.field) == ["signin-failed", "signin", "id-number-shown", "signout"])
        #expect(events[0].new == "127.0.0.1" && events[1].new == "127.0.0.1", "\(events.map(\.new))")
        #expect(events[2].number == "20260907-01" && events[2].by == "王干事")
        let audit = try CLI.run(["audit", "c.yaml"], in: folder)
        #expect(audit.status == 0)
        for words in ["登录失败", "查看完整身份证号", "退出", "127.0.0.1", "20260907-01"] {
            #expect(audit.stdout.contains(words), "\(words) not in \(audit.stdout)")
        }
        // An export carries every full ID number: it is on record too.
        #expect(try CLI.run(["ledger", "export", "c.yaml", "-o", "all.csv", "--by", "王干事"], in: folder).status == 0)
        #expect(try CLI.run(["audit", "c.yaml"], in: folder).stdout.contains("jiefang ledger export"))
        let json = try CLI.run(["audit", "c.yaml", "--format", "json", "--from", "2099-01-01"], in: folder)
        #expect(json.stdout == "[\n]\n", "\(json.stdout)")
    }
}
