import CampaignSpec
import Diagnostics

/// Finds, before any search, the simplest reason a campaign cannot be staffed.
enum Explanation {
    static func uncoverableDay(_ p: PlanningProblem) -> Infeasibility? {
        for d in 0..<p.dayCount where !p.available[d].contains(true) {
            let date = p.days[d].date
            var parts: [Phrase] = []
            let awayNames = (0..<p.leaderCount).filter { p.away[d][$0] }.map { p.leaderNames[$0] }
            if !awayNames.isEmpty {
                let names = awayNames.joined(separator: "、")
                parts.append(Phrase(zh: "请假：\(names)", en: "away: \(names)"))
            }
            let blocked = (0..<p.leaderCount).filter { !p.away[d][$0] }
            if !blocked.isEmpty {
                let names = blocked.map { l -> Phrase in
                    let name = p.leaderNames[l]
                    let pinDay = p.pinned.indices.first { p.pinned[$0] == l && abs($0 - d) <= p.restDays && $0 != d }
                    return pinDay.map {
                        Phrase(
                            zh: "\(name)（已固定在\(p.days[$0].date.chineseMonthDay)，休息天数\(p.restDays)）",
                            en: "\(name) (pinned to \(p.days[$0].date), rest_days \(p.restDays))")
                    }
                        ?? p.pinned[d].map {
                            Phrase(
                                zh: "\(name)（这天已固定给\(p.leaderNames[$0])）",
                                en: "\(name) (the day is pinned to \(p.leaderNames[$0]))")
                        } ?? Phrase(name)
                }
                let list = Phrase(
                    zh: names.map(\.zh).joined(separator: "、"), en: names.map(\.en).joined(separator: "、"))
                parts.append(Phrase(zh: "因固定值班排不上：", en: "ruled out by a pin: ") + list)
            }
            let why =
                parts.isEmpty
                ? Phrase(zh: "名单是空的", en: "the roster is empty")
                : Phrase(zh: parts.map(\.zh).joined(separator: "；"), en: parts.map(\.en).joined(separator: "; "))
            return Infeasibility(
                reason: .uncoverableDay(day: d),
                message: Phrase(
                    zh: "\(date.chineseWithWeekday)没有人能值班：",
                    en: "nobody can take \(date) (\(date.chineseWithWeekday)): ")
                    + why)
        }
        return nil
    }

    /// The shortest run of consecutive duty days that the leaders available in it cannot
    /// cover, each taking at most one day in any `rest_days + 1` consecutive days and no more
    /// than `max_duties`. Spans longer than `maxLength` are not examined (apart from the
    /// whole campaign), to bound the work on long campaigns.
    static func uncoverableSpan(_ p: PlanningProblem, maxLength: Int) -> Infeasibility? {
        let D = p.dayCount, L = p.leaderCount, s = p.restDays + 1
        let cap = p.maxDuties ?? D
        var best: (Int, Int, Int)?
        for a in 0..<D {
            var count = [Int](repeating: 0, count: L)
            var lastTaken = [Int](repeating: Int.min / 2, count: L)
            var capacity = 0
            var limit = min(D - 1, a + maxLength - 1)
            if let b = best { limit = min(limit, a + (b.1 - b.0) - 1) }
            if a == 0 { limit = D - 1 }
            var b = a
            while b <= limit {
                for l in 0..<L where p.available[b][l] && b - lastTaken[l] >= s && count[l] < cap {
                    count[l] += 1
                    lastTaken[l] = b
                    capacity += 1
                }
                if capacity < b - a + 1 {
                    if best == nil || b - a < best!.1 - best!.0 { best = (a, b, capacity) }
                    break
                }
                b += 1
            }
        }
        guard let (a, b, capacity) = best else { return nil }
        let available = (0..<L).filter { l in (a...b).contains { p.available[$0][l] } }
        let names = available.map { p.leaderNames[$0] }.joined(separator: "、")
        let first = p.days[a].date, lastDate = p.days[b].date
        var rule = Phrase(
            zh: "休息天数\(p.restDays)（任意连续\(s)个值班日最多值一次）",
            en: "rest_days \(p.restDays) (one duty in any \(s) consecutive duty days)")
        if let m = p.maxDuties { rule = rule + Phrase(zh: "和每人最多\(m)次", en: " and max_duties \(m)") }
        let span = DateSpan(start: first, end: lastDate).phrase
        return Infeasibility(
            reason: .uncoverableSpan(first: a, last: b, capacity: capacity),
            message: Phrase(
                zh:
                    "\(span.zh)的\(b - a + 1)个值班日排不满：那几天能值班的领导（\(names.isEmpty ? "无" : names)）按\(rule.zh)最多只能值\(capacity)天",
                en: "the \(b - a + 1) duty days \(first)..\(lastDate) cannot be covered: "
                    + "the leaders available then (\(names.isEmpty ? "nobody" : names)) can take at most \(capacity) of them under \(rule.en)"
            ))
    }

    static func shortfall(_ p: PlanningProblem, _ s: LowerBound.Shortfall) -> Infeasibility {
        let dates = compressDates(s.days.map { p.days[$0].date })
        let names = s.leaders.map { p.leaderNames[$0] }.joined(separator: "、")
        return Infeasibility(
            reason: .shortfall(days: s.days, leaders: s.leaders, capacity: s.capacity),
            message: Phrase(
                zh: "\(s.days.count)个值班日（\(dates)）只有\(names.isEmpty ? "无人" : names)能值，按休息天数\(p.restDays)"
                    + (p.maxDuties.map { "和每人最多\($0)次" } ?? "") + "最多只能值\(s.capacity)天",
                en: "\(s.days.count) duty days (\(dates)) can only be taken by \(names.isEmpty ? "nobody" : names), "
                    + "who can take at most \(s.capacity) of them under rest_days \(p.restDays)"
                    + (p.maxDuties.map { " and max_duties \($0)" } ?? "")))
    }

    /// "2026-09-01..2026-09-03, 2026-09-05".
    static func compressDates(_ dates: [CivilDate]) -> String {
        var parts: [String] = []
        var i = 0
        while i < dates.count {
            var j = i
            while j + 1 < dates.count, dates[j + 1].dayNumber == dates[j].dayNumber + 1 { j += 1 }
            parts.append(i == j ? dates[i].iso : "\(dates[i].iso)..\(dates[j].iso)")
            i = j + 1
        }
        return parts.joined(separator: ", ")
    }
}
