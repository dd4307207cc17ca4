// The web page (J06xx) and the accounts it signs in with.
extension DiagnosticCode {
    static let web: [DiagnosticCode] = [
        accountRefused, formField, formTooLarge, accountPassword, accountOfficeLeader, accountLeaderMissing,
        accountCost, hostNeedsOffice, formDate, formWholeNumber, formAction, leaveFormFrom, leaveFormTo, tlsCertificate,
        tlsKey, tlsPair,
    ]

    public static let accountRefused = DiagnosticCode(
        601, zh: "账号名要写在一行里，不能空着", en: "an account needs a name, on one line")
    public static let formField = DiagnosticCode(602, zh: "请填写“{field}”", en: "please fill in {field}")
    public static let formTooLarge = DiagnosticCode(
        603, zh: "表单内容超过1 MiB，什么都没有保存；请精简后再提交",
        en: "the form holds more than 1 MiB; nothing was stored. Shorten what was written and send it again")
    public static let accountPassword = DiagnosticCode(
        604, zh: "密码只有{count}个字符，至少要{minimum}个", en: "the password has {count} characters; it needs at least {minimum}")
    public static let accountOfficeLeader = DiagnosticCode(
        605, zh: "--leader 只用于领导账号，信访办账号不用", en: "--leader is for a leader's account, not an office one")
    public static let accountLeaderMissing = DiagnosticCode(
        606, zh: "领导账号要指明是哪位领导：--leader 编号（{roster}）",
        en: "a leader's account names its leader: --leader ID ({roster})")
    public static let accountCost = DiagnosticCode(
        607, zh: "bcrypt强度只能是{minimum}到31，不能是{cost}", en: "bcrypt's cost is {minimum} to 31, not {cost}")
    public static let hostNeedsOffice = DiagnosticCode(
        608, zh: "要在{host}上提供网页，先要有一个信访办账号（jiefang user add 活动文件 姓名 --role office）；在此之前只在127.0.0.1上提供",
        en:
            "serving on {host} needs an office account first (jiefang user add CAMPAIGN NAME --role office); until then the page is served on 127.0.0.1 only"
    )
    public static let formDate = DiagnosticCode(
        609, zh: "“{field}”应是日期，如2026-09-01；“{raw}”不是", en: "{field} must be a YYYY-MM-DD date, not '{raw}'")
    public static let formWholeNumber = DiagnosticCode(
        610, zh: "“{field}”应是整数；“{raw}”不是", en: "{field} must be a whole number, not '{raw}'")
    public static let formAction = DiagnosticCode(611, zh: "没有这项操作", en: "there is no such action")
    public static let leaveFormFrom = DiagnosticCode(
        612, zh: "请选择领导，并填写请假开始日期（如2026-09-01）",
        en: "choose the leader and give the first day of the leave (YYYY-MM-DD)")
    public static let leaveFormTo = DiagnosticCode(
        613, zh: "请假结束日期不能早于开始日期", en: "the leave cannot end before it starts")
    public static let tlsCertificate = DiagnosticCode(
        614, zh: "读不了证书文件（PEM格式）：{detail}", en: "cannot read the certificate (PEM): {detail}")
    public static let tlsKey = DiagnosticCode(
        615, zh: "读不了私钥文件（PEM格式），或它与证书不配：{detail}", en: "cannot use the private key (PEM): {detail}")
    public static let tlsPair = DiagnosticCode(
        616, zh: "HTTPS要同时给出 --tls-cert 证书文件 和 --tls-key 私钥文件",
        en: "HTTPS needs both --tls-cert FILE and --tls-key FILE")
}
