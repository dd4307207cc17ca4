/// How good a roster is, compared objective by objective (SPEC §3).
public struct Score: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days whose leader differs from the previous plan.
    public var changes: Int
    /// Σ over leaders of (duties)².
    public var loadSquares: Int
    /// Σ over leaders of (weekend/holiday duties)².
    public var weekendSquares: Int
    /// The smallest gap, in duty days, between two duties of one leader; nil when nobody has two.
    public var smallestGap: Int?

    public init(changes: Int, loadSquares: Int, weekendSquares: Int, smallestGap: Int?) {
        self.changes = changes
        self.loadSquares = loadSquares
        self.weekendSquares = weekendSquares
        self.smallestGap = smallestGap
    }

    /// Objectives 1–3, the ones the planner proves.
    public var exactPart: [Int] { [changes, loadSquares, weekendSquares] }

    var gapRank: Int { -(smallestGap ?? Int.max / 2) }

    public static func < (a: Score, b: Score) -> Bool {
        (a.changes, a.loadSquares, a.weekendSquares, a.gapRank) < (
            b.changes, b.loadSquares, b.weekendSquares, b.gapRank
        )
    }

    public var description: String {
        "changes \(changes), Σduties² \(loadSquares), Σweekend² \(weekendSquares), smallest gap \(smallestGap.map(String.init) ?? "-")"
    }

    /// Scores an assignment (one leader index per day).
    public static func of(_ assignment: [Int], in problem: PlanningProblem) -> Score {
        let counts = DutyCounts(assignment, in: problem)
        var changes = 0
        for (d, l) in assignment.enumerated() {
            if let p = problem.previous[d], p != l { changes += 1 }
        }
        return Score(
            changes: changes, loadSquares: counts.duties.reduce(0) { $0 + $1 * $1 },
            weekendSquares: counts.weekendDuties.reduce(0) { $0 + $1 * $1 },
            smallestGap: counts.smallestGap.compactMap { $0 }.min())
    }
}

/// Each leader's duties, weekend/holiday duties and smallest gap (in duty days) in a roster.
public struct DutyCounts: Sendable {
    public private(set) var duties: [Int]
    public private(set) var weekendDuties: [Int]
    /// nil for a leader with fewer than two duties.
    public private(set) var smallestGap: [Int?]

    public init(_ assignment: [Int], in problem: PlanningProblem) {
        duties = [Int](repeating: 0, count: problem.leaderCount)
        weekendDuties = duties
        smallestGap = [Int?](repeating: nil, count: problem.leaderCount)
        var last = [Int?](repeating: nil, count: problem.leaderCount)
        for (d, l) in assignment.enumerated() {
            duties[l] += 1
            if problem.days[d].isNonWorking { weekendDuties[l] += 1 }
            if let prev = last[l] { smallestGap[l] = min(smallestGap[l] ?? Int.max, d - prev) }
            last[l] = d
        }
    }
}
