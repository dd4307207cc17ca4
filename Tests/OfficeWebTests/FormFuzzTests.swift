import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CaseLedger
@testable import OfficeWeb

/// Every form the web page takes, fed what no browser would send: random, oversized and
/// malformed fields and encodings, signed out and signed in as each role. The page never fails
/// with a 500, and a refused request leaves the ledger as it was.
@Suite("The web forms under a seeded fuzz")
struct FormFuzzTests {
    typealias Fixture = OfficeServerTests

    /// SplitMix64: the same seed, the same requests, on every machine.
    struct Seeded {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let fieldNames = [
        "date", "time", "channel", "method", "persons", "petitioner.name", "petitioner.id_number", "petitioner.phone",
        "petitioner.address", "where", "category", "topic", "request", "opinion", "disposition", "reason", "leader",
        "case.leader", "case.unit", "new_matter", "text", "days", "approver", "result", "reply_date", "satisfaction",
        "follow_up", "stopped", "from", "to", "issued", "version", "q", "name", "password", "seen_earlier", "kind",
        "appointment",
    ]
    static let plausible = [
        "", " ", "2026-09-10", "2026-02-30", "9999-99-99", "10:00", "25:61", "来访", "包案", "交办", "不予受理", "li-ming",
        "zhao-jun", "李明", "0", "-1", "99999999999999999999", "11010519491231002X", "镇农办", "满意", "yes", "是",
        "20260907-01", "'; DROP TABLE visit; --", "<script>alert(1)</script>", "%", "%%zz", "\u{0}", "\u{7}",
        "\u{FEFF}", "𠮷野家", String(repeating: "长", count: 6_000),
    ]

    /// One form body: known fields with odd values, unknown fields, broken escapes, raw bytes.
    static func body(_ random: inout Seeded, csrf: String) -> ByteBuffer {
        var pairs: [String] = []
        if random.below(5) > 0 { pairs.append("csrf=\(random.below(8) == 0 ? "forged" : csrf)") }
        for _ in 0..<random.below(12) {
            let name = random.below(6) == 0 ? "x\(random.below(1000))" : random.pick(fieldNames)
            let value = random.pick(plausible)
            switch random.below(4) {
            case 0: pairs.append(name + "=" + value)  // not escaped at all
            case 1: pairs.append(name)  // no '='
            default:
                pairs.append(name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            }
        }
        var buffer = ByteBuffer(string: pairs.joined(separator: random.below(10) == 0 ? ";" : "&"))
        if random.below(10) == 0 { buffer.writeBytes([0xFF, 0xFE, 0xC3, 0x28, 0x80]) }  // not UTF-8
        if random.below(25) == 0 { buffer.writeBytes([UInt8](repeating: 0x61, count: (1 << 20) + 10)) }  // > 1 MiB
        return buffer
    }

    /// Every row the ledger keeps, but the record of sign-ins (a refused sign-in is recorded).
    static func rows(_ ledger: Ledger) throws -> [String: Int] {
        try ledger.read { db in
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            where !table.hasPrefix("sqlite_") && !table.hasPrefix("grdb_") {
                let filter = table == "event" ? " WHERE entity <> 'access'" : ""
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"\(filter)") ?? 0
            }
            return counts
        }
    }

    @Test("400 seeded requests to every POST route as office, leader and nobody: no 500, nothing kept from a refusal")
    func fuzz() async throws {
        let server = try Fixture.fixture(clock: Fixture.Clock()) { _ in }
        let campaign = try String(contentsOfFile: server.live.path, encoding: .utf8)
        let routes = [
            "/signin", "/signout", "/register", "/visits", "/leave", "/leave/confirm", "/cases/20260907-01/progress",
            "/cases/20260907-01/notify", "/cases/20260907-01/extend", "/cases/20260907-01/close",
            "/cases/20260908-01/reopen", "/cases/20260908-01/nonsense", "/cases/%FF%FE/close", "/appointments",
            "/appointments/Y20260910-01/cancel",
        ]
        let (statuses, refusedWrites) = try await Application(router: server.router()).test(.router) { client in
            var random = Seeded(state: 20_261_204)
            var statuses: [Int: Int] = [:]
            var refusedWrites: [String] = []
            let office = try await Fixture.signIn(client, "王干事", "office-password")
            let leader = try await Fixture.signIn(client, "李明", "leader-password")
            for n in 0..<400 {
                let who = random.below(3)
                let (cookie, csrf) = who == 0 ? office : who == 1 ? leader : ("", "")
                let route = random.pick(routes)
                if route == "/signout" && who < 2 { continue }  // keep both sessions for the rest of the run
                var headers = Fixture.formHeaders
                if who < 2 { headers[.cookie] = cookie }
                if random.below(10) == 0 { headers[.contentType] = "multipart/form-data; boundary=x" }
                let before = try Self.rows(server.ledger)
                let status = try await client.execute(
                    uri: route, method: .post, headers: headers, body: Self.body(&random, csrf: csrf)
                ) { Int($0.status.code) }
                statuses[status, default: 0] += 1
                #expect(status < 500, "request \(n): POST \(route) answered \(status)")
                if status >= 400, try Self.rows(server.ledger) != before {
                    refusedWrites.append("request \(n): POST \(route) answered \(status) but the ledger changed")
                }
            }
            return (statuses, refusedWrites)
        }
        #expect(refusedWrites.isEmpty, "\(refusedWrites)")
        // The run reached past the gate: refusals of several kinds, and some accepted requests.
        #expect(Set(statuses.keys).isSuperset(of: [403, 413]), "\(statuses)")
        #expect(statuses.keys.contains { $0 == 422 || $0 == 404 }, "\(statuses)")
        #expect(statuses.keys.contains { $0 < 400 }, "\(statuses)")
        #expect(try String(contentsOfFile: server.live.path, encoding: .utf8) == campaign, "the campaign file changed")
    }
}
