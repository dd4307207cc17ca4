// A visit's problems (J02xx), on the register form and in a visit's YAML alike. A field is
// named by its label on the form (`{field}`: 姓名 in Chinese, 'petitioner.name' in English) and
// the message says what to do, in the office's words.
extension DiagnosticCode {
    static let visit: [DiagnosticCode] = [
        visitEmpty, visitMissing, visitChoice, visitDate, visitIDNumber, visitLeader, visitNotOnDuty, visitCase,
        visitUnknownKey, textTooLong, visitTime, visitPersons, visitReason, visitNotDutyDay, visitNewMatter,
        visitCaseLeader, visitCaseUnit, visitNoCase, visitNotMapping, visitNestedNotMapping, visitNotText,
    ]

    public static let visitEmpty = DiagnosticCode(201, zh: "登记内容是空的", en: "the visit is empty")
    public static let visitMissing = DiagnosticCode(202, zh: "请填写“{field}”", en: "the visit needs {field}")
    public static let visitChoice = DiagnosticCode(
        203, zh: "“{field}”请从{allowed}中选一项，“{raw}”不在其中", en: "{field} must be one of {allowed}, found '{raw}'")
    public static let visitDate = DiagnosticCode(
        204, zh: "“{field}”应是日期，如2026-09-01；“{raw}”不是", en: "{field} must be a YYYY-MM-DD date, found '{raw}'")
    public static let visitIDNumber = DiagnosticCode(205, zh: "身份证号有误：{why}", en: "{why}")
    public static let visitLeader = DiagnosticCode(206, zh: "“{field}”填写有误：{why}", en: "{field}: {why}")
    public static let visitNotOnDuty = DiagnosticCode(
        207, zh: "登记的接访领导是{given}，但{date}值班的是{onDuty}，请核对",
        en: "{given} received this visit, but {onDuty} is on duty on {date}")
    public static let visitCase = DiagnosticCode(
        208, zh: "处理方式为“{disposition}”的要立案：请选定包案领导和责任单位",
        en: "a {disposition} visit opens a case: name its 包案 leader (case.leader) and unit (case.unit)")
    public static let visitUnknownKey = DiagnosticCode(
        209, zh: "{what}中没有“{key}”这一项{hint}", en: "unknown key '{key}' in {what}{hint}")
    public static let textTooLong = DiagnosticCode(
        210, zh: "“{field}”有{count}个字，最多只能{limit}个字，请精简",
        en: "{field} has {count} characters; it may have at most {limit}")
    public static let visitTime = DiagnosticCode(
        211, zh: "“{field}”应是时间，如09:30；“{raw}”不是", en: "{field} must be HH:MM, found '{raw}'")
    public static let visitPersons = DiagnosticCode(
        212, zh: "“{field}”应是1以上的整数；“{raw}”不是", en: "{field} must be a whole number of at least 1, found '{raw}'")
    public static let visitReason = DiagnosticCode(
        213, zh: "不予受理的，请写明“{field}”", en: "a visit not accepted (不予受理) needs {field}")
    public static let visitNotDutyDay = DiagnosticCode(
        214, zh: "{date}不是值班日，请写明“{field}”",
        en: "{date} is not a duty day of the plan; say who received the visit with {field}")
    public static let visitNewMatter = DiagnosticCode(
        215, zh: "“{field}”只能填“是”或“否”；“{raw}”不是", en: "{field} is true or false (是 or 否), not '{raw}'")
    public static let visitCaseLeader = DiagnosticCode(
        216, zh: "立案要有包案领导：请填写“{field}”", en: "the case needs its 包案 leader, {field}")
    public static let visitCaseUnit = DiagnosticCode(
        217, zh: "交办的案件要有责任单位：请填写“{field}”", en: "a 交办 case needs its responsible unit, {field}")
    public static let visitNoCase = DiagnosticCode(
        218, zh: "只有交办和包案才立案：这次处理方式不用填“{field}”", en: "only a 交办 or 包案 visit opens a case; {field} does not belong")
    public static let visitNotMapping = DiagnosticCode(
        219, zh: "登记内容应写成“键: 值”的形式", en: "a visit is a mapping of keys")
    public static let visitNestedNotMapping = DiagnosticCode(
        220, zh: "“{key}”下面应写{keys}", en: "'{key}' must be a mapping: {keys}")
    public static let visitNotText = DiagnosticCode(221, zh: "“{field}”应是文字", en: "{field} must be text")
}
