import CampaignSpec
import Diagnostics
import DutyPlanner
import PlainText

/// The plan as a terminal table, and as JSON for other programs.
public enum PlanText {
    public static func table(_ view: PlanView) -> String {
        var rows = [["日期", "星期", "阶段", "值班领导", "职务"]]
        for day in view.days {
            rows.append([
                day.date.iso, day.date.chineseWeekday + (day.isNonWorking ? " *" : ""),
                day.phaseName, day.leader.name, day.leader.title,
            ])
        }
        var out = align(rows)
        out += "\n* 周末或法定节假日\n\n"
        var loads = [["领导", "职务", "值班天数", "周末/节假日", "最小间隔"]]
        for load in view.loads {
            loads.append([
                load.leader.name, load.leader.title, String(load.duties), String(load.weekendDuties),
                load.smallestGap.map(String.init) ?? "-",
            ])
        }
        out += align(loads, rightAligned: [2, 3, 4])
        let score = view.plan.score
        let gap = score.smallestGap.map(String.init) ?? "-"
        out +=
            "\n"
            + Phrase(
                zh: "Σ值班次数² \(score.loadSquares)，Σ周末次数² \(score.weekendSquares)，最小间隔 \(gap)"
                    + (score.changes > 0 ? "，改动天数 \(score.changes)" : ""),
                en: "Σduties² \(score.loadSquares), Σweekend² \(score.weekendSquares), smallest gap \(gap)"
                    + (score.changes > 0 ? ", changed days \(score.changes)" : "")
            ).description + "\n"
        out += view.plan.proofText + "\n"
        return out
    }

    /// - Parameter changes: the change report against a previous plan, as a `changes` key.
    public static func json(_ view: PlanView, changes: ChangeReport? = nil) -> String {
        var out = "{\n  \"days\": [\n"
        out += view.days.map { day in
            "    {\"date\": \(quote(day.date.iso)), \"phase\": \(quote(day.phaseID)), \"leader\": \(quote(day.leader.id))}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"load\": {\n"
        out += view.loads.map { "    \(quote($0.leader.id)): \($0.duties)" }.joined(separator: ",\n")
        out += "\n  },\n  \"weekend_load\": {\n"
        out += view.loads.map { "    \(quote($0.leader.id)): \($0.weekendDuties)" }.joined(separator: ",\n")
        let s = view.plan.score
        out +=
            "\n  },\n  \"objectives\": {\"changes\": \(s.changes), \"duties_squared\": \(s.loadSquares), "
            + "\"weekend_squared\": \(s.weekendSquares), \"smallest_gap\": \(s.smallestGap.map(String.init) ?? "null")},\n"
        if let changes { out += "  \"changes\": \(ChangeText.json(changes, indent: "  ")),\n" }
        out += "  \"optimal\": \(view.plan.isOptimal),\n  \"proof\": \(quote(view.plan.proofPhrase.en))\n}\n"
        return out
    }

    /// A JSON string literal.
    public static func quote(_ s: String) -> String { PlainText.quote(s) }

    static func align(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
        PlainText.align(rows, rightAligned: rightAligned)
    }
}
