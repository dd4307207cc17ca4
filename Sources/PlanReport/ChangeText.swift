import CampaignSpec
import Diagnostics

/// The change report for the terminal, and as JSON inside `plan --format json`.
public enum ChangeText {
    /// The report in the user's language: Chinese unless English was asked for.
    public static func text(_ report: ChangeReport) -> String {
        text(report, in: .current)
    }

    public static func text(_ report: ChangeReport, in language: Language) -> String {
        language == .zh ? chinese(report) : english(report)
    }

    static func chinese(_ report: ChangeReport) -> String {
        let against = "与上一版安排（\(report.previousIssued.chineseFull)发布）相比"
        guard !report.isEmpty else {
            return "\(against)没有变动：每天的值班领导不变，公告不用重新张贴\n"
        }
        var out = "\(against)：\n"
        func section<T>(_ title: String, _ unit: String, _ items: [T], _ describe: (T) -> String) {
            guard !items.isEmpty else {
                out += "  \(title)：无\n"
                return
            }
            out += "  \(title)（\(items.count)\(unit)）：\n" + items.map { "    " + describe($0) + "\n" }.joined()
        }
        func who(_ person: LeaderName?) -> String { person.map { "\($0.name)（\($0.title)）" } ?? "无" }
        func days(_ dates: [CivilDate]) -> String { dates.map(\.chineseWithWeekday).joined(separator: "、") }
        func line(_ day: ChangeReport.Day) -> String {
            "\(day.date.chineseWithWeekday) \(day.phaseName)\(day.isPublic ? "（公告中）" : "")"
        }
        section("换人的日期", "天", report.changed) { "\(line($0))：\(who($0.before)) → \(who($0.after))" }
        section("新增的值班日", "天", report.added) { "\(line($0))：\(who($0.after))" }
        section("取消的值班日", "天", report.dropped) { "\(line($0))：原为\(who($0.before))" }
        section("要通知的领导", "位", report.leadersToTell) { notice in
            var parts: [String] = []
            if !notice.lost.isEmpty { parts.append("不再值" + days(notice.lost)) }
            if !notice.gained.isEmpty { parts.append("新增" + days(notice.gained)) }
            if !notice.isOnRoster { parts.append("已不在名单中") }
            parts.append(notice.days.isEmpty ? "现在没有值班" : "现在值" + days(notice.days))
            return "\(who(notice.leader))：" + parts.joined(separator: "；")
        }
        if !report.movedAppointments.isEmpty {
            section("要改约的约访", "个", report.movedAppointments) { moved in
                "\(moved.appointment.number) \(moved.appointment.date.chineseWithWeekday) \(moved.appointment.time)：原约"
                    + "\(who(moved.before))，现在这天值班的是\(who(moved.after))；请通知约访人（jiefang appointment list --moved）"
            }
        }
        if report.reprintNotice {
            let sites = report.sitesToReprint
            let copies = sites.reduce(0) { $0 + $1.copies }
            out +=
                "  公告要在全部\(sites.count)个张贴点重新张贴（共\(copies)份）："
                + sites.map { "\($0.name)×\($0.copies)" }.joined(separator: "、") + "\n"
        } else {
            out += "  公告内容不变，不用重新张贴\n"
        }
        return out
    }

    static func english(_ report: ChangeReport) -> String {
        let against = "the previous plan (issued \(report.previousIssued.iso))"
        guard !report.isEmpty else {
            return "no changes against \(against): every day keeps its leader, nothing to reprint\n"
        }
        var out = "changes against \(against):\n"
        out += section("day changed", "days changed", report.changed) { day in
            "\(line(day)): \(who(day.before)) → \(who(day.after))"
        }
        out += section("day added", "days added", report.added) { "\(line($0)): \(who($0.after))" }
        out += section("day dropped", "days dropped", report.dropped) { "\(line($0)): was \(who($0.before))" }
        out += section("leader to tell", "leaders to tell", report.leadersToTell) { notice in
            var parts: [String] = []
            if !notice.lost.isEmpty { parts.append("no longer on " + dates(notice.lost)) }
            if !notice.gained.isEmpty { parts.append("now also on " + dates(notice.gained)) }
            if !notice.isOnRoster { parts.append("has left the roster") }
            parts.append(notice.days.isEmpty ? "no duties now" : "duties now " + dates(notice.days))
            return "\(who(notice.leader)): " + parts.joined(separator: "; ")
        }
        if !report.movedAppointments.isEmpty {
            out += section("appointment to move", "appointments to move", report.movedAppointments) { moved in
                "\(moved.appointment.number) \(moved.appointment.date.iso) \(moved.appointment.time): booked with \(who(moved.before)), "
                    + "now \(who(moved.after)) is on duty; call the petitioner (jiefang appointment list --moved)"
            }
        }
        if report.reprintNotice {
            let sites = report.sitesToReprint
            let copies = sites.reduce(0) { $0 + $1.copies }
            out +=
                "  reprint the notice at all \(sites.count) posting site\(sites.count == 1 ? "" : "s") "
                + "(\(copies) cop\(copies == 1 ? "y" : "ies")): "
                + sites.map { "\($0.name) ×\($0.copies)" }.joined(separator: ", ") + "\n"
        } else {
            out += "  the public notice is unchanged: nothing to reprint\n"
        }
        return out
    }

    /// `{"changed": [...], "added": [...], "dropped": [...], "tell": [...], "reprint": [...]}`
    public static func json(_ report: ChangeReport, indent: String) -> String {
        func day(_ d: ChangeReport.Day) -> String {
            "{\"date\": \(PlanText.quote(d.date.iso)), \"before\": \(d.before.map { PlanText.quote($0.id) } ?? "null"), "
                + "\"after\": \(d.after.map { PlanText.quote($0.id) } ?? "null"), \"public\": \(d.isPublic)}"
        }
        func list(_ items: [String]) -> String {
            items.isEmpty
                ? "[]" : "[\n" + items.map { indent + "    " + $0 }.joined(separator: ",\n") + "\n\(indent)  ]"
        }
        func isoList(_ dates: [CivilDate]) -> String {
            "[" + dates.map { PlanText.quote($0.iso) }.joined(separator: ", ") + "]"
        }
        let tell = report.leadersToTell.map {
            "{\"leader\": \(PlanText.quote($0.leader.id)), \"gained\": \(isoList($0.gained)), \"lost\": \(isoList($0.lost)), "
                + "\"days\": \(isoList($0.days))}"
        }
        return "{\n"
            + "\(indent)  \"previous_issued\": \(PlanText.quote(report.previousIssued.iso)),\n"
            + "\(indent)  \"changed\": \(list(report.changed.map(day))),\n"
            + "\(indent)  \"added\": \(list(report.added.map(day))),\n"
            + "\(indent)  \"dropped\": \(list(report.dropped.map(day))),\n"
            + "\(indent)  \"tell\": \(list(tell)),\n"
            + "\(indent)  \"reprint\": [" + report.sitesToReprint.map { PlanText.quote($0.id) }.joined(separator: ", ")
            + "]\n"
            + "\(indent)}"
    }

    private static func section<T>(_ one: String, _ many: String, _ items: [T], _ describe: (T) -> String) -> String {
        guard !items.isEmpty else { return "  \(many): none\n" }
        return "  \(items.count) \(items.count == 1 ? one : many):\n"
            + items.map { "    " + describe($0) + "\n" }.joined()
    }

    private static func line(_ day: ChangeReport.Day) -> String {
        "\(day.date.iso) \(day.date.chineseWeekday) \(day.phaseName)\(day.isPublic ? " (public)" : "")"
    }

    private static func who(_ person: LeaderName?) -> String {
        person.map { "\($0.name) \($0.title) (\($0.id))" } ?? "-"
    }

    private static func dates(_ dates: [CivilDate]) -> String { dates.map(\.iso).joined(separator: ", ") }
}
