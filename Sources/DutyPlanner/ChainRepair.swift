/// Improves a complete roster by chains of single-day hand-overs: the least-loaded leader
/// takes a day from someone, who takes a day from someone else, … until a most-loaded leader
/// has one duty fewer. Each hand-over keeps every hard rule, so the chain does too. This
/// finds the balanced rosters a single chronological pass can miss.
struct ChainRepair {
    let p: PlanningProblem
    let spacing: Int
    let cap: Int
    private(set) var work = 0

    init(problem: PlanningProblem, spacing: Int) {
        p = problem
        self.spacing = spacing
        cap = problem.maxDuties ?? problem.dayCount
    }

    enum DayKind { case any, weekend, weekday }

    /// Repeats improving chains until none helps; returns the improved roster.
    mutating func improve(_ start: [Int], workLimit: Int) -> [Int] {
        var current = start
        var score = Score.of(current, in: p).exactPart
        var improved = true
        while improved && work < workLimit {
            improved = false
            let counts = DutyCounts(current, in: p)
            // Candidate moves, most promising first: balance duties, then weekend duties.
            var attempts: [[Int]] = []
            if let (_, _, moved) = firstChain(balancing: counts.duties, kind: .any, in: current, load: counts.duties) {
                attempts.append(moved)
            } else if let (low, high, moved) = firstChain(
                balancing: counts.weekendDuties, kind: .weekend,
                in: current, load: counts.duties)
            {
                // A weekend day goes to the leader with fewer; a weekday comes back, keeping loads.
                attempts.append(moved)
                var load = counts.duties
                load[low] += 1
                load[high] -= 1
                if let back = chain(from: high, to: low, kind: .weekday, in: moved, load: load) {
                    attempts.append(back)
                }
            }
            for candidate in attempts where HardRules.violations(of: candidate, in: p).isEmpty {
                let s = Score.of(candidate, in: p).exactPart
                if RosterSearch.lexLess(s, score) {
                    current = candidate
                    score = s
                    improved = true
                    break
                }
            }
        }
        return current
    }

    /// The first (fewest, most) pair of leaders, by `count`, two or more apart that a chain of
    /// `kind` days can bring closer.
    private mutating func firstChain(
        balancing count: [Int], kind: DayKind, in a: [Int],
        load: [Int]
    ) -> (low: Int, high: Int, roster: [Int])? {
        let order = (0..<p.leaderCount).sorted { (count[$0], $0) < (count[$1], $1) }
        for low in order {
            for high in order.reversed() where count[high] >= count[low] + 2 {
                if let moved = chain(from: low, to: high, kind: kind, in: a, load: load) { return (low, high, moved) }
            }
        }
        return nil
    }

    /// Can `y` take day `d` in roster `a`, apart from the day it gives away?
    private func canTake(_ y: Int, _ d: Int, _ a: [Int]) -> Bool {
        guard p.available[d][y] else { return false }
        let lo = max(0, d - spacing + 1), hi = min(p.dayCount - 1, d + spacing - 1)
        for e in lo...hi where a[e] == y { return false }
        return true
    }

    /// A shortest chain of hand-overs after which `low` has one more duty and `high` one fewer.
    private mutating func chain(from low: Int, to high: Int, kind: DayKind, in a: [Int], load: [Int]) -> [Int]? {
        guard load[low] < cap else { return nil }
        var via = [Int?](repeating: nil, count: p.leaderCount)  // the day a leader's predecessor takes from it
        var parent = [Int](repeating: -1, count: p.leaderCount)
        var seen = [Bool](repeating: false, count: p.leaderCount)
        seen[low] = true
        var queue = [low], head = 0
        while head < queue.count {
            let y = queue[head]
            head += 1
            for d in 0..<p.dayCount {
                work += 1
                let z = a[d]
                guard !seen[z], p.pinned[d] == nil, p.previous[d] != z else { continue }
                switch kind {
                case .any: break
                case .weekend: guard p.days[d].isNonWorking else { continue }
                case .weekday: guard !p.days[d].isNonWorking else { continue }
                }
                guard canTake(y, d, a) else { continue }
                seen[z] = true
                parent[z] = y
                via[z] = d
                if z == high {
                    var result = a
                    var node = high
                    while node != low, let day = via[node] {
                        result[day] = parent[node]
                        node = parent[node]
                    }
                    return result
                }
                queue.append(z)
            }
        }
        return nil
    }
}
