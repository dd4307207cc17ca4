import Diagnostics

/// The parts of the campaign file that messages name, in both languages; the keys themselves
/// stay as written in the file.
extension Phrase {
    static let theCampaign = Phrase(zh: "活动文件", en: "the campaign")
    static let leadersKey = Phrase(zh: "leaders（领导名单）", en: "leaders")
    static let office = Phrase(zh: "office（信访办）", en: "office")
    static let reception = Phrase(zh: "reception（接访安排）", en: "reception")
    static let deadlines = Phrase(zh: "deadlines（办理期限）", en: "deadlines")
    static let rules = Phrase(zh: "rules（排班规则）", en: "rules")
    static let rosterFile = Phrase(zh: "名单文件", en: "the roster file")

    static func leader(_ n: Int) -> Phrase { Phrase(zh: "第\(n)位领导", en: "leader \(n)") }
    static func phase(_ n: Int) -> Phrase { Phrase(zh: "第\(n)个阶段", en: "phase \(n)") }
    static func pin(_ n: Int) -> Phrase { Phrase(zh: "第\(n)条固定值班", en: "pin \(n)") }
    static func site(_ n: Int) -> Phrase { Phrase(zh: "第\(n)个张贴点", en: "site \(n)") }
}

extension CivilDate {
    /// `2026年9月1日` in Chinese, `2026-09-01` in English.
    public var phrase: Phrase { Phrase(zh: chineseFull, en: iso) }
}

extension DateSpan {
    /// `2026年9月1日至9月5日` in Chinese, `2026-09-01..2026-09-05` in English.
    public var phrase: Phrase {
        start == end
            ? start.phrase
            : Phrase(
                zh: start.chineseFull + "至" + (start.year == end.year ? end.chineseMonthDay : end.chineseFull), en: text
            )
    }
}
