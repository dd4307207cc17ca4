// The ledger's problems (J03xx): opening it, case actions refused by the rules, 告知 and
// letters, import, export, backup and the integrity check.
extension DiagnosticCode {
    static let ledger: [DiagnosticCode] = [
        ledgerMissing, ledgerUnreadable, ledgerNewer, ledgerOtherCampaign, ledgerRefused, caseClosed, caseMissing,
        ledgerIntegrity, backupFailed, fileExists, importRefused, importColumnTwice, exportKind, fileUnwritable,
        accountExists, accountMissing, importColumnUnknown, noticeMethod, importDate, letterVisitMissing,
        ledgerCreate, ledgerRead, caseClosedExtend, caseExtendedOnce, caseExtendDays, caseAlreadyClosed,
        caseSatisfaction, caseIsOpen, caseStepBefore, visitNotInLedger, checkIDNumber, checkNoCase,
        checkAcceptedDate, checkDeadlines, checkClosedIncomplete, checkExtension, checkDangling, noticeNotOwed,
        noticeRecorded, noticeBeforeVisit, importExtension, importClosing, importProgress, letterNotAnswering,
        letterReplyOpen, letterBeforeVisit, importErrors, backupCorrupt, backupKeep,
    ]

    public static let ledgerMissing = DiagnosticCode(
        301, zh: "这里还没有台账；登记第一次来访（jiefang visit add）时会自动建立",
        en: "there is no ledger here yet; `jiefang visit add` starts it")
    public static let ledgerUnreadable = DiagnosticCode(
        302, zh: "这不是jiefang能打开的台账：{detail}", en: "not a ledger jiefang can open: {detail}")
    public static let ledgerNewer = DiagnosticCode(
        303, zh: "这本台账是更新版本的jiefang写的，请用那个版本（或更新的版本）打开",
        en: "this ledger was written by a newer jiefang; open it with that version (or newer)")
    public static let ledgerOtherCampaign = DiagnosticCode(
        304, zh: "这本台账属于另一个活动：{organization}的“{title}”（本活动：{thisOrganization}的“{thisTitle}”）",
        en:
            "this ledger belongs to another campaign: '{title}' of '{organization}' (this campaign: '{thisTitle}' of '{thisOrganization}')"
    )
    public static let ledgerRefused = DiagnosticCode(
        305, zh: "台账没有接受这次修改：{detail}", en: "the ledger refused the change: {detail}")
    public static let caseClosed = DiagnosticCode(
        306, zh: "案件{number}已办结；要记录进展，请先重新打开", en: "case {number} is closed; reopen it first")
    public static let caseMissing = DiagnosticCode(
        307, zh: "台账中没有案件{number}", en: "there is no case {number} in the ledger")
    public static let ledgerIntegrity = DiagnosticCode(
        308, zh: "SQLite完整性检查发现问题：{detail}", en: "SQLite's integrity check: {detail}")
    public static let backupFailed = DiagnosticCode(
        309, zh: "无法复制台账：{detail}", en: "cannot copy the ledger: {detail}")
    public static let fileExists = DiagnosticCode(
        310, zh: "这里已有同名文件，不会覆盖它；请换个文件名", en: "a file is already here; not overwriting it")
    public static let importRefused = DiagnosticCode(
        311, zh: "只能从.csv或.xlsx文件导入台账", en: "the ledger can be read from a .csv or .xlsx file")
    public static let importColumnTwice = DiagnosticCode(
        312, zh: "“{column}”这一列出现了两次", en: "column '{column}' appears twice")
    public static let exportKind = DiagnosticCode(
        313, zh: "台账只能导出为.csv或.xlsx文件", en: "the ledger can be written to a .csv or .xlsx file")
    public static let fileUnwritable = DiagnosticCode(314, zh: "无法写入这个文件", en: "cannot write this file")
    public static let accountExists = DiagnosticCode(
        315, zh: "已有账号“{name}”；要替换，请先删除它", en: "there is already an account '{name}'; remove it first to replace it")
    public static let accountMissing = DiagnosticCode(316, zh: "没有账号“{name}”", en: "there is no account '{name}'")
    public static let importColumnUnknown = DiagnosticCode(
        317, zh: "台账中没有“{column}”这一列{hint}", en: "unknown column '{column}'{hint}")
    public static let noticeMethod = DiagnosticCode(
        318, zh: "告知方式只能是{methods}，不能是“{raw}”", en: "a 告知 is given {methods}, not '{raw}'")
    public static let importDate = DiagnosticCode(
        319, zh: "“{column}”应是日期，如2026-09-01；“{raw}”不是", en: "'{column}' must be a YYYY-MM-DD date, found '{raw}'")
    public static let letterVisitMissing = DiagnosticCode(
        320, zh: "台账中没有来访{number}，无法出具告知书", en: "there is no visit {number} in the ledger")
    public static let ledgerCreate = DiagnosticCode(
        321, zh: "无法建立台账：{detail}", en: "cannot create the ledger: {detail}")
    public static let ledgerRead = DiagnosticCode(322, zh: "读不了台账：{detail}", en: "cannot read the ledger: {detail}")
    public static let caseClosedExtend = DiagnosticCode(
        323, zh: "案件{number}已办结；要延期，请先重新打开", en: "case {number} is closed; reopen it before extending it")
    public static let caseExtendedOnce = DiagnosticCode(
        324, zh: "案件{number}已延期至{date}；一件案件最多延期一次",
        en: "case {number} was already extended to {date}; a case is extended once at most")
    public static let caseExtendDays = DiagnosticCode(
        325, zh: "案件{number}只能延期1至{limit}天，不能延期{days}天",
        en: "case {number} may be extended by 1 to {limit} days, not {days}")
    public static let caseAlreadyClosed = DiagnosticCode(
        326, zh: "案件{number}已经办结了", en: "case {number} is already closed")
    public static let caseSatisfaction = DiagnosticCode(
        327, zh: "案件{number}的满意度不能填“{raw}”，请选{allowed}",
        en: "case {number} cannot be closed as '{raw}': say {allowed}")
    public static let caseIsOpen = DiagnosticCode(
        328, zh: "案件{number}还没有办结，不用重新打开", en: "case {number} is open")
    public static let caseStepBefore = DiagnosticCode(
        329, zh: "案件{number}不能记在{day}：早于它的上一步（{earliest}）",
        en: "case {number} cannot change on {day}, before {earliest}, its last step")
    public static let visitNotInLedger = DiagnosticCode(
        330, zh: "台账中没有来访{number}", en: "there is no visit {number} in the ledger")
    public static let checkIDNumber = DiagnosticCode(331, zh: "来访{number}：{why}", en: "visit {number}: {why}")
    public static let checkNoCase = DiagnosticCode(
        332, zh: "来访{number}的处理方式是{disposition}，却不属于任何案件",
        en: "visit {number} is {disposition} but belongs to no case")
    public static let checkAcceptedDate = DiagnosticCode(
        333, zh: "案件{number}：受理日期“{raw}”不是日期", en: "case {number}: accepted date '{raw}' is not a date")
    public static let checkDeadlines = DiagnosticCode(
        334, zh: "案件{number}：期限与{accepted}受理推算的不符",
        en: "case {number}: its deadlines do not follow from its acceptance on {accepted}")
    public static let checkClosedIncomplete = DiagnosticCode(
        335, zh: "案件{number}已办结，却缺少办理结果、答复日期或满意度",
        en: "case {number} is closed without its result, reply date or satisfaction")
    public static let checkExtension = DiagnosticCode(
        336, zh: "案件{number}延期了{days}天，超过了{limit}天", en: "case {number} was extended by {days} days, more than {limit}")
    public static let checkDangling = DiagnosticCode(
        337, zh: "{table}中有一条记录指向不存在的内容", en: "a dangling reference in {table}")
    public static let noticeNotOwed = DiagnosticCode(
        338, zh: "来访{number}已当场处理（{disposition}），不需要告知",
        en: "visit {number} was settled on the spot ({disposition}); it owes no 告知")
    public static let noticeRecorded = DiagnosticCode(
        339, zh: "来访{number}的告知已经登记过了（{date}，{method}）",
        en: "the 告知 of {number} was recorded already ({date}, {method})")
    public static let noticeBeforeVisit = DiagnosticCode(
        340, zh: "告知日期{day}早于来访日期{visit}", en: "a 告知 on {day} would come before the visit itself ({visit})")
    public static let importExtension = DiagnosticCode(
        341, zh: "延期要写延期天数（整数）和“延期日期”；这里写的是“{raw}”",
        en: "an extension needs whole days and its date ('延期日期'), found '{raw}'")
    public static let importClosing = DiagnosticCode(
        342, zh: "已办结的案件要有办理结果、答复日期和满意度",
        en: "a closed case needs its result, reply date and satisfaction")
    public static let importProgress = DiagnosticCode(
        343, zh: "办理进展每行写成“年-月-日 谁：做了什么”；这一行是“{raw}”",
        en: "a progress line is 'YYYY-MM-DD who：what', found '{raw}'")
    public static let letterNotAnswering = DiagnosticCode(
        344, zh: "来访{number}的处理方式是{disposition}；{letter}只用于{answers}",
        en: "visit {number} was handled {disposition}; a {letter} answers {answers}")
    public static let letterReplyOpen = DiagnosticCode(
        345, zh: "信访事项处理意见书在案件办结、有了办理结果后才能出具；{number}还没有办结",
        en: "the 信访事项处理意见书 answers a case once it is closed with its result; {number} is not")
    public static let letterBeforeVisit = DiagnosticCode(
        346, zh: "告知书日期{day}早于来访日期{visit}", en: "a letter on {day} would come before the visit ({visit})")
    public static let importErrors = DiagnosticCode(
        347, zh: "这个文件有{count}处错误，什么都没有导入", en: "{count} error(s) in this file; nothing was imported")
    public static let backupCorrupt = DiagnosticCode(
        348, zh: "这份备份没有通过SQLite完整性检查，已删除：{detail}",
        en: "the copy fails SQLite's integrity check and was deleted: {detail}")
    public static let backupKeep = DiagnosticCode(
        349, zh: "--keep 是要保留的备份份数，至少1份，不能是{keep}", en: "--keep is how many copies to keep, at least 1, not {keep}")
}
