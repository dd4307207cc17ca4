// The campaign file's problems (J01xx): its YAML, its sections, the roster kept in a
// spreadsheet, and what is checked across sections. Chinese first, as the office reads them.
extension DiagnosticCode {
    static let campaignFile: [DiagnosticCode] = [
        notMapping, keyNotText, unknownKey, emptyValue, missingKey, notText, pinOnLeave, controlCharacter, notDate,
        leaderUnknown, leaderAmbiguous, rangeBackwards, rangeTooLong, notWholeNumber, tooSmall, tooLarge, notBoolean,
        notList, listItemNotText, listItemControl, campaignUnreadable, campaignNotUTF8, campaignEmpty, yamlSyntax,
        duplicateKey, fileUnreadable, calendarUnknown, noPhases, badID, hoursOverlap, hoursNotRange, hoursEmpty,
        siteKindUnknown, rosterUnreadable, rosterColumnUnknown, rosterColumnTwice, rosterColumnMissing,
        leadersFileForm, leadersNotList, principalNotBoolean, campaignTooLong, phaseDuplicate, phaseBackwards,
        phasesOutOfOrder, phasesOverlap, phaseSharedDay, rosterEmpty, leaderDuplicate, twoPrincipals, awayOutside,
        dateOutside, pinPhaseEmpty, pinDayForm, pinPhaseUnknown, pinNotDutyDay, pinOutside, pinDaySyntax,
        pinLeaderUnknown, pinsSameDay, pinsTooClose, siteDuplicate, noHolidayData, noDutyDays, leaveRosterInFile,
        leaveLeaderMissing, leaveByHand, campaignNoLeaders, issuedByHand,
    ]

    public static let notMapping = DiagnosticCode(
        101, zh: "{what}应写成“键: 值”的形式，这里写的是{found}",
        en: "{what} must be a mapping of keys to values, found {found}")
    public static let keyNotText = DiagnosticCode(
        102, zh: "{what}中有一个键不是普通文字", en: "{what} has a key that is not plain text")
    public static let unknownKey = DiagnosticCode(
        103, zh: "{what}中没有“{key}”这一项{hint}", en: "unknown key '{key}' in {what}{hint}")
    public static let emptyValue = DiagnosticCode(
        104, zh: "{what}中的“{key}”不能空着", en: "'{key}' in {what} must not be empty")
    public static let missingKey = DiagnosticCode(
        105, zh: "{what}缺少必填项“{key}”", en: "{what} is missing the required key '{key}'")
    public static let notText = DiagnosticCode(
        106, zh: "{what}中的“{key}”应是文字，这里写的是{found}", en: "'{key}' in {what} must be text, found {found}")
    public static let pinOnLeave = DiagnosticCode(
        107, zh: "{leader}{date}请假，不能固定在这一天", en: "pin puts {leader} on duty on {date}, a day they are away")
    public static let controlCharacter = DiagnosticCode(
        108, zh: "{what}中的“{key}”含有看不见的控制字符{character}，请删去",
        en: "'{key}' in {what} holds the control character {character}; remove it")
    public static let notDate = DiagnosticCode(
        109, zh: "“{key}”：“{raw}”不是日期，请写成“年-月-日”，如2026-09-01",
        en: "'{key}': '{raw}' is not a date; write it as YYYY-MM-DD")
    public static let leaderUnknown = DiagnosticCode(
        110, zh: "名单中没有“{written}”（名单：{roster}）{hint}", en: "no leader '{written}' in the roster ({roster}){hint}")
    public static let leaderAmbiguous = DiagnosticCode(
        111, zh: "名单中有{count}位“{written}”，请写编号（{ids}）",
        en: "'{written}' names {count} leaders; give the id ({ids})")
    public static let rangeBackwards = DiagnosticCode(
        112, zh: "“{key}”：时间段“{raw}”的结束日早于开始日", en: "'{key}': range '{raw}' ends before it starts")
    public static let rangeTooLong = DiagnosticCode(
        113, zh: "“{key}”：时间段“{raw}”超过{days}天", en: "'{key}': range '{raw}' is longer than {days} days")
    public static let notWholeNumber = DiagnosticCode(
        114, zh: "{what}中的“{key}”应是整数，这里写的是“{raw}”", en: "'{key}' in {what} must be a whole number, found '{raw}'")
    public static let tooSmall = DiagnosticCode(
        115, zh: "{what}中的“{key}”至少是{minimum}，这里是{value}",
        en: "'{key}' in {what} must be at least {minimum}, found {value}")
    public static let tooLarge = DiagnosticCode(
        116, zh: "{what}中的“{key}”最多是{maximum}，这里是{value}",
        en: "'{key}' in {what} must be at most {maximum}, found {value}")
    public static let notBoolean = DiagnosticCode(
        117, zh: "{what}中的“{key}”应写true或false，这里写的是“{raw}”",
        en: "'{key}' in {what} must be true or false, found '{raw}'")
    public static let notList = DiagnosticCode(
        118, zh: "{what}中的“{key}”应是列表（每项一行，以“- ”开头），这里写的是{found}",
        en: "'{key}' in {what} must be a list, found {found}")
    public static let listItemNotText = DiagnosticCode(
        119, zh: "{what}中“{key}”的每一项都应是文字，这里写的是{found}",
        en: "each item of '{key}' in {what} must be text, found {found}")
    public static let listItemControl = DiagnosticCode(
        120, zh: "{what}中“{key}”的一项含有看不见的控制字符{character}，请删去",
        en: "an item of '{key}' in {what} holds the control character {character}; remove it")
    public static let campaignUnreadable = DiagnosticCode(
        121, zh: "读不到活动文件", en: "cannot read the campaign file")
    public static let campaignNotUTF8 = DiagnosticCode(
        122, zh: "活动文件不是UTF-8编码的文字，请用UTF-8另存", en: "the campaign file is not UTF-8 text")
    public static let campaignEmpty = DiagnosticCode(123, zh: "活动文件是空的", en: "the campaign file is empty")
    public static let yamlSyntax = DiagnosticCode(
        124, zh: "YAML格式错误：{detail}（常见原因：缩进不齐、冒号后少了空格）", en: "YAML syntax: {detail}")
    public static let duplicateKey = DiagnosticCode(
        125, zh: "同一处写了两次{keys}", en: "duplicate key {keys} in one mapping")
    public static let fileUnreadable = DiagnosticCode(
        126, zh: "读不了这个文件：{detail}", en: "cannot read the file: {detail}")
    public static let calendarUnknown = DiagnosticCode(
        127, zh: "“calendar”只能是{names}，这里写的是“{raw}”{hint}", en: "'calendar' must be {names}, found '{raw}'{hint}")
    public static let noPhases = DiagnosticCode(
        128, zh: "“phases”至少要列出一个阶段", en: "'phases' must list at least one phase")
    public static let badID = DiagnosticCode(
        129, zh: "{what}的编号“{id}”只能用小写字母a-z、数字0-9和“-”（{pattern}）",
        en: "id '{id}' in {what} must use only a-z, 0-9 and '-' ({pattern})")
    public static let hoursOverlap = DiagnosticCode(
        130, zh: "接访时间“{raw}”开始时上一段还没结束", en: "reception hours '{raw}' start before the previous session ends")
    public static let hoursNotRange = DiagnosticCode(
        131, zh: "“hours”：“{raw}”不是时间段，请写成“时:分-时:分”，如08:30-12:00",
        en: "'hours': '{raw}' is not a time range; write it as HH:MM-HH:MM")
    public static let hoursEmpty = DiagnosticCode(
        132, zh: "“hours”至少要写一段接访时间", en: "'hours' must list at least one session")
    public static let siteKindUnknown = DiagnosticCode(
        133, zh: "{what}的“kind”只能是{kinds}之一，这里写的是“{raw}”{hint}",
        en: "'kind' of {what} must be one of {kinds}, found '{raw}'{hint}")
    public static let rosterUnreadable = DiagnosticCode(
        134, zh: "读不到名单文件“{path}”", en: "cannot read the roster file '{path}'")
    public static let rosterColumnUnknown = DiagnosticCode(
        135, zh: "名单中没有“{column}”这一列{hint}", en: "unknown column '{column}'{hint}")
    public static let rosterColumnTwice = DiagnosticCode(
        136, zh: "“{column}”这一列出现了两次", en: "column '{column}' appears twice")
    public static let rosterColumnMissing = DiagnosticCode(
        137, zh: "名单的表头缺少“{column}”这一列", en: "the roster's header row has no '{column}' column")
    public static let leadersFileForm = DiagnosticCode(
        138, zh: "名单放在文件里时，“leaders”写成 {csv: 文件} 或 {xlsx: 文件}，二者选一",
        en: "'leaders' kept in a file is written {csv: FILE} or {xlsx: FILE}, one of them")
    public static let leadersNotList = DiagnosticCode(
        139, zh: "“leaders”应是领导名单或 {csv: 文件}，这里写的是{found}",
        en: "'leaders' must be a list of leaders or {csv: FILE}, found {found}")
    public static let principalNotBoolean = DiagnosticCode(
        140, zh: "{what}的“principal”（第一责任人）应写是或否（true/false、yes/no、1/0），这里写的是“{raw}”",
        en: "'principal' in {what} must be true or false (or yes/no, 1/0, 是/否), found '{raw}'")
    public static let campaignTooLong = DiagnosticCode(
        141, zh: "活动共{days}天（{span}），jiefang最多安排{longest}天",
        en: "the campaign spans {days} days ({span}); jiefang plans campaigns of at most {longest} days")
    public static let phaseDuplicate = DiagnosticCode(
        142, zh: "阶段编号“{phase}”重复了（第{line}行已用过）", en: "duplicate phase id '{phase}' (first used at line {line})")
    public static let phaseBackwards = DiagnosticCode(
        143, zh: "阶段“{phase}”的结束日（{end}）早于开始日（{start}）", en: "phase '{phase}' ends ({end}) before it starts ({start})")
    public static let phasesOutOfOrder = DiagnosticCode(
        144, zh: "阶段要按日期先后排列：“{phase}”（{start}）排在“{previous}”（{previousStart}）之后，却开始得更早",
        en: "phases must be in date order: '{phase}' starts ({start}) before '{previous}' ({previousStart})")
    public static let phasesOverlap = DiagnosticCode(
        145, zh: "阶段“{phase}”与“{previous}”重叠了{days}天（{span}）；相邻阶段最多共用一天",
        en: "phase '{phase}' overlaps '{previous}' by {days} days ({span}); neighbours may share only one boundary day")
    public static let phaseSharedDay = DiagnosticCode(
        146, zh: "阶段“{phase}”开始的这天（{date}）也是“{previous}”的最后一天；这一天只算一次，算在“{previous}”",
        en: "phase '{phase}' starts on the day '{previous}' ends ({date}); that day is counted once, in '{previous}'")
    public static let rosterEmpty = DiagnosticCode(
        147, zh: "名单是空的：至少要有一位领导值班", en: "the roster is empty: at least one leader must be on duty")
    public static let leaderDuplicate = DiagnosticCode(
        148, zh: "领导编号“{id}”重复了（{first}已用过）", en: "duplicate leader id '{id}' (first used at {first})")
    public static let twoPrincipals = DiagnosticCode(
        149, zh: "有两位第一责任人：“{first}”和“{second}”；最多只能有一位",
        en: "two principals (第一责任人): '{first}' and '{second}'; at most one leader may be principal")
    public static let awayOutside = DiagnosticCode(
        150, zh: "“{leader}”的请假{span}完全在活动期间（{campaign}）之外；先保留着，日期挪到这里时才起作用",
        en:
            "away {span} of '{leader}' lies wholly outside the campaign ({campaign}); it is kept, and counts only if the dates move onto it"
    )
    public static let dateOutside = DiagnosticCode(
        151, zh: "{date}在活动期间（{campaign}）之外，不起作用", en: "{date} is outside the campaign ({campaign}) and has no effect")
    public static let pinPhaseEmpty = DiagnosticCode(
        152, zh: "固定值班日“{day}”：阶段“{phase}”没有值班日", en: "pin day '{day}': phase '{phase}' has no duty days")
    public static let pinDayForm = DiagnosticCode(
        153, zh: "固定值班日“{day}”应以“.first”（第一天）或“.last”（最后一天）结尾{hint}",
        en: "pin day '{day}' must end in '.first' or '.last'{hint}")
    public static let pinPhaseUnknown = DiagnosticCode(
        154, zh: "固定值班日“{day}”写的阶段“{phase}”不存在{hint}", en: "pin day '{day}' names unknown phase '{phase}'{hint}")
    public static let pinNotDutyDay = DiagnosticCode(
        155, zh: "固定值班日{date}不是值班日（按工作日历这天休息）",
        en: "pin day {date} is not a duty day (the working-days calendar skips it)")
    public static let pinOutside = DiagnosticCode(
        156, zh: "固定值班日{date}不在任何阶段之内", en: "pin day {date} is outside the campaign's phases")
    public static let pinDaySyntax = DiagnosticCode(
        157, zh: "固定值班日“{day}”应写日期（年-月-日）或“阶段.first”“阶段.last”",
        en: "pin day '{day}' must be a date (YYYY-MM-DD) or PHASE.first / PHASE.last")
    public static let pinLeaderUnknown = DiagnosticCode(
        158, zh: "固定值班写的领导“{leader}”不在名单中{hint}", en: "pin names unknown leader '{leader}'{hint}")
    public static let pinsSameDay = DiagnosticCode(
        159, zh: "{date}固定了两位领导：“{first}”（第{line}行）和“{second}”",
        en: "two pins on {date}: '{first}' (line {line}) and '{second}'")
    public static let pinsTooClose = DiagnosticCode(
        160, zh: "固定值班让“{leader}”在{first}和{second}都值班，间隔比休息天数（rest_days: {rest}）规定的短",
        en: "pins put '{leader}' on duty on {first} and {second}, closer than rest_days ({rest}) allows")
    public static let siteDuplicate = DiagnosticCode(
        161, zh: "张贴点编号“{id}”重复了（第{line}行已用过）", en: "duplicate site id '{id}' (first used at line {line})")
    public static let noHolidayData = DiagnosticCode(
        162, zh: "没有{year}年的法定节假日数据：这一年只跳过周末；请在“holidays”写节假日，在“workdays”写调休上班日",
        en:
            "no official holiday data for {year}: only weekends are skipped that year; list its holidays under 'holidays' and make-up workdays under 'workdays'"
    )
    public static let noDutyDays = DiagnosticCode(
        163, zh: "活动期间没有一个值班日", en: "the campaign has no duty days")
    public static let leaveRosterInFile = DiagnosticCode(
        164, zh: "名单放在单独的文件里；请在那里“{leader}”的请假一栏加上{span}",
        en: "the roster is kept in its own file; add the leave ({span}) to the away column of '{leader}' there")
    public static let leaveLeaderMissing = DiagnosticCode(
        165, zh: "名单中没有“{leader}”", en: "there is no leader '{leader}' in the roster")
    public static let leaveByHand = DiagnosticCode(
        166, zh: "无法自动给“{leader}”加上请假，请手工写上 away: {span}",
        en: "cannot add the leave of '{leader}' to this entry by machine; add away: {span} by hand")
    public static let issuedByHand = DiagnosticCode(
        168, zh: "无法自动修改发布日期，请手工把活动文件中的 issued 改为{date}",
        en: "cannot set the issued date by machine; change 'issued' to {date} by hand")
    public static let campaignNoLeaders = DiagnosticCode(
        167, zh: "活动文件中没有“leaders”（领导名单）", en: "the campaign file has no 'leaders'")
}
