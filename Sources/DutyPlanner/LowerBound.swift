/// A lower bound on objectives 1–3 from a relaxation that keeps every rule except the
/// spacing between one leader's duties (which only caps each leader's total): a min-cost
/// flow with convex costs, solved exactly by successive shortest paths. It also yields
/// per-leader quotas that guide the search, and, when even the relaxation cannot cover
/// every day, the set of days that proves it (Hall's theorem).
struct LowerBound {
    struct Result {
        /// Lex-minimal (changes, Σduties², Σweekend²) of the relaxation.
        var bound: [Int]
        var quota: [Int]
        var weekendQuota: [Int]
        /// The relaxation's own roster: each day given to a leader its class sent a unit to.
        /// It keeps every rule but the spacing, so it is a real roster when it keeps that too.
        var roster: [Int]
    }

    struct Shortfall {
        /// Days that cannot all be covered, and the leaders who could take any of them.
        var days: [Int]
        var leaders: [Int]
        var capacity: Int
    }

    /// `cap[l]`, `weekendCap[l]`: the most duties (weekend duties) leader l could take.
    static func solve(_ p: PlanningProblem, cap: [Int], weekendCap: [Int]) -> Swift.Result<Result, ShortfallError> {
        let L = p.leaderCount
        // Days with the same type, previous leader and candidates are interchangeable.
        struct ClassKey: Hashable { var weekend: Bool; var previous: Int?; var candidates: [Bool] }
        var classIndex: [ClassKey: Int] = [:]
        var classes: [(key: ClassKey, days: [Int])] = []
        for d in 0..<p.dayCount {
            let key = ClassKey(weekend: p.days[d].isNonWorking, previous: p.previous[d], candidates: p.available[d])
            if let i = classIndex[key] {
                classes[i].days.append(d)
            } else {
                classIndex[key] = classes.count
                classes.append((key, [d]))
            }
        }
        // Nodes: source, classes, weekend-gate per leader, leader, sink.
        let C = classes.count
        let source = 0, sink = 1 + C + 2 * L
        func classNode(_ c: Int) -> Int { 1 + c }
        func gateNode(_ l: Int) -> Int { 1 + C + l }
        func leaderNode(_ l: Int) -> Int { 1 + C + L + l }
        var g = FlowGraph(nodeCount: sink + 1)
        var classArcs: [[(leader: Int, arc: Int)]] = []
        for (c, cls) in classes.enumerated() {
            g.addArc(source, classNode(c), capacity: cls.days.count, cost: .zero)
            var arcs: [(leader: Int, arc: Int)] = []
            for l in 0..<L where cls.key.candidates[l] {
                let change = cls.key.previous.map { $0 != l ? 1 : 0 } ?? 0
                let target = cls.key.weekend ? gateNode(l) : leaderNode(l)
                arcs.append((l, g.addArc(classNode(c), target, capacity: cls.days.count, cost: LexCost(change, 0, 0))))
            }
            classArcs.append(arcs)
        }
        for l in 0..<L {
            g.addConvexArc(gateNode(l), leaderNode(l), capacity: min(weekendCap[l], cap[l]), component: 2)
            g.addConvexArc(leaderNode(l), sink, capacity: cap[l], component: 1)
        }
        var total = LexCost.zero
        for _ in 0..<p.dayCount {
            guard let cost = g.augment(from: source, to: sink) else {
                let reach = g.reachable(from: source)
                let days = classes.indices.filter { reach[classNode($0)] }.flatMap { classes[$0].days }.sorted()
                let leaders = (0..<L).filter { reach[leaderNode($0)] }
                return .failure(
                    ShortfallError(
                        shortfall: Shortfall(
                            days: days, leaders: leaders,
                            capacity: leaders.reduce(0) { $0 + cap[$1] })))
            }
            total = total + cost
        }
        var quota = [Int](repeating: 0, count: L), weekendQuota = quota
        for l in 0..<L {
            quota[l] = g.convexFlow(leaderNode(l), sink)
            weekendQuota[l] = g.convexFlow(gateNode(l), leaderNode(l))
        }
        // Each class's days in date order, to its leaders in roster order, as many as the flow sent.
        var roster = [Int](repeating: -1, count: p.dayCount)
        for (c, cls) in classes.enumerated() {
            var units = classArcs[c].flatMap { Array(repeating: $0.leader, count: g.flowOnArc($0.arc)) }.makeIterator()
            for d in cls.days { roster[d] = units.next() ?? -1 }
        }
        return .success(
            Result(bound: [total.a, total.b, total.c], quota: quota, weekendQuota: weekendQuota, roster: roster))
    }

    struct ShortfallError: Error { var shortfall: Shortfall }
}
