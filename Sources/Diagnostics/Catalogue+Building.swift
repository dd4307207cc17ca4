// Building and printing (J05xx): the planner, the previous schedule, templates, schedule.xml,
// the output folder, PDFs, and a leave written from the web page.
extension DiagnosticCode {
    static let building: [DiagnosticCode] = [
        leaveUnreadable, leaveNotWritten, leaveUnwritable, noPlan, previousUnreadable, previousUnusable, noChineseFont,
        templatesBroken, sampleMissing, templateFileExists, templatesUnwritable, templateUnsupported,
        templateUnterminated, templateFlag, templateList, templateAlwaysPresent, templateTextSection,
        templateCloseUnopened, templateCloseMismatch, templatePartialUnknown, templateIncludesSelf,
        templateNeverClosed, templateNotKey, templateUnknownKey, templateNoSubKey, templateMissing, templateSyntax,
        templatesFolderMissing, notATemplate, templateUnreadable, templateNotUTF8, scheduleBreaksSchema, xmlProblem,
        xmlNotWellFormed, schemaNotCompiled, outOfMemory, schemaMismatch, schemaMissing, scheduleEmpty,
        scheduleOtherCampaign, scheduleDate, outputLock, outputStaging, outputIsFile, outputUnreadable,
        outputForeign, outputFlush, outputCreate, outputReplace, outputWrite, outputFinish, outputBusy,
        outputRecovered, chromiumNotExecutable, chromiumMissing, pdfFailed, staleIssued, pdfsSkipped, campaignNoLoad,
    ]

    public static let leaveUnreadable = DiagnosticCode(
        501, zh: "读不到活动文件，无法写入请假", en: "cannot read the campaign file")
    public static let leaveNotWritten = DiagnosticCode(
        502, zh: "请假没有写进活动文件，请手工添加", en: "the leave did not land in the file; add it by hand")
    public static let leaveUnwritable = DiagnosticCode(
        503, zh: "无法把请假写入活动文件", en: "cannot write the leave into the campaign file")
    public static let noPlan = DiagnosticCode(504, zh: "排不出值班表：{why}", en: "no duty roster is possible: {why}")
    public static let previousUnreadable = DiagnosticCode(
        505, zh: "读不到上一版值班表", en: "cannot read the previous schedule")
    public static let previousUnusable = DiagnosticCode(
        506, zh: "上一版值班表不能用：{detail}", en: "not a usable previous schedule: {detail}")
    public static let noChineseFont = DiagnosticCode(
        507, zh: "没有安装中文字体（fc-list :lang=zh 找不到），PDF中的汉字会显示成方框；请安装一个（Debian：apt-get install fonts-noto-cjk）",
        en:
            "no font with Chinese characters is installed (fc-list :lang=zh finds none), so the PDFs will show empty boxes; install one (Debian: apt-get install fonts-noto-cjk)"
    )
    public static let templatesBroken = DiagnosticCode(508, zh: "模板有错误", en: "the templates are broken")
    public static let sampleMissing = DiagnosticCode(
        509, zh: "这个版本缺少示例活动文件", en: "the sample campaign is missing from this build")
    public static let templateFileExists = DiagnosticCode(
        510, zh: "这里已有同名文件，不会覆盖它（请导出到空文件夹）",
        en: "a file of this name is already here; not overwriting it (export into an empty folder)")
    public static let templatesUnwritable = DiagnosticCode(
        511, zh: "无法在这里写入模板：{detail}", en: "cannot write the templates here: {detail}")
    public static let templateUnsupported = DiagnosticCode(
        512, zh: "jiefang模板不支持{what}", en: "{what} is not supported in jiefang templates")
    public static let templateUnterminated = DiagnosticCode(
        513, zh: "这个标记没有用 }} 结束", en: "this tag is never closed with }}")
    public static let templateFlag = DiagnosticCode(
        514, zh: "“{name}”是“是/否”值，请写成 {{#{name}}}…{{/{name}}}",
        en: "'{name}' is a yes/no value; use it as {{#{name}}}…{{/{name}}}")
    public static let templateList = DiagnosticCode(
        515, zh: "“{name}”含有多项内容，请写成 {{#{name}}}…{{/{name}}}",
        en: "'{name}' holds several values; open it as {{#{name}}}…{{/{name}}}")
    public static let templateAlwaysPresent = DiagnosticCode(
        516, zh: "“{name}”总是有值，{{^{name}}} 里的内容永远不会显示",
        en: "'{name}' is always present; {{^{name}}} would never show")
    public static let templateTextSection = DiagnosticCode(
        517, zh: "“{name}”是文字，不是“是/否”值或列表；请直接写 {{{name}}}",
        en: "'{name}' is text, not a yes/no value or a list; print it with {{{name}}}")
    public static let templateCloseUnopened = DiagnosticCode(
        518, zh: "{{/{name}}} 要结束的段落从没开始过", en: "{{/{name}}} closes a section that was never opened")
    public static let templateCloseMismatch = DiagnosticCode(
        519, zh: "{{/{name}}} 结束的是第{line}行第{column}列开始的“{open}”",
        en: "{{/{name}}} closes '{open}', opened at line {line}, column {column}")
    public static let templatePartialUnknown = DiagnosticCode(
        520, zh: "没有名为“{name}”的模板可以引入{hint}", en: "no template named '{name}' to include{hint}")
    public static let templateIncludesSelf = DiagnosticCode(
        521, zh: "“{name}”引入了它自己", en: "'{name}' includes itself")
    public static let templateNeverClosed = DiagnosticCode(
        522, zh: "段落“{name}”没有用 {{/{name}}} 结束", en: "section '{name}' is never closed with {{/{name}}}")
    public static let templateNotKey = DiagnosticCode(
        523, zh: "“{name}”不是键名；请写出值的名字，如 {{text}}", en: "'{name}' is not a key; name the value, e.g. {{text}}")
    public static let templateUnknownKey = DiagnosticCode(
        524, zh: "没有“{key}”这个键{hint}（可用的键见 Templates/KEYS.md）", en: "unknown key '{key}'{hint}")
    public static let templateNoSubKey = DiagnosticCode(
        525, zh: "“{name}”：这里没有“{part}”这个键{hint}", en: "'{name}': no key '{part}' here{hint}")
    public static let templateMissing = DiagnosticCode(
        526, zh: "这个版本缺少模板{name}", en: "the template {name} is missing from this build")
    public static let templateSyntax = DiagnosticCode(527, zh: "模板语法错误：{detail}", en: "template syntax: {detail}")
    public static let templatesFolderMissing = DiagnosticCode(
        528, zh: "这里没有模板文件夹", en: "no templates folder here")
    public static let notATemplate = DiagnosticCode(
        529, zh: "这不是jiefang的模板{hint}（模板有：{names}）", en: "not a jiefang template{hint} (templates: {names})")
    public static let templateUnreadable = DiagnosticCode(530, zh: "读不到这个模板", en: "cannot read this template")
    public static let templateNotUTF8 = DiagnosticCode(
        531, zh: "这个模板不是UTF-8编码的文字", en: "this template is not UTF-8 text")
    public static let scheduleBreaksSchema = DiagnosticCode(
        532, zh: "schedule.xml不符合{schema}：{detail}", en: "schedule.xml breaks {schema}: {detail}")
    public static let xmlProblem = DiagnosticCode(533, zh: "XML有误：{detail}", en: "{detail}")
    public static let xmlNotWellFormed = DiagnosticCode(534, zh: "XML格式不正确", en: "not well-formed XML")
    public static let schemaNotCompiled = DiagnosticCode(
        535, zh: "结构定义（XSD）无法编译：{detail}", en: "the schema could not be compiled: {detail}")
    public static let outOfMemory = DiagnosticCode(536, zh: "内存不足", en: "out of memory")
    public static let schemaMismatch = DiagnosticCode(
        537, zh: "文件不符合结构定义（XSD）", en: "the document does not match the schema")
    public static let schemaMissing = DiagnosticCode(
        538, zh: "这个版本缺少结构定义（XSD）", en: "the schema is missing from this build")
    public static let scheduleEmpty = DiagnosticCode(539, zh: "文件是空的", en: "the document is empty")
    public static let scheduleOtherCampaign = DiagnosticCode(
        540, zh: "这份值班表属于另一个活动：{differences}", en: "this schedule belongs to another campaign: {differences}")
    public static let scheduleDate = DiagnosticCode(
        541, zh: "“{key}”：“{raw}”不是日期", en: "'{key}': '{raw}' is not a YYYY-MM-DD date")
    public static let outputLock = DiagnosticCode(
        542, zh: "无法在这里建立生成锁：{detail}", en: "cannot create the build lock here: {detail}")
    public static let outputStaging = DiagnosticCode(
        543, zh: "无法在这里建立生成文件夹：{detail}", en: "cannot create the build folder here: {detail}")
    public static let outputIsFile = DiagnosticCode(
        544, zh: "这是一个文件，不是文件夹；请用 -o 另选输出文件夹",
        en: "this is a file, not a folder; choose another output folder with -o")
    public static let outputUnreadable = DiagnosticCode(545, zh: "读不了这个文件夹", en: "cannot read this folder")
    public static let outputForeign = DiagnosticCode(
        546, zh: "这个文件夹里有{count}个不是jiefang生成的文件（{shown}）；jiefang会整体替换输出文件夹，请把它们移走，或用 -o 另选文件夹。什么都没有改动",
        en:
            "this folder holds {count} file(s) jiefang did not write ({shown}); jiefang replaces its output folder whole, so move them elsewhere or choose another folder with -o. Nothing was changed"
    )
    public static let outputFlush = DiagnosticCode(
        547, zh: "无法把新文件写到磁盘上：{detail}；原来的输出没有改动",
        en: "cannot flush the new files to disk: {detail}; the old output is unchanged")
    public static let outputCreate = DiagnosticCode(
        548, zh: "无法建立输出文件夹：{detail}", en: "cannot create the output folder: {detail}")
    public static let outputReplace = DiagnosticCode(
        549, zh: "无法替换输出文件夹：{detail}；原来的输出没有改动",
        en: "cannot replace the output folder: {detail}; the old output is unchanged")
    public static let outputWrite = DiagnosticCode(
        550, zh: "无法写入这个文件：{detail}；原来的输出没有改动",
        en: "cannot write this file: {detail}; the old output is unchanged")
    public static let outputFinish = DiagnosticCode(
        551, zh: "无法完成生成文件夹：{detail}；原来的输出没有改动",
        en: "cannot finish the build folder: {detail}; the old output is unchanged")
    public static let outputBusy = DiagnosticCode(
        552, zh: "另一个jiefang生成{who}正在写入{path}", en: "another jiefang build{who} is writing {path}")
    public static let outputRecovered = DiagnosticCode(
        553, zh: "上一次生成在替换文件时被中断；已从{name}把原来的输出放回原处",
        en:
            "an earlier build was stopped while swapping in its files; the previous output was put back in place from {name}"
    )
    public static let chromiumNotExecutable = DiagnosticCode(
        554,
        zh:
            "--chromium {path} 不是可执行文件；请安装Chromium（Debian：apt-get install chromium-headless-shell fonts-noto-cjk），或用 --chromium 路径 指定",
        en:
            "--chromium {path} is not an executable file; install it (Debian: apt-get install chromium-headless-shell fonts-noto-cjk) or give its path with --chromium PATH"
    )
    public static let chromiumMissing = DiagnosticCode(
        555,
        zh:
            "生成PDF需要Chromium，但PATH中没有；请安装（Debian：apt-get install chromium-headless-shell fonts-noto-cjk），或用 --chromium 路径 指定",
        en:
            "--pdf needs Chromium, and none is on PATH; install it (Debian: apt-get install chromium-headless-shell fonts-noto-cjk) or give its path with --chromium PATH"
    )
    public static let pdfFailed = DiagnosticCode(556, zh: "打印PDF失败：{why}", en: "printing to PDF failed: {why}")
    public static let staleIssued = DiagnosticCode(
        557, zh: "值班安排变了，但发布日期issued（{issued}）不晚于上一版（{previous}）；请改成新公告张贴的日期",
        en:
            "the plan changed, but 'issued' ({issued}) is not later than the previous plan's ({previous}); set it to the day the new notice is published"
    )
    public static let pdfsSkipped = DiagnosticCode(
        558, zh: "其他文件已写入{output}/，没有PDF", en: "the other files were written to {output}/, without PDFs")
    public static let campaignNoLoad = DiagnosticCode(
        559, zh: "生成的活动文件无法载入", en: "the generated campaign does not load")
}
