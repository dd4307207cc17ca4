import CampaignSpec
import CaseLedger
import CaseWork
import Crypto
import Foundation
import Hummingbird
import HummingbirdTesting
import Reminders
import TestSupport
import Testing

/// SPEC §12, reminders: sent to a receiver on 127.0.0.1 that checks each body against the
/// robot's format and 钉钉's signature; a failing receiver; a second run that sends nothing.
@Suite("Reminders to the office's group robots")
struct ReminderTests {
    /// What the receiver got, and how it answers.
    actor Receiver {
        var requests: [(path: String, query: [String: String], body: Data)] = []
        var failuresLeft: Int
        init(failing: Int) { failuresLeft = failing }

        func take(_ path: String, _ query: [String: String], _ body: Data) -> Bool {
            requests.append((path, query, body))
            if failuresLeft > 0 {
                failuresLeft -= 1
                return false
            }
            return true
        }
    }

    static func receiver(_ receiver: Receiver) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("/{robot}") { request, context -> Response in
            let robot = try context.parameters.require("robot")
            let bytes = try await request.body.collect(upTo: 1 << 20)
            let body = Data(buffer: bytes)
            var query: [String: String] = [:]
            for (key, value) in request.uri.queryParameters { query[String(key)] = String(value) }
            let ok = await receiver.take(robot, query, body)
            let answer =
                ok ? #"{"errcode": 0, "errmsg": "ok"}"# : #"{"errcode": 310000, "errmsg": "keywords not in content"}"#
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: answer)))
        }
        return router
    }

    /// The sample campaign with a 包案 case of 9月8日 (its 告知 due 9月23日) and an appointment on
    /// 9月22日: reminded of on 9月21日.
    static func work() throws -> (CaseWork, Campaign) {
        let dir = try LedgerFixture.town()
        let campaign = try #require(CampaignLoader.load(path: dir.appendingPathComponent("c.yaml").path).campaign)
        try LedgerFixture.visit("2026-09-08", name: "张三", id: "11010519491231002X", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir).status == 0)
        let booked = """
            date: 2026-09-22
            time: "09:00"
            petitioner: {name: 王大山, phone: "13900000002"}
            topic: 涉农
            request: 承包地纠纷
            """
        try booked.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["appointment", "add", "c.yaml", "a.yaml"], in: dir).status == 0)
        let work = try CaseWork.open(
            campaign, create: false, dutyLeaders: .plannedAgainst(output: dir.appendingPathComponent("output").path)
        ).get()
        return (work, campaign)
    }

    @Test(
        "each robot gets its format, 钉钉's signature checks out, nothing names a petitioner; a second run sends nothing")
    func sendsOnce() async throws {
        let (work, _) = try Self.work()
        let day = CivilDate(iso: "2026-09-21")!
        let reminders = try work.reminders(on: day, by: "cron").get()
        #expect(reminders.map(\.title) == ["明日接访值班", "办理期限提醒"], "\(reminders.map(\.title))")
        for reminder in reminders {
            for secret in ["张三", "王大山", "13900000001", "13900000002", "11010519491231002X"] {
                #expect(!reminder.text.contains(secret), "\(secret) in \(reminder.text)")
            }
        }
        #expect(reminders[0].text.contains("约访1人：09:00"))
        let receiver = Receiver(failing: 0)
        try await Application(router: Self.receiver(receiver)).test(.live) { client in
            let port = try #require(client.port)
            let settings = RobotSettings(
                wecom: URL(string: "http://127.0.0.1:\(port)/wecom?key=KEY"),
                dingtalk: URL(string: "http://127.0.0.1:\(port)/dingtalk?access_token=TOKEN"),
                dingtalkSecret: "SECret+/=")
            let sender = RobotSender(settings: settings, attempts: 3, backoff: 0.01)
            let first = await work.send(reminders, with: sender)
            #expect(first.sent.count == 4 && first.failures.isEmpty, "\(first.failures)")
            let second = await work.send(reminders, with: sender)
            #expect(second.sent.isEmpty && second.skipped.count == 4)
        }
        let requests = await receiver.requests
        #expect(requests.count == 4, "the second run sent again")
        for request in requests {
            let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
            let markdown = body["markdown"] as? [String: Any]
            #expect(body["msgtype"] as? String == "markdown")
            if request.path == "wecom" {
                #expect(request.query["key"] == "KEY" && (markdown?["content"] as? String)?.isEmpty == false)
            } else {
                #expect(
                    request.query["access_token"] == "TOKEN" && markdown?["title"] is String
                        && markdown?["text"] is String)
                let timestamp = try #require(request.query["timestamp"])
                let expected = HMAC<SHA256>.authenticationCode(
                    for: Data("\(timestamp)\nSECret+/=".utf8), using: SymmetricKey(data: Data("SECret+/=".utf8)))
                #expect(request.query["sign"] == Data(expected).base64EncodedString(), "the signature does not check")
            }
        }
    }

    @Test("a robot that keeps failing is tried again, then a clear error, and nothing is recorded as sent")
    func failingRobot() async throws {
        let (work, _) = try Self.work()
        let reminders = try work.reminders(on: CivilDate(iso: "2026-09-21")!, by: "cron").get()
        let receiver = Receiver(failing: 100)
        try await Application(router: Self.receiver(receiver)).test(.live) { client in
            let port = try #require(client.port)
            let settings = RobotSettings(wecom: URL(string: "http://127.0.0.1:\(port)/wecom?key=K"), dingtalk: nil)
            let result = await work.send(reminders, with: RobotSender(settings: settings, attempts: 3, backoff: 0.01))
            #expect(result.sent.isEmpty && result.failures.count == reminders.count)
            #expect(result.failures.first?.message(in: .zh).contains("已试3次") == true, "\(result.failures)")
        }
        #expect(await receiver.requests.count == 3 * reminders.count, "not retried three times each")
        for reminder in reminders { #expect(try work.ledger.reminderSent(reminder.key + " wecom") == false) }
    }

    @Test("reminders.yaml must be private: refused when others can read it")
    func privateSettings() throws {
        let dir = try Processes.temporaryDirectory()
        let path = dir.appendingPathComponent("reminders.yaml").path
        try #"wecom: {webhook: "https://example.invalid/send?key=K"}"#.write(
            toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: Never.self) { _ = try? RobotSettings.load(path).get() }
        if case .failure(let problem) = RobotSettings.load(path) {
            #expect(problem.code == .remindersNotPrivate)
        } else {
            Issue.record("a settings file others can read was accepted")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try RobotSettings.load(path).get().wecom?.host == "example.invalid")
    }
}
