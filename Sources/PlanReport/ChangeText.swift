import CampaignSpec

/// The change report for the terminal, and as JSON inside `plan --format json`.
public enum ChangeText {
    public static func text(_ report: ChangeReport) -> String {
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
