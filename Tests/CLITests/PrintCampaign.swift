import Foundation

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
        let start = date(2026, 9, 7)
        let end = start.addingTimeInterval(Double(publicDays - 1) * 86_400)
        let reviewStart = end.addingTimeInterval(86_400), reviewEnd = end.addingTimeInterval(2 * 86_400)
        var text = """
            title: 领导干部大接访活动
            organization: 某某镇人民政府
            office: {name: 镇信访办, phone: "0768-1234567", address: 镇政府一楼信访接待室}
            issued: 2026-08-31
            calendar: every-day
            phases:
              - {id: mobilization, name: 动员部署阶段, start: 2026-09-05, end: 2026-09-06}
              - {id: resolution, name: 化解问题阶段, start: \(iso(start)), end: \(iso(end)), public: true}
              - {id: review, name: 督查总结阶段, start: \(iso(reviewStart)), end: \(iso(reviewEnd))}
            reception:
              location: 镇政府二楼会议室
              hours: ["08:30-12:00", "14:30-17:30"]
              methods: [定点接访, 重点约访, 专题接访]
            leaders:

            """
        for (i, leader) in leaders.prefix(leaderCount).enumerated() {
            text += "  - {id: \(leader.id), name: \(leader.name), title: \(leader.title), phone: \"1380000000\(i)\"\(i == 0 ? ", principal: true" : "")}\n"
        }
        text += """
            rules:
              rest_days: 1
            sites:
              - {id: gov-board, name: 镇政府公开栏, kind: bulletin-board, copies: 1}

            """
        return text
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d))!
    }

    static func iso(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    /// `9月7日（星期一）`, as the notice prints a day.
    static func chineseWithWeekday(iso text: String) -> String {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        let weekday = calendar.component(.weekday, from: date(parts[0], parts[1], parts[2]))
        return "\(parts[1])月\(parts[2])日（\(["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"][weekday - 1])）"
    }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
