import CampaignSpec
import PlainText

extension PetitionCase {
    /// Open and past its deadline on `asOf`: the deadline day itself is still in time.
    public func isOverdue(asOf: CivilDate) -> Bool { isOpen && due < asOf.iso }

    /// Open and due within `days` days of `asOf` (not yet overdue).
    public func isDue(within days: Int, asOf: CivilDate) -> Bool {
        isOpen && due >= asOf.iso && due <= asOf.adding(days: days).iso
    }
}

/// The ledger's lists for the terminal and as JSON (SPEC §7). ID numbers are always masked here.
public enum LedgerText {
    /// - Parameter campaign: for the receiving leaders' names and titles.
    public static func visitsTable(_ visits: [Visit], campaign: Campaign) -> String {
        var rows = [["编号", "日期", "时间", "人数", "信访人", "身份证号", "接访领导", "处理方式", "案件"]]
        for v in visits {
            rows.append([
                v.number, v.date, v.time, String(v.persons) + (v.isGroup ? " 集体访" : ""), v.name,
                v.idNumber.map(IDNumber.masked) ?? "-", campaign.leaderLabel(v.leader), v.disposition,
                v.caseNumber ?? "-",
            ])
        }
        return PlainText.align(rows)
    }

    public static func visitsJSON(_ visits: [Visit]) -> String {
        let items = visits.map { v in
            "{\"number\": \(PlainText.quote(v.number)), \"date\": \(PlainText.quote(v.date)), \"time\": \(PlainText.quote(v.time)), "
                + "\"persons\": \(v.persons), \"petitioner\": {\"name\": \(PlainText.quote(v.name)), \"id_number\": "
                + "\(v.idNumber.map { PlainText.quote(IDNumber.masked($0)) } ?? "null")}, \"disposition\": \(PlainText.quote(v.disposition)), "
                + "\"case\": \(v.caseNumber.map(PlainText.quote) ?? "null")}"
        }
        return list(items)
    }

    /// - Parameters:
    ///   - campaign: for the 包案 leaders' names and titles.
    ///   - notices: the matters owed a 告知 as of `asOf`, by visit number.
    public static func casesTable(
        _ cases: [PetitionCase], asOf: CivilDate, campaign: Campaign, notices: [String: NoticeDue]
    ) -> String {
        var rows = [["编号", "包案领导", "责任单位", "状态", "受理", "告知期限", "告知", "办结期限", "延期至", "超期"]]
        for c in cases {
            let notice = notices[c.number]
            rows.append([
                c.number, campaign.leaderLabel(c.leader), c.unit ?? "-", c.isOpen ? "办理中" : "已办结", c.accepted,
                c.notifyBy, notice?.notice.map { "\($0.date) \($0.method)" } ?? "未告知", c.finishBy, c.extendedTo ?? "-",
                overdue(c, notice, asOf),
            ])
        }
        return PlainText.align(rows)
    }

    /// 告知超期, 办结超期, both or neither.
    static func overdue(_ c: PetitionCase, _ notice: NoticeDue?, _ asOf: CivilDate) -> String {
        [notice?.isOverdue(asOf: asOf) == true ? "告知超期" : nil, c.isOverdue(asOf: asOf) ? "办结超期" : nil]
            .compactMap { $0 }.joined(separator: "、")
    }

    /// The matters that opened no case (转送, 不予受理) and are past their 告知 deadline untold.
    public static func noticesOverdueTable(_ notices: [NoticeDue], asOf: CivilDate) -> String {
        let late = notices.filter { $0.visit.caseNumber == nil && $0.isOverdue(asOf: asOf) }
        guard !late.isEmpty else { return "" }
        var rows = [["编号", "处理方式", "受理", "告知期限", "超期"]]
        for n in late { rows.append([n.visit.number, n.visit.disposition, n.visit.date, n.notifyBy, "告知超期"]) }
        return "\n转送、不予受理事项告知超期：\n" + PlainText.align(rows)
    }

    /// `leader` is the id, as scripts match it; `leader_name` the name and title, as people read it.
    /// `notified` is the 告知 given by `asOf` (`{date, method}` or null); `notify_overdue` whether
    /// it is past its deadline untold, `overdue` whether the case is past its finishing deadline.
    public static func casesJSON(
        _ cases: [PetitionCase], asOf: CivilDate, campaign: Campaign, notices: [String: NoticeDue]
    ) -> String {
        list(
            cases.map { c in
                "{\"number\": \(PlainText.quote(c.number)), \"visit\": \(PlainText.quote(c.number)), \"leader\": \(PlainText.quote(c.leader)), "
                    + "\"leader_name\": \(PlainText.quote(campaign.leaderLabel(c.leader))), "
                    + "\"unit\": \(c.unit.map(PlainText.quote) ?? "null"), \"status\": \(PlainText.quote(c.status)), "
                    + "\"accepted\": \(PlainText.quote(c.accepted)), \"notify_by\": \(PlainText.quote(c.notifyBy)), "
                    + "\"finish_by\": \(PlainText.quote(c.finishBy)), \"extended_to\": \(c.extendedTo.map(PlainText.quote) ?? "null"), "
                    + "\"notified\": \(notices[c.number]?.notice.map { "{\"date\": \(PlainText.quote($0.date)), \"method\": \(PlainText.quote($0.method))}" } ?? "null"), "
                    + "\"notify_overdue\": \(notices[c.number]?.isOverdue(asOf: asOf) ?? false), "
                    + "\"overdue\": \(c.isOverdue(asOf: asOf))}"
            })
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]\n" : "[\n" + items.map { "  " + $0 }.joined(separator: ",\n") + "\n]\n"
    }
}
