/// Depth-first branch and bound over the days in date order. Each leader's candidates are
/// tried in an order led by the relaxation's quotas, and every node is pruned by a lower
/// bound (water-filling the remaining days over each leader's remaining capacity), so a
/// search that ends without running out of steps has proved its answer.
struct RosterSearch {
    enum Outcome { case stoppedAtTarget, exhausted, outOfSteps }

    let p: PlanningProblem
    let D: Int, L: Int
    /// Two duties of one leader must be at least this many duty days apart.
    let spacing: Int
    let capTotal: Int
    private let avail: [Bool]
    private let spaced: [Int], spacedWeekend: [Int]
    private let nextPin: [Int]
    private let weekendSuffix: [Int], forcedChangeSuffix: [Int]
    private let quota: [Int], weekendQuota: [Int]
    /// Whether there is a previous plan to keep to (objective 1).
    private let replanning: Bool

    // The partial roster.
    private var load: [Int], weekend: [Int], last: [Int]
    private var assignment: [Int]
    private var changes = 0, loadSquares = 0, weekendSquares = 0

    /// Prune nodes whose bound exceeds this (used to look for alternatives at a known optimum).
    let limit: [Int]?
    /// Stop as soon as a roster scoring at most this is found.
    let target: [Int]?
    private(set) var best: [Int]?
    private(set) var bestScore: [Int]?
    private(set) var steps = 0
    let maxSteps: Int

    init(
        problem: PlanningProblem, spacing: Int, quota: [Int], weekendQuota: [Int],
        limit: [Int]?, target: [Int]?, maxSteps: Int
    ) {
        p = problem
        D = problem.dayCount
        L = problem.leaderCount
        self.spacing = spacing
        capTotal = problem.maxDuties ?? problem.dayCount
        self.quota = quota
        self.weekendQuota = weekendQuota
        self.limit = limit
        self.target = target
        self.maxSteps = maxSteps
        avail = problem.available.flatMap { $0 }
        let (all, wk) = RosterSearch.spacedCounts(problem, spacing: spacing)
        spaced = all
        spacedWeekend = wk
        var np = [Int](repeating: Int.max, count: (D + 1) * L)
        for d in stride(from: D - 1, through: 0, by: -1) {
            for l in 0..<L { np[d * L + l] = problem.pinned[d] == l ? d : np[(d + 1) * L + l] }
        }
        nextPin = np
        var ws = [Int](repeating: 0, count: D + 1), fc = ws
        for d in stride(from: D - 1, through: 0, by: -1) {
            ws[d] = ws[d + 1] + (problem.days[d].isNonWorking ? 1 : 0)
            fc[d] = fc[d + 1] + (problem.mustChange(d) ? 1 : 0)
        }
        weekendSuffix = ws
        forcedChangeSuffix = fc
        replanning = problem.previous.contains { $0 != nil }
        load = Array(repeating: 0, count: L)
        weekend = load
        last = Array(repeating: Int.min / 2, count: L)
        assignment = Array(repeating: -1, count: D)
    }

    /// `spaced[s*L + l]`: the most duties leader l can still take from day s on, keeping the
    /// spacing (earliest-first greedy is optimal for this); likewise for weekend days.
    static func spacedCounts(_ p: PlanningProblem, spacing: Int) -> ([Int], [Int]) {
        let D = p.dayCount, L = p.leaderCount
        var all = [Int](repeating: 0, count: (D + spacing + 1) * L), wk = all
        for s in stride(from: D - 1, through: 0, by: -1) {
            for l in 0..<L {
                if p.available[s][l] {
                    all[s * L + l] = max(all[(s + 1) * L + l], 1 + all[(s + spacing) * L + l])
                    let w = p.days[s].isNonWorking ? 1 : 0
                    wk[s * L + l] = max(wk[(s + 1) * L + l], w + wk[(s + spacing) * L + l])
                } else {
                    all[s * L + l] = all[(s + 1) * L + l]
                    wk[s * L + l] = wk[(s + 1) * L + l]
                }
            }
        }
        return (all, wk)
    }

    /// Takes a roster found elsewhere as the best, without searching.
    mutating func adopt(_ roster: [Int], score: [Int]) {
        best = roster
        bestScore = score
        steps += 1
    }

    mutating func run() -> Outcome {
        let stop = dfs(0)
        if steps > maxSteps { return .outOfSteps }
        return stop ? .stoppedAtTarget : .exhausted
    }

    static func lexLess(_ a: [Int], _ b: [Int]) -> Bool { a.lexicographicallyPrecedes(b) }

    /// Returns true to stop the whole search.
    private mutating func dfs(_ d: Int) -> Bool {
        if d == D {
            let score = [changes, loadSquares, weekendSquares]
            if bestScore == nil || RosterSearch.lexLess(score, bestScore!) {
                best = assignment
                bestScore = score
                if let target, RosterSearch.lexLess(target, score) {
                    var repair = ChainRepair(problem: p, spacing: spacing)
                    let repaired = repair.improve(assignment, workLimit: max(0, maxSteps - steps) * 50)
                    steps += repair.work / 50
                    let repairedScore = Score.of(repaired, in: p).exactPart
                    if RosterSearch.lexLess(repairedScore, score) {
                        best = repaired
                        bestScore = repairedScore
                        if !RosterSearch.lexLess(target, repairedScore) { return true }
                    }
                }
            }
            if let target, !RosterSearch.lexLess(target, score) { return true }
            return false
        }
        steps += 1
        if steps > maxSteps { return true }
        guard let lb = bound(from: d) else { return false }
        if let bestScore, !RosterSearch.lexLess(lb, bestScore) { return false }
        if let limit, RosterSearch.lexLess(limit, lb) { return false }

        for l in candidates(on: d) {
            place(l, on: d)
            let stop = lookaheadHolds(after: d) ? dfs(d + 1) : false
            unplace(l, on: d)
            if stop { return true }
        }
        return false
    }

    private func canTake(_ l: Int, _ d: Int) -> Bool {
        avail[d * L + l] && d - last[l] >= spacing && load[l] < capTotal
            && (nextPin[d * L + l] == d || nextPin[(d + 1) * L + l] - d >= spacing)
    }

    private func candidates(on d: Int) -> [Int] {
        let isWeekend = p.days[d].isNonWorking
        var list: [(l: Int, prev: Int, knockOn: Int, critical: Int, hasQuota: Int, need: Int, slots: Int)] = []
        for l in 0..<L where canTake(l, d) {
            let need = quota[l] - load[l]
            let slots = max(1, spaced[d * L + l])
            let typeNeed =
                isWeekend ? weekendQuota[l] - weekend[l] : (quota[l] - weekendQuota[l]) - (load[l] - weekend[l])
            let prev = p.previous[d] == l ? 0 : 1
            list.append(
                (
                    l, prev, replanning && blocksOwnPreviousDay(l, after: d) ? 1 : 0, need >= slots ? 0 : 1,
                    typeNeed > 0 ? 0 : 1,
                    need, slots
                ))
        }
        list.sort { a, b in
            if a.prev != b.prev { return a.prev < b.prev }
            // Filling a changed day with a leader who keeps a day just after it would change that day too.
            if a.knockOn != b.knockOn { return a.knockOn < b.knockOn }
            // A leader who needs every remaining chance goes first.
            if a.critical != b.critical { return a.critical < b.critical }
            if a.hasQuota != b.hasQuota { return a.hasQuota < b.hasQuota }
            // The more of its remaining chances a leader needs, the sooner it goes.
            let x = a.need * b.slots, y = b.need * a.slots
            if x != y { return x > y }
            if load[a.l] != load[b.l] { return load[a.l] < load[b.l] }
            return a.l < b.l
        }
        return list.map(\.l)
    }

    /// Whether leader l on day d would keep them from a following day the previous plan gave them.
    private func blocksOwnPreviousDay(_ l: Int, after d: Int) -> Bool {
        var e = d + 1
        while e < D && e < d + spacing {
            if p.previous[e] == l && avail[e * L + l] { return true }
            e += 1
        }
        return false
    }

    /// Days from d on whose previous leader is still allowed there but is now too close to a
    /// duty already placed, or at max_duties: each must change.
    private func blockedPreviousDays(from d: Int) -> Int {
        var n = 0, e = d
        while e < D && e < d + spacing {
            if let prev = p.previous[e], prev >= 0, avail[e * L + prev],
                e - last[prev] < spacing || load[prev] >= capTotal
            {
                n += 1
            }
            e += 1
        }
        return n
    }

    private mutating func place(_ l: Int, on d: Int) {
        assignment[d] = l
        loadSquares += 2 * load[l] + 1
        load[l] += 1
        if p.days[d].isNonWorking {
            weekendSquares += 2 * weekend[l] + 1
            weekend[l] += 1
        }
        if let prev = p.previous[d], prev != l { changes += 1 }
        lastStack.append(last[l])
        last[l] = d
    }

    private var lastStack: [Int] = []

    private mutating func unplace(_ l: Int, on d: Int) {
        last[l] = lastStack.removeLast()
        if let prev = p.previous[d], prev != l { changes -= 1 }
        if p.days[d].isNonWorking {
            weekend[l] -= 1
            weekendSquares -= 2 * weekend[l] + 1
        }
        load[l] -= 1
        loadSquares -= 2 * load[l] + 1
        assignment[d] = -1
    }

    /// Each window of `spacing` days needs distinct leaders: the next few days must have
    /// enough candidates between them (Hall's condition on each prefix of the window).
    private func lookaheadHolds(after d: Int) -> Bool {
        var union = [Bool](repeating: false, count: L)
        var size = 0
        var e = d + 1
        while e < D && e <= d + spacing - 1 {
            for l in 0..<L where !union[l] && canTake(l, e) {
                union[l] = true
                size += 1
            }
            if size < e - d { return false }
            e += 1
        }
        return true
    }

    /// A lower bound on (changes, Σduties², Σweekend²) of any completion, or nil if none exists.
    private func bound(from d: Int) -> [Int]? {
        let remaining = D - d, remainingWeekend = weekendSuffix[d]
        var caps = [Int](repeating: 0, count: L), weekendCaps = caps
        for l in 0..<L {
            let next = min(D, max(d, last[l] + spacing))
            caps[l] = min(capTotal - load[l], spaced[next * L + l])
            weekendCaps[l] = min(caps[l], spacedWeekend[next * L + l])
        }
        guard let extra = RosterSearch.waterfill(load, caps, remaining),
            let weekendExtra = RosterSearch.waterfill(weekend, weekendCaps, remainingWeekend)
        else { return nil }
        let changeBound = changes + forcedChangeSuffix[d] + (replanning ? blockedPreviousDays(from: d) : 0)
        return [changeBound, loadSquares + extra, weekendSquares + weekendExtra]
    }

    /// The least increase of Σ(base+x)² over 0 ≤ x ≤ cap with Σx = units; nil if caps are too small.
    static func waterfill(_ base: [Int], _ cap: [Int], _ units: Int) -> Int? {
        if units == 0 { return 0 }
        var room = 0
        for c in cap { room += c }
        if room < units { return nil }
        func filled(_ level: Int) -> Int {
            var n = 0
            for i in base.indices { n += min(cap[i], max(0, level - base[i])) }
            return n
        }
        var lo = base.min() ?? 0, hi = (base.max() ?? 0) + units
        while lo < hi {
            let mid = (lo + hi) / 2
            if filled(mid) >= units { hi = mid } else { lo = mid + 1 }
        }
        let level = lo - 1
        var extra = 0, given = 0
        for i in base.indices {
            let x = min(cap[i], max(0, level - base[i]))
            extra += x * (2 * base[i] + x)
            given += x
        }
        return extra + (units - given) * (2 * level + 1)
    }
}
