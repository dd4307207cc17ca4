// The office's files (J04xx): CSV and Excel tables read, workbooks and documents written.
extension DiagnosticCode {
    static let officeFiles: [DiagnosticCode] = [
        tableUnreadable, tableEncoding, tableEmpty, tableQuote, tableRowWidth, workbookDamaged, workbookCell,
        documentUnwritable, tableTextAfterQuote, workbookNumber,
    ]

    public static let tableUnreadable = DiagnosticCode(401, zh: "读不到这个文件", en: "cannot read this file")
    public static let tableEncoding = DiagnosticCode(
        402, zh: "这个文件既不是UTF-8也不是GB18030（GBK）编码；请在Excel中另存为“CSV（逗号分隔）”或“CSV UTF-8”",
        en: "this file is neither UTF-8 nor GB18030 (GBK) text; save it from Excel as CSV (逗号分隔) or CSV UTF-8")
    public static let tableEmpty = DiagnosticCode(
        403, zh: "文件是空的：第一行应是表头", en: "the file is empty; it needs a header row")
    public static let tableQuote = DiagnosticCode(
        404, zh: "有一个引号开头的单元格没有结束引号", en: "a quoted field is never closed")
    public static let tableRowWidth = DiagnosticCode(
        405, zh: "这一行有{count}格，表头有{header}格", en: "this row has {count} fields, the header has {header}")
    public static let workbookDamaged = DiagnosticCode(
        406, zh: "不是可用的Excel工作簿（.xlsx）：{why}；请用Excel或WPS打开后重新保存",
        en: "not a usable Excel workbook (.xlsx): {why}; open it in Excel or WPS and save it again")
    public static let workbookCell = DiagnosticCode(
        407, zh: "这个单元格引用了第{index}个共享字符串，但工作簿只有{count}个；请用Excel或WPS重新保存",
        en: "the cell refers to shared string '{index}', but the workbook has {count}; save it again in Excel or WPS")
    public static let documentUnwritable = DiagnosticCode(
        408, zh: "无法生成文档（压缩打包失败，可能内存不足）；什么都没有写入",
        en: "cannot put the document together (the zip archive failed: out of memory?); nothing was written")
    public static let tableTextAfterQuote = DiagnosticCode(
        409, zh: "结束引号后面还有文字；引号内的引号要写两遍",
        en: "text after a closing quote; double a quote inside a quoted field")
    public static let workbookNumber = DiagnosticCode(
        410, zh: "这个单元格的内容“{raw}”不是数字", en: "the cell holds '{raw}', which is not a number")
}
