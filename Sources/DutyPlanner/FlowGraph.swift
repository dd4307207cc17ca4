/// Costs compared objective by objective: (changes, Σduties², Σweekend²). They add and
/// subtract componentwise, which is all shortest paths with potentials need.
struct LexCost: Comparable {
    var a: Int, b: Int, c: Int
    init(_ a: Int, _ b: Int, _ c: Int) { (self.a, self.b, self.c) = (a, b, c) }
    static let zero = LexCost(0, 0, 0)
    static func + (x: LexCost, y: LexCost) -> LexCost { LexCost(x.a + y.a, x.b + y.b, x.c + y.c) }
    static func - (x: LexCost, y: LexCost) -> LexCost { LexCost(x.a - y.a, x.b - y.b, x.c - y.c) }
    static prefix func - (x: LexCost) -> LexCost { LexCost(-x.a, -x.b, -x.c) }
    static func < (x: LexCost, y: LexCost) -> Bool { (x.a, x.b, x.c) < (y.a, y.b, y.c) }
}

/// A residual flow network with linear arcs and convex "k-th unit costs 2k−1" arcs, solved
/// by successive shortest paths (Dijkstra with potentials), one unit at a time.
struct FlowGraph {
    private var head: [[Int]]
    private var to: [Int] = [], capacity: [Int] = [], flow: [Int] = []
    private var cost: [LexCost] = []
    /// 0 for a linear arc; 1 or 2: the cost component that a convex arc charges.
    private var component: [Int] = []
    private var potential: [LexCost]
    // Scratch space for `augment`, kept between calls: one Dijkstra a unit of flow.
    private var dist: [LexCost], reached: [Bool], parent: [Int], done: [Bool]
    private var heap = MinHeap()

    init(nodeCount: Int) {
        head = Array(repeating: [], count: nodeCount)
        potential = Array(repeating: .zero, count: nodeCount)
        dist = potential
        reached = Array(repeating: false, count: nodeCount)
        parent = Array(repeating: -1, count: nodeCount)
        done = reached
    }

    @discardableResult
    mutating func addArc(_ u: Int, _ v: Int, capacity cap: Int, cost c: LexCost) -> Int {
        add(u, v, cap, c, 0)
    }

    /// The k-th unit through this arc costs 2k−1 in `component`, so n units cost n².
    @discardableResult
    mutating func addConvexArc(_ u: Int, _ v: Int, capacity cap: Int, component k: Int) -> Int {
        add(u, v, cap, .zero, k)
    }

    @discardableResult
    private mutating func add(_ u: Int, _ v: Int, _ cap: Int, _ c: LexCost, _ k: Int) -> Int {
        let id = to.count
        to += [v, u]; capacity += [cap, 0]; flow += [0, 0]; cost += [c, -c]; component += [k, k]
        head[u].append(id)
        head[v].append(id + 1)
        return id
    }

    func flowOnArc(_ id: Int) -> Int { flow[id] }

    func convexFlow(_ u: Int, _ v: Int) -> Int {
        head[u].first { $0 % 2 == 0 && to[$0] == v }.map { flow[$0] } ?? 0
    }

    /// Residual capacity and marginal cost of arc `e` (even: forward, odd: backward).
    private func residual(_ e: Int) -> (Int, LexCost) {
        let forward = e & ~1
        let f = flow[forward]
        let isForward = e == forward
        let room = isForward ? capacity[forward] - f : f
        guard room > 0 else { return (0, .zero) }
        let k = component[forward]
        if k == 0 { return (room, cost[e]) }
        let unit = isForward ? 2 * (f + 1) - 1 : -(2 * f - 1)
        return (1, k == 1 ? LexCost(0, unit, 0) : LexCost(0, 0, unit))
    }

    /// Sends one unit along a cheapest path; returns its cost, or nil when none is left.
    mutating func augment(from s: Int, to t: Int) -> LexCost? {
        let n = head.count
        for v in 0..<n {
            reached[v] = false
            done[v] = false
            parent[v] = -1
        }
        heap.removeAll()
        dist[s] = .zero
        reached[s] = true
        heap.push(.zero, s)
        while let (d, u) = heap.pop() {
            if done[u] { continue }
            done[u] = true
            for e in head[u] {
                let (room, c) = residual(e)
                guard room > 0 else { continue }
                let v = to[e]
                let nd = d + c + potential[u] - potential[v]
                if !reached[v] || nd < dist[v] {
                    dist[v] = nd
                    reached[v] = true
                    parent[v] = e
                    heap.push(nd, v)
                }
            }
        }
        guard reached[t] else { return nil }
        for v in 0..<n where reached[v] { potential[v] = potential[v] + dist[v] }
        var total = LexCost.zero
        var v = t
        while v != s {
            let e = parent[v]
            total = total + residual(e).1
            if e % 2 == 0 { flow[e] += 1 } else { flow[e - 1] -= 1 }
            v = to[e ^ 1]
        }
        return total
    }

    func reachable(from s: Int) -> [Bool] {
        var seen = [Bool](repeating: false, count: head.count)
        var stack = [s]
        seen[s] = true
        while let u = stack.popLast() {
            for e in head[u] where residual(e).0 > 0 && !seen[to[e]] {
                seen[to[e]] = true
                stack.append(to[e])
            }
        }
        return seen
    }
}

/// A binary heap of (cost, node), smallest cost first; ties by node for determinism.
private struct MinHeap {
    private var items: [(LexCost, Int)] = []

    mutating func removeAll() { items.removeAll(keepingCapacity: true) }

    private func less(_ i: Int, _ j: Int) -> Bool {
        items[i].0 < items[j].0 || (items[i].0 == items[j].0 && items[i].1 < items[j].1)
    }

    mutating func push(_ c: LexCost, _ v: Int) {
        items.append((c, v))
        var i = items.count - 1
        while i > 0, less(i, (i - 1) / 2) {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func pop() -> (LexCost, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        items[0] = items[items.count - 1]
        items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, less(l, m) { m = l }
            if r < items.count, less(r, m) { m = r }
            if m == i { break }
            items.swapAt(i, m)
            i = m
        }
        return top
    }
}
