import AsyncHTTPClient
import Crypto
import Diagnostics
import Foundation
import NIOCore
import NIOFoundationCompat

/// Posts reminders to the group robots of 企业微信 and 钉钉 (their formats in NOTES): JSON
/// bodies, 钉钉's signature (HMAC-SHA256 of "timestamp\nsecret"), retries with growing waits when
/// a robot fails or answers an errcode other than 0.
public struct RobotSender: Sendable {
    public enum Robot: String, Sendable, CaseIterable { case wecom, dingtalk }

    let settings: RobotSettings
    let attempts: Int
    let backoff: TimeInterval
    let now: @Sendable () -> Date

    public init(
        settings: RobotSettings, attempts: Int = 4, backoff: TimeInterval = 1,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.settings = settings
        self.attempts = attempts
        self.backoff = backoff
        self.now = now
    }

    /// The robots the settings name, in a fixed order.
    public var robots: [Robot] {
        Robot.allCases.filter { $0 == .wecom ? settings.wecom != nil : settings.dingtalk != nil }
    }

    /// The body a robot takes for `reminder`.
    public static func body(_ reminder: Reminder, for robot: Robot) -> Data {
        let object: [String: Any] =
            robot == .wecom
            ? ["msgtype": "markdown", "markdown": ["content": reminder.text]]
            : ["msgtype": "markdown", "markdown": ["title": reminder.title, "text": reminder.text]]
        return (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    /// 钉钉's signature for `timestamp` (milliseconds since 1970), base64 of HMAC-SHA256.
    public static func dingtalkSign(timestamp: Int64, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(
            for: Data("\(timestamp)\n\(secret)".utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return Data(mac).base64EncodedString()
    }

    func url(for robot: Robot) -> URL? {
        switch robot {
        case .wecom: return settings.wecom
        case .dingtalk:
            guard let base = settings.dingtalk else { return nil }
            guard let secret = settings.dingtalkSecret else { return base }
            let timestamp = Int64(now().timeIntervalSince1970 * 1000)
            let sign = Self.dingtalkSign(timestamp: timestamp, secret: secret)
            guard var components = URLComponents(url: base, resolvingAgainstBaseURL: false) else { return nil }
            // The base64's `+`, `/` and `=` reach the robot URL-encoded, as it expects.
            let signed =
                "timestamp=\(timestamp)&sign="
                + (sign.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? sign)
            components.percentEncodedQuery = [components.percentEncodedQuery ?? "", signed].filter { !$0.isEmpty }
                .joined(separator: "&")
            return components.url
        }
    }

    /// Posts `reminder` to `robot`, trying again after 1, 2, 4… × `backoff` seconds; throws what
    /// the last try met.
    public func send(_ reminder: Reminder, to robot: Robot, client: HTTPClient) async throws(Diagnostic) {
        var last = ""
        for attempt in 0..<attempts {
            if attempt > 0 { try? await Task.sleep(for: .seconds(backoff * pow(2, Double(attempt - 1)))) }
            guard let url = url(for: robot) else { break }
            var request = HTTPClientRequest(url: url.absoluteString)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json; charset=utf-8")
            request.body = .bytes(ByteBuffer(data: Self.body(reminder, for: robot)))
            do {
                let response = try await client.execute(request, timeout: .seconds(10))
                let body = try await response.body.collect(upTo: 1 << 16)
                let answer = (try? JSONSerialization.jsonObject(with: Data(buffer: body))) as? [String: Any]
                let code = (answer?["errcode"] as? Int) ?? -1
                if response.status.code == 200 && code == 0 { return }
                last = "HTTP \(response.status.code), errcode \(code)"
            } catch {
                last = "\(error)"
            }
        }
        throw .error(.reminderFailed, ["robot": "\(robot.rawValue)", "detail": "\(last)", "tries": "\(attempts)"])
    }
}
