import CampaignSpec

/// Campaign files for print checks: a public phase of a chosen length between two short
/// non-public ones, and leaders with the longest names and titles a town is likely to have.
enum PrintCampaign {
    static let leaders: [(id: String, name: String, title: String)] = [
        ("ouyang", "欧阳建国华", "镇党委副书记兼镇纪委书记"),
        ("sima", "司马长风云", "镇人大主席团常务主席"),
        ("shangguan", "上官婉清", "镇党委委员、常务副镇长"),
        ("zhuge", "诸葛明远", "镇党委委员、政法委员"),
        ("dongfang", "东方红升", "镇党委委员、武装部部长"),
        ("murong", "慕容复兴", "副镇长（挂职）"),
        ("linghu", "令狐冲霄", "镇党委委员、宣传委员"),
    ]

    /// - Parameters:
    ///   - publicDays: days of the public phase, starting 2026-09-07.
    ///   - leaderCount: how many of `leaders` to put on the roster.
    static func yaml(publicDays: Int, leaderCount: Int = leaders.count) -> String {
        let start = CivilDate(year: 2026, month: 9, day: 7)!
        let end = start.adding(days: publicDays - 1)
        let reviewStart = end.adding(days: 1), reviewEnd = end.adding(days: 2)
        var text = """
            title: 领导干部大接访活动
            organization: 某某镇人民政府
            office: {name: 镇信访办, phone: "0768-1234567", address: 镇政府一楼信访接待室}
            issued: 2026-08-31
            calendar: every-day
            phases:
              - {id: mobilization, name: 动员部署阶段, start: 2026-09-05, end: 2026-09-06}
              - {id: resolution, name: 化解问题阶段, start: \(start.iso), end: \(end.iso), public: true}
              - {id: review, name: 督查总结阶段, start: \(reviewStart.iso), end: \(reviewEnd.iso)}
            reception:
              location: 镇政府二楼会议室
              hours: ["08:30-12:00", "14:30-17:30"]
              methods: [定点接访, 重点约访, 专题接访]
            leaders:

            """
        for (i, leader) in leaders.prefix(leaderCount).enumerated() {
            text +=
                "  - {id: \(leader.id), name: \(leader.name), title: \(leader.title), phone: \"1380000000\(i)\"\(i == 0 ? ", principal: true" : "")}\n"
        }
        text += """
            rules:
              rest_days: 1
            sites:
              - {id: gov-board, name: 镇政府公开栏, kind: bulletin-board, copies: 1}

            """
        return text
    }

    /// `9月7日（星期一）`, as the notice prints a day.
    static func chineseWithWeekday(iso text: String) -> String { CivilDate(iso: text)?.chineseWithWeekday ?? text }
}
