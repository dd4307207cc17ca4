import Foundation
import TestSupport
import Testing

/// SPEC §5 end to end: the sample is built, the office edits its campaign, and builds again
/// into the same folder.
@Suite("Rebuilding after the dates change")
struct ReplanTests {
    @Test(
        "acceptance: the 9月10日 leader is called away; only that day changes, and the report says whom to tell and where to reprint"
    )
    func leaveOnTenthOfSeptember() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster(), names = try town.leaders()
        let away = try #require(old["2026-09-10"])
        try town.giveLeave(away, on: "2026-09-10")
        try town.reissue("2026-09-08")
        let result = try town.build()
        #expect(result.status == 0, "\(result.stderr)")
        let new = try town.roster()
        // 9月10日 must change, so one changed day is the minimum.
        #expect(changedDates(old, new) == ["2026-09-10"])
        let taker = try #require(new["2026-09-10"])
        let out = result.stdout
        let (was, now) = (
            "\(names[away]!.name)（\(names[away]!.title)）", "\(names[taker]!.name)（\(names[taker]!.title)）"
        )
        #expect(out.contains("与上一版安排（2026年8月31日发布）相比：\n"), "\(out)")
        #expect(
            out.contains("  换人的日期（1天）：\n    9月10日（星期四） 化解问题阶段（公告中）：\(was) → \(now)\n"), "\(out)")
        #expect(out.contains("  要通知的领导（2位）："), "\(out)")
        #expect(out.contains("    \(was)：不再值9月10日（星期四）；现在值"), "\(out)")
        #expect(out.contains("    \(now)：新增9月10日（星期四）；现在值"), "\(out)")
        #expect(
            out.contains(
                "  公告要在全部6个张贴点重新张贴（共14份）：镇政府公开栏×1、镇墟醒目位置×1、镇农贸市场×2、"
                    + "各村主要干道×3、村路交叉口×3、商店等群众聚集区×4"), "\(out)")

        let index = try town.page("index.html")
        #expect(index.contains("与此前排班（2026年8月31日发布）相比的变化"))
        #expect(
            index.contains(
                "<td class=\"nowrap\">9月10日（星期四）（公开接访日）</td><td>化解问题阶段</td>"
                    + "<td>\(names[away]!.name)（\(names[away]!.title)）</td><td>\(names[taker]!.name)（\(names[taker]!.title)）</td>"
            ))
        #expect(index.contains("<li>镇农贸市场：2份</li>"))
        #expect(try town.page("notice.html").contains("本公告自2026年9月8日起替代2026年8月31日发布的接访安排。"))
        #expect(try town.page("posting.html").contains("（2026年9月8日发布，替换2026年8月31日发布的旧公告）"))
        #expect(try town.page("plan.html").contains("本方案自2026年9月8日起替代2026年8月31日印发的方案"))
        #expect(try RealClient.html5Problems(in: town.output).isEmpty)

        // Building again changes nothing and keeps the revision lines; only the index's report differs.
        var before = try folderContents(town.output)
        let again = try town.build()
        #expect(
            again.stdout.hasSuffix("与上一版安排（2026年9月8日发布）相比没有变动：每天的值班领导不变，公告不用重新张贴\n"),
            "\(again.stdout)")
        var after = try folderContents(town.output)
        #expect(String(decoding: after.removeValue(forKey: "index.html") ?? Data(), as: UTF8.self).contains("<p>没有变化："))
        before.removeValue(forKey: "index.html")
        #expect(after == before)
    }

    @Test("every phase three days later: three days dropped, three added, and only the day the moved pin takes changes")
    func shiftPhases() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster()
        try town.edit { text in
            var t = text
            for (from, to) in [
                ("2026-09-25", "2026-09-28"), ("2026-09-18", "2026-09-21"), ("2026-09-07", "2026-09-10"),
                ("2026-09-06", "2026-09-09"), ("2026-09-01", "2026-09-04"),
            ] {
                t = t.replacingOccurrences(of: "start: \(from)", with: "start: \(to)").replacingOccurrences(
                    of: "end: \(from)", with: "end: \(to)")
            }
            return t
        }
        try town.reissue("2026-09-03")
        let result = try town.build()
        #expect(result.status == 0, "\(result.stderr)")
        let new = try town.roster()
        // resolution.first moves to 9月10日, pinned to the principal: that day must change.
        #expect(changedDates(old, new) == ["2026-09-10"])
        #expect(new["2026-09-10"] == "li-ming")
        let out = result.stdout
        #expect(out.contains("  换人的日期（1天）：\n    9月10日（星期四） 化解问题阶段（公告中）："), "\(out)")
        #expect(out.contains("  新增的值班日（3天）：\n    9月26日（星期六） 督查总结阶段："), "\(out)")
        #expect(out.contains("  取消的值班日（3天）：\n    9月1日（星期二） 动员部署阶段：原为"), "\(out)")
        // The public phase now covers other dates, so the notice is reprinted.
        #expect(out.contains("公告要在全部6个张贴点重新张贴"), "\(out)")
        for date in ["2026-09-26", "2026-09-27", "2026-09-28"] { #expect(new[date] != nil && old[date] == nil) }
        for date in ["2026-09-01", "2026-09-02", "2026-09-03"] { #expect(new[date] == nil && old[date] != nil) }
        #expect(try town.page("index.html").contains("<p>新增：9月26日（星期六），督查总结阶段，"))
        #expect(try town.page("index.html").contains("<p>取消：9月1日（星期二），原由"))
        #expect(try RealClient.html5Problems(in: town.output).isEmpty)
    }

    @Test("a leader who joins changes nothing already planned; the report says so in one line")
    func addLeader() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster()
        try town.edit {
            $0.replacingOccurrences(
                of: "rules:\n", with: "  - {id: sun-li, name: 孙丽, title: 副镇长, phone: \"13800000008\"}\nrules:\n")
        }
        let result = try town.build()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try town.roster() == old)
        #expect(
            result.stdout.hasSuffix("\n与上一版安排（2026年8月31日发布）相比没有变动：每天的值班领导不变，公告不用重新张贴\n"),
            "\(result.stdout)")
        #expect(try town.page("index.html").contains("<p>没有变化：每个值班日的值班领导不变，公告无需重新张贴。</p>"))
        #expect(!(try town.page("notice.html")).contains("替代"))
        #expect(FileManager.default.fileExists(atPath: town.output.appendingPathComponent("rota/sun-li.html").path))
    }

    @Test("a leader who leaves: exactly their days change, and they are told they are free")
    func removeLeader() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster()
        try town.edit { text in
            text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("{id: zhao-jun,") }
                .joined(separator: "\n")
        }
        try town.reissue("2026-09-05")
        let result = try town.build()
        #expect(result.status == 0, "\(result.stderr)")
        let theirs = old.filter { $0.value == "zhao-jun" }.map(\.key).sorted()
        #expect(theirs.count >= 3)
        #expect(changedDates(old, try town.roster()) == theirs)
        #expect(
            result.stdout.contains("    赵军（副镇长）：不再值")
                && result.stdout.contains("；已不在名单中；现在没有值班\n"),
            "\(result.stdout)")
        #expect(try town.page("index.html").contains("<li>赵军（副镇长）：不再值班 "))
        #expect(!FileManager.default.fileExists(atPath: town.output.appendingPathComponent("rota/zhao-jun.html").path))
        #expect(try RealClient.html5Problems(in: town.output).isEmpty)
    }

    @Test("a change on a day not on the notice: nothing to reprint, and the notice carries no revision line")
    func nonPublicChange() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster()
        let away = try #require(old["2026-09-02"])
        try town.giveLeave(away, on: "2026-09-02")
        try town.reissue("2026-09-01")
        let result = try town.build()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(changedDates(old, try town.roster()) == ["2026-09-02"])
        #expect(result.stdout.contains("  公告内容不变，不用重新张贴\n"), "\(result.stdout)")
        #expect(!(try town.page("notice.html")).contains("替代"))
        #expect(!(try town.page("posting.html")).contains("替换"))
        #expect(try town.page("plan.html").contains("本方案自2026年9月1日起替代2026年8月31日印发的方案"))
        #expect(try town.page("index.html").contains("<p>公开接访安排未变，公告无需重新张贴。</p>"))
    }

    @Test("a leader's new title on a public day: no day changes, but the notice is reprinted")
    func newTitle() throws {
        let town = try Town.afterFirstBuild()
        let old = try town.roster()
        try town.edit { $0.replacingOccurrences(of: "name: 王建国, title: 镇长,", with: "name: 王建国, title: 代镇长,") }
        try town.reissue("2026-09-02")
        let result = try town.build()
        #expect(try town.roster() == old)
        #expect(
            result.stdout.contains(
                "  换人的日期：无\n  新增的值班日：无\n  取消的值班日：无\n  要通知的领导：无\n"
                    + "  公告要在全部6个张贴点重新张贴"), "\(result.stdout)")
        #expect(try town.page("notice.html").contains("本公告自2026年9月2日起替代2026年8月31日发布的接访安排。"))
    }

    @Test("a changed plan that keeps the old issued date is warned about at the issued line")
    func staleIssuedDate() throws {
        let town = try Town.afterFirstBuild()
        let away = try #require(try town.roster()["2026-09-10"])
        try town.giveLeave(away, on: "2026-09-10")
        let result = try town.build()
        #expect(result.status == 0)
        #expect(
            result.stderr.contains(
                "c.yaml:8:9: warning: 值班安排变了，但发布日期issued（2026年8月31日）不晚于上一版（2026年8月31日）"
            ),
            "\(result.stderr)")
    }

    @Test("--fresh plans from scratch and says so")
    func fresh() throws {
        let town = try Town.afterFirstBuild()
        try town.giveLeave("li-ming", on: "2026-09-13")
        let result = try town.build(["--fresh"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("重新排班（--fresh）\n"))
        #expect(!(try town.page("index.html")).contains("与此前排班"))
        #expect(!(try town.page("schedule.xml")).contains("<revisions>"))
    }

    @Test("plan --previous prints the plan kept to an earlier schedule, with the changes in the JSON")
    func planWithPrevious() throws {
        let town = try Town.afterFirstBuild()
        let away = try #require(try town.roster()["2026-09-10"])
        try town.giveLeave(away, on: "2026-09-10")
        let result = try CLI.run(
            ["plan", "c.yaml", "--previous", "output/schedule.xml", "--format", "json"], in: town.dir)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [String: Any])
        let changed = try #require(changes["changed"] as? [[String: Any]])
        #expect(
            changed.count == 1 && changed.first?["date"] as? String == "2026-09-10"
                && changed.first?["before"] as? String == away)
        #expect((changes["reprint"] as? [String])?.count == 6)
        #expect((json["objectives"] as? [String: Any])?["changes"] as? Int == 1)

        // In English on request: the words change, the report does not.
        let table = try CLI.run(["plan", "c.yaml", "--previous", "output/schedule.xml", "--lang", "en"], in: town.dir)
        #expect(
            table.stdout.contains("\nchanges against the previous plan (issued 2026-08-31):\n  1 day changed:"),
            "\(table.stdout)")
        let rota = try CLI.run(["rota", "c.yaml", away, "--previous", "output/schedule.xml"], in: town.dir)
        #expect(rota.status == 0 && !rota.stdout.contains("2026-09-10"), "\(rota.stdout)")
    }
}
