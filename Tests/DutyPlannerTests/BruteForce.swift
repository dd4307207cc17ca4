@testable import DutyPlanner

/// An independent solver for small problems: tries every roster that keeps the hard rules
/// and keeps the best by (changes, Σduties², Σweekend², −smallest gap). It shares no code with
/// the planner beyond the problem's plain data.
struct BruteForce {
    struct Best { var exact: [Int]; var gap: Int }

    static func solve(_ p: PlanningProblem) -> Best? {
        let D = p.dayCount, L = p.leaderCount
        var assignment = [Int](repeating: -1, count: D)
        var load = [Int](repeating: 0, count: L)
        var best: Best?
        func finish() {
            var weekend = [Int](repeating: 0, count: L), last = [Int](repeating: -1, count: L)
            var changes = 0, gap = Int.max
            for (d, l) in assignment.enumerated() {
                if p.days[d].isNonWorking { weekend[l] += 1 }
                if last[l] >= 0 { gap = min(gap, d - last[l]) }
                last[l] = d
                if let prev = p.previous[d], prev != l { changes += 1 }
            }
            let exact = [changes, load.map { $0 * $0 }.reduce(0, +), weekend.map { $0 * $0 }.reduce(0, +)]
            if let b = best {
                if exact.lexicographicallyPrecedes(b.exact) || (exact == b.exact && gap > b.gap) {
                    best = Best(exact: exact, gap: gap)
                }
            } else {
                best = Best(exact: exact, gap: gap)
            }
        }
        func go(_ d: Int) {
            if d == D { finish(); return }
            for l in 0..<L where !p.away[d][l] && (p.pinned[d] == nil || p.pinned[d] == l) {
                if let cap = p.maxDuties, load[l] >= cap { continue }
                var clash = false
                for e in max(0, d - p.restDays)..<d where assignment[e] == l { clash = true }
                if clash { continue }
                assignment[d] = l
                load[l] += 1
                go(d + 1)
                load[l] -= 1
            }
            assignment[d] = -1
        }
        go(0)
        return best
    }
}
