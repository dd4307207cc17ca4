/// The rules no plan may break. The planner checks its own answer with this before
/// returning it, and tests check every plan with it.
public enum HardRules {
    public static func violations(of assignment: [Int], in problem: PlanningProblem) -> [String] {
        var found: [String] = []
        guard assignment.count == problem.dayCount else {
            return ["the plan covers \(assignment.count) days, the campaign has \(problem.dayCount)"]
        }
        var load = [Int](repeating: 0, count: problem.leaderCount)
        var last = [Int](repeating: Int.min / 2, count: problem.leaderCount)
        for (d, l) in assignment.enumerated() {
            let date = problem.days[d].date
            guard problem.leaderIDs.indices.contains(l) else {
                found.append("\(date): no such leader \(l)")
                continue
            }
            if problem.away[d][l] { found.append("\(date): \(problem.leaderIDs[l]) is away") }
            if let p = problem.pinned[d], p != l { found.append("\(date): pinned to \(problem.leaderIDs[p])") }
            if d - last[l] <= problem.restDays {
                found.append("\(date): \(problem.leaderIDs[l]) was on duty \(d - last[l]) duty days earlier")
            }
            last[l] = d
            load[l] += 1
        }
        if let cap = problem.maxDuties {
            for (l, n) in load.enumerated() where n > cap {
                found.append("\(problem.leaderIDs[l]) has \(n) duties, more than max_duties \(cap)")
            }
        }
        return found
    }
}
