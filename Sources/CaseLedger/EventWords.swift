import Foundation

/// A ledger event as the office reads it in a case's 变更记录: what changed by its Chinese
/// name, values in the office's words, the time in Beijing time. The event itself keeps the
/// field's internal name and UTC, so the record never depends on how it is shown.
extension LedgerEvent {
    /// What changed, as the office names it.
    public var fieldLabel: String { Self.fieldLabels[field] ?? VisitFields.labels[field] ?? field }

    /// The value before, in the office's words.
    public var oldLabel: String { Self.valueLabel(old, of: field) }

    /// The value after, in the office's words.
    public var newLabel: String { Self.valueLabel(new, of: field) }

    /// When it was recorded, in Beijing time (UTC+8), as `2026-09-08 10:15:03`.
    public var localTime: String {
        guard let time = Ledger.instant(at) else { return at }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: time)
    }

    static let fieldLabels = [
        "recorded": "登记来访", "opened": "立案", "visit": "来访", "imported": "从旧台账导入", "progress": "办理进展",
        "extendedTo": "延期至", "approver": "延期批准人", "extensionReason": "延期理由", "extendedOn": "延期日期",
        "status": "办理状态", "closedOn": "办结日期", "result": "办理结果", "replyDate": "答复日期",
        "satisfaction": "满意度", "followUp": "回访情况", "stopped": "息诉罢访", "reopenedOn": "重新办理日期",
        "reopenReason": "重新办理理由", "notified": "告知", "letter": "告知书", "added": "添加账号", "removed": "删除账号",
        "password": "修改密码", "signin": "登录", "signout": "退出",
        "signin-failed": "登录失败", "id-number-shown": "查看完整身份证号",
        "method": "告知方式",
    ]

    static func valueLabel(_ value: String?, of field: String) -> String {
        guard let value else { return "" }
        switch (field, value) {
        case ("status", "open"): return "办理中"
        case ("status", "closed"): return "已办结"
        case ("stopped", "yes"): return "是"
        case ("stopped", "no"): return "否"
        default: return value
        }
    }
}
