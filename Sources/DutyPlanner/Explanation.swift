import CampaignSpec

/// Finds, before any search, the simplest reason a campaign cannot be staffed.
enum Explanation {
    static func uncoverableDay(_ p: PlanningProblem) -> Infeasibility? {
        for d in 0..<p.dayCount where !p.available[d].contains(true) {
            let date = p.days[d].date
            var parts: [String] = []
            let awayNames = (0..<p.leaderCount).filter { p.away[d][$0] }.map { p.leaderNames[$0] }
            if !awayNames.isEmpty { parts.append("away: \(awayNames.joined(separator: "、"))") }
            let blocked = (0..<p.leaderCount).filter { !p.away[d][$0] }
            if !blocked.isEmpty {
                let names = blocked.map { l -> String in
                    let pinDay = p.pinned.indices.first { p.pinned[$0] == l && abs($0 - d) <= p.restDays && $0 != d }
                    return pinDay.map { "\(p.leaderNames[l]) (pinned to \(p.days[$0].date), rest_days \(p.restDays))" }
                        ?? p.pinned[d].map { "\(p.leaderNames[l]) (the day is pinned to \(p.leaderNames[$0]))" }
                        ?? p.leaderNames[l]
                }
                parts.append("ruled out by a pin: \(names.joined(separator: "、"))")
            }
            let why = parts.isEmpty ? "the roster is empty" : parts.joined(separator: "; ")
            return Infeasibility(
                reason: .uncoverableDay(day: d),
                message: "nobody can take \(date) (\(p.days[d].date.chineseWithWeekday)): \(why)")
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
        var rule = "rest_days \(p.restDays) (one duty in any \(s) consecutive duty days)"
        if let m = p.maxDuties { rule += " and max_duties \(m)" }
        return Infeasibility(
            reason: .uncoverableSpan(first: a, last: b, capacity: capacity),
            message: "the \(b - a + 1) duty days \(first)..\(lastDate) cannot be covered: "
                + "the leaders available then (\(names.isEmpty ? "nobody" : names)) can take at most \(capacity) of them under \(rule)"
        )
    }

    static func shortfall(_ p: PlanningProblem, _ s: LowerBound.Shortfall) -> Infeasibility {
        let dates = compressDates(s.days.map { p.days[$0].date })
        let names = s.leaders.map { p.leaderNames[$0] }.joined(separator: "、")
        return Infeasibility(
            reason: .shortfall(days: s.days, leaders: s.leaders, capacity: s.capacity),
            message: "\(s.days.count) duty days (\(dates)) can only be taken by \(names.isEmpty ? "nobody" : names), "
                + "who can take at most \(s.capacity) of them under rest_days \(p.restDays)"
                + (p.maxDuties.map { " and max_duties \($0)" } ?? ""))
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
