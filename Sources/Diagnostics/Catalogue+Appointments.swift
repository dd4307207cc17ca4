// Appointments (约访) and reminders (J08xx).
extension DiagnosticCode {
    static let appointments: [DiagnosticCode] = [
        appointmentSlotFull, appointmentMissing, appointmentNotBooked, appointmentDayOff, appointmentTime,
        appointmentLeaderAway, appointmentKind, appointmentEmpty,
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
}
