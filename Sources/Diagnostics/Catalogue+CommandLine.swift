// The command line's own problems (J07xx): what it reads and writes itself.
extension DiagnosticCode {
    static let commandLine: [DiagnosticCode] = [
        inputUnreadable, campaignExists, starterMissing, serverStopped, campaignUnwritable, reportNeedsCase,
        reportCaseMissing,
    ]

    public static let inputUnreadable = DiagnosticCode(
        701, zh: "读不出来访内容：不是UTF-8编码的文字", en: "cannot read the visit as UTF-8 text")
    public static let campaignExists = DiagnosticCode(
        702, zh: "这里已有活动文件，不会覆盖它", en: "a campaign file already exists here; not overwriting it")
    public static let starterMissing = DiagnosticCode(
        703, zh: "这个版本缺少起步用的活动文件", en: "the starter campaign is missing from this build")
    public static let serverStopped = DiagnosticCode(
        704, zh: "网页服务停止了：无法在{host}:{port}上提供；是不是有别的程序占用了这个端口？",
        en: "the web page stopped: cannot serve on {host}:{port}; is another program using that port?")
    public static let campaignUnwritable = DiagnosticCode(
        705, zh: "无法写入活动文件：{detail}", en: "cannot write the campaign file: {detail}")
    public static let reportNeedsCase = DiagnosticCode(
        706, zh: "请写明是哪件案件：jiefang report case 活动文件 案件编号",
        en: "say which case: jiefang report case CAMPAIGN NUMBER")
    public static let reportCaseMissing = DiagnosticCode(
        707, zh: "截至{date}，台账中没有案件{number}", en: "there is no case {number} in the ledger (as of {date})")
}
