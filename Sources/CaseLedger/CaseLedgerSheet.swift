import CampaignSpec

/// The 接访台账 as the office keeps it in Excel: one row a case, with its visit, its leaders, its
/// deadlines and how it ended. For `ledger export -o FILE.xlsx`.
public enum CaseLedgerSheet {
    public static let sheetName = "接访台账"
    public static let header = [
        "序号", "案件编号", "受理日期", "来访人", "身份证号", "联系电话", "人数", "问题类别", "问题分类", "反映问题及诉求",
        "接访领导", "处理方式", "包案领导", "责任单位", "告知期限", "办结期限", "延期至", "状态", "办理结果", "答复日期",
        "满意度", "回访情况", "息诉罢访",
    ]

    /// The header and a row a case, in the order the cases were opened.
    public static func rows(visits: [Visit], cases: [PetitionCase], campaign: Campaign) -> [[String]] {
        let visitByNumber = Dictionary(visits.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        func name(_ id: String?) -> String {
            guard let id else { return "" }
            return campaign.leaders.first { $0.id == id }?.name ?? id
        }
        let body = cases.sorted { $0.number < $1.number }.enumerated().map { index, c -> [String] in
            let v = visitByNumber[c.number]
            return [
                String(index + 1), c.number, c.accepted, v?.name ?? "", v?.idNumber ?? "", v?.phone ?? "",
                v.map { String($0.persons) } ?? "", v?.category ?? "", v?.topic ?? "", v?.request ?? "",
                name(v?.leader), v?.disposition ?? "", name(c.leader), c.unit ?? "", c.notifyBy, c.finishBy,
                c.extendedTo ?? "", c.isOpen ? "办理中" : "已办结", c.result ?? "", c.replyDate ?? "", c.satisfaction ?? "",
                c.followUp ?? "", c.stopped.map { $0 ? "是" : "否" } ?? "",
            ]
        }
        return [header] + body
    }
}
