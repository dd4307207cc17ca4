/// Re-planning's first try (SPEC §5): keep every day whose leader may still take it and plan
/// only the rest. Every re-plan changes at least the days that must change (their old leader
/// left, is away, or a pin moved); when a roster exists that changes exactly those, every
/// roster optimal for objective 1 keeps all the other days, so optimising objectives 2–4 over
/// the free days alone is optimising over every optimal roster. That search is small — a few
/// free days among hundreds of fixed ones — and its proof is a proof for the whole campaign.
/// When no such roster exists (a free day cannot be filled without moving a kept one), or the
/// small search cannot prove its answer within its share of the steps, the full search runs.
enum KeptDays {
    /// The proved plan, or nil to run the full search; `spent` counts the steps used either way.
    static func plan(_ p: PlanningProblem, budget: Int, spent: inout Int) -> Plan? {
        guard p.previous.contains(where: { $0 != nil }) else { return nil }
        var kept = p
        var forced = 0
        var keeps = [Int?](repeating: nil, count: p.dayCount)
        for d in 0..<p.dayCount {
            guard let previous = p.previous[d] else { continue }
            if p.mustChange(d) {
                forced += 1
            } else {
                keeps[d] = previous
                kept.available[d] = (0..<p.leaderCount).map { $0 == previous }
            }
        }
        // A free day is out of reach for a leader whose kept duty is too close to it. Saying
        // so up front makes the flow relaxation's bound and quotas nearly exact for the free
        // days, which is what lets the search prove its answer in a few hundred steps.
        let spacing = p.restDays + 1
        for d in 0..<p.dayCount where keeps[d] == nil {
            for e in max(0, d - spacing + 1)..<min(p.dayCount, d + spacing) where e != d {
                if let l = keeps[e] { kept.available[d][l] = false }
            }
        }
        let share = min(budget, max(20_000, 200 * p.dayCount))
        guard
            case .success(let plan) = Planner.solve(
                kept, budget: share, seconds: Double(share) / Double(Planner.stepsPerSecond), flowRosterFirst: true)
        else {
            spent += share
            return nil
        }
        spent += plan.steps
        guard plan.isOptimal, plan.score.changes == forced else { return nil }
        return plan
    }
}
