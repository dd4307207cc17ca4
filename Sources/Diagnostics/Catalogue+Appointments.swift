// Appointments (约访) and reminders (J08xx).
extension DiagnosticCode {
    static let appointments: [DiagnosticCode] = [
        appointmentSlotFull, appointmentMissing, appointmentNotBooked, appointmentDayOff, appointmentTime,
        appointmentLeaderAway, appointmentKind, appointmentEmpty, remindersUnreadable, remindersNotPrivate,
        remindersSyntax, remindersRobot, reminderFailed,
    ]

    public static let appointmentSlotFull = DiagnosticCode(
        801, zh: "{date} {time}这一时段已约满（每时段{perSlot}人）；可约的时段：{free}",
        en: "the slot {date} {time} is full ({perSlot} a slot); free slots: {free}")
    public static let appointmentMissing = DiagnosticCode(
        802, zh: "台账中没有约访{number}", en: "there is no appointment {number} in the ledger")
    public static let appointmentNotBooked = DiagnosticCode(
        803, zh: "约访{number}的状态是“{status}”，不是“已预约”，不能再取消或接待",
        en: "appointment {number} is {status}, not booked: it cannot be cancelled or kept")
    public static let appointmentDayOff = DiagnosticCode(
        804, zh: "{date}不是接访日，不能约在这一天", en: "{date} is not a reception day; no appointment can be made for it")
    public static let appointmentTime = DiagnosticCode(
        805, zh: "“{field}”应是接访时间内某一时段的开始，可选：{slots}；“{raw}”不是",
        en: "{field} must be the start of a slot within the reception hours ({slots}), not '{raw}'")
    public static let appointmentLeaderAway = DiagnosticCode(
        806, zh: "{leader}{date}请假，不能约这一天", en: "{leader} is away on {date}; no appointment with them that day")
    public static let appointmentKind = DiagnosticCode(
        807, zh: "“约访类型”只能是{kinds}，“{raw}”不是", en: "'kind' must be one of {kinds}, not '{raw}'")
    public static let appointmentEmpty = DiagnosticCode(808, zh: "约访内容是空的", en: "the appointment is empty")
    public static let remindersUnreadable = DiagnosticCode(
        809, zh: "读不到提醒设置文件（reminders.yaml，放在台账旁边）",
        en: "cannot read the reminder settings (reminders.yaml beside the ledger)")
    public static let remindersNotPrivate = DiagnosticCode(
        810, zh: "提醒设置文件含有群机器人的密钥，别人不能读；现在的权限是{mode}，请执行 chmod 600",
        en: "the reminder settings hold the robots' keys and must be private; its mode is {mode}: chmod 600 it")
    public static let remindersSyntax = DiagnosticCode(
        811, zh: "提醒设置文件格式错误：{detail}", en: "the reminder settings are not valid YAML: {detail}")
    public static let remindersRobot = DiagnosticCode(
        812, zh: "提醒设置只认 wecom（企业微信）和 dingtalk（钉钉），各写 {webhook: 网址}；“{robot}”不对",
        en: "the reminder settings take wecom and dingtalk, each {webhook: URL}; '{robot}' is not one")
    public static let reminderFailed = DiagnosticCode(
        813, zh: "发送到{robot}失败（{detail}），已试{tries}次；这条提醒没有记为已发送，下次运行会再发",
        en:
            "sending to {robot} failed ({detail}) after {tries} tries; the reminder is not marked sent and goes again next run"
    )
}
