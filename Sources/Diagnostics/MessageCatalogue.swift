import Foundation

/// `docs/messages.md`: every code with its words in both languages, as `jiefang messages` prints
/// it. Generated from the catalogue, so the page cannot drift from what jiefang says.
public enum MessageCatalogue {
    static let areas: [(hundred: Int, title: String)] = [
        (1, "J01xx 活动文件 (the campaign file)"), (2, "J02xx 来访登记 (a visit)"), (3, "J03xx 台账 (the ledger)"),
        (4, "J04xx 表格与文档 (office files)"), (5, "J05xx 生成与打印 (building and printing)"),
        (6, "J06xx 网页与账号 (the web page and accounts)"), (7, "J07xx 命令行 (the command line)"),
        (8, "J08xx 约访与提醒 (appointments and reminders)"),
    ]

    public static func markdown() -> String {
        var out = """
            # 提示信息一览 (jiefang's messages)

            Every error and warning jiefang prints ends with its code, e.g. `[J0107]`. This page lists \
            each code with its Chinese text (the default) and its English text (`--lang en`, or a \
            `LANG` starting with `en`). A word in braces, such as `{leader}`, is filled in where the \
            problem is found.

            Generated from `Sources/Diagnostics/Catalogue+*.swift`: run \
            `swift run jiefang messages > docs/messages.md` after changing a message; a test fails \
            while this page is stale.

            """
        for area in areas {
            let codes = DiagnosticCode.all.filter { $0.number / 100 == area.hundred }
            out += "\n## \(area.title)\n\n| 代码 Code | 中文 | English |\n|---|---|---|\n"
            for code in codes {
                out += "| \(code) | \(cell(code.pattern.zh)) | \(cell(code.pattern.en)) |\n"
            }
        }
        return out
    }

    /// One code's entry, for `jiefang messages J0107`; nil for a code jiefang does not have.
    public static func entry(_ written: String) -> String? {
        let digits = written.uppercased().drop { $0 == "J" }
        guard let number = Int(digits), let code = DiagnosticCode.all.first(where: { $0.number == number }) else {
            return nil
        }
        return "\(code)\n  中文: \(code.pattern.zh)\n  English: \(code.pattern.en)\n"
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
