import Diagnostics
import Foundation
import Yams

/// The office's group robots, from `reminders.yaml` beside the ledger (SPEC §12). The file holds
/// the robots' keys, so it must be private: refused when others can read it.
public struct RobotSettings: Sendable, Equatable {
    public var wecom: URL?
    public var dingtalk: URL?
    public var dingtalkSecret: String?

    public init(wecom: URL? = nil, dingtalk: URL? = nil, dingtalkSecret: String? = nil) {
        self.wecom = wecom
        self.dingtalk = dingtalk
        self.dingtalkSecret = dingtalkSecret
    }

    public static func load(_ path: String) -> Result<RobotSettings, Diagnostic> {
        let whole = SourceLocation(file: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { return .failure(.error(.remindersUnreadable, at: whole)) }
        let mode = (attributes[.posixPermissions] as? Int) ?? 0o777
        guard mode & 0o077 == 0 else {
            return .failure(.error(.remindersNotPrivate, ["mode": "\(String(mode, radix: 8))"], at: whole))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            return .failure(.error(.remindersSyntax, ["detail": "\(error)"], at: whole))
        }
        var settings = RobotSettings()
        for (name, node) in root?.mapping ?? [:] {
            let at = SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
            let webhook = node.mapping?["webhook"]?.string.flatMap(URL.init(string:))
            guard let webhook, ["http", "https"].contains(webhook.scheme ?? "") else {
                return .failure(.error(.remindersRobot, ["robot": "\(name.string ?? "")"], at: at))
            }
            switch name.string {
            case "wecom": settings.wecom = webhook
            case "dingtalk":
                settings.dingtalk = webhook
                settings.dingtalkSecret = node.mapping?["secret"]?.string
            default: return .failure(.error(.remindersRobot, ["robot": "\(name.string ?? "")"], at: at))
            }
        }
        guard settings.wecom != nil || settings.dingtalk != nil else {
            return .failure(.error(.remindersRobot, ["robot": ""], at: whole))
        }
        return .success(settings)
    }
}
