import CampaignSpec
import Diagnostics

/// Plans a duty roster (SPEC §3): keeps every hard rule, then minimises in order the changes
/// to a previous plan, Σduties², Σweekend duties², and finally spreads each leader's duties.
/// Pure: the same problem and limit always give the same plan.
public enum Planner {
    /// The time limit is counted in search steps, not read from a clock, so that a plan never
    /// depends on the machine's speed. This rate was measured for a release build on the
    /// project's 2-core machine (see the benchmark in the README).
    public static let stepsPerSecond = 200_000

    public static func plan(_ problem: PlanningProblem, timeLimit seconds: Double = 10) -> Result<Plan, Infeasibility> {
        let budget = max(1_000, Int(min(seconds, 1e6) * Double(stepsPerSecond)))
        var spent = 0
        if let kept = KeptDays.plan(problem, budget: budget, spent: &spent) { return .success(kept) }
        return solve(problem, budget: budget - spent, seconds: seconds).map { $0.addingSteps(spent) }
    }

    /// Branch and bound, guided by the flow relaxation, within `budget` steps.
    /// - Parameter flowRosterFirst: first try the relaxation's own roster, which is optimal
    ///   whenever it keeps the spacing (as it does when few days are free and far apart).
    static func solve(
        _ problem: PlanningProblem, budget: Int, seconds: Double, flowRosterFirst: Bool = false
    )
        -> Result<Plan, Infeasibility>
    {
        let p = problem
        if p.dayCount == 0 {
            return .success(Plan(assignment: [], score: Score.of([], in: p), proof: .optimal, steps: 0, proofSteps: 0))
        }
        if let why = Explanation.uncoverableDay(p) { return .failure(why) }
        let workPerSpan = max(1, p.dayCount * p.leaderCount)
        if let why = Explanation.uncoverableSpan(p, maxLength: max(8 * (p.restDays + 1), 20_000_000 / workPerSpan)) {
            return .failure(why)
        }

        let spacing = p.restDays + 1
        let (spaced, spacedWeekend) = RosterSearch.spacedCounts(p, spacing: spacing)
        let cap = (0..<p.leaderCount).map { min(p.maxDuties ?? p.dayCount, spaced[$0]) }
        let weekendCap = (0..<p.leaderCount).map { spacedWeekend[$0] }
        let relaxed: LowerBound.Result
        switch LowerBound.solve(p, cap: cap, weekendCap: weekendCap) {
        case .failure(let error): return .failure(Explanation.shortfall(p, error.shortfall))
        case .success(let r): relaxed = r
        }

        var search = RosterSearch(
            problem: p, spacing: spacing, quota: relaxed.quota, weekendQuota: relaxed.weekendQuota,
            limit: nil, target: relaxed.bound, maxSteps: budget)
        let flowRoster = relaxed.roster
        let outcome: RosterSearch.Outcome
        if flowRosterFirst, flowRoster.indices.allSatisfy({ flowRoster[$0] >= 0 && p.available[$0][flowRoster[$0]] }),
            HardRules.violations(of: flowRoster, in: p).isEmpty,
            Score.of(flowRoster, in: p).exactPart == relaxed.bound
        {
            search.adopt(flowRoster, score: relaxed.bound)
            outcome = .stoppedAtTarget
        } else {
            outcome = search.run()
        }
        var steps = search.steps
        guard var best = search.best, let bestScore = search.bestScore else {
            if outcome == .exhausted {
                return .failure(
                    Infeasibility(
                        reason: .exhausted,
                        message: Phrase(
                            zh: "排不出同时满足所有规则的值班表：每一天单独都有人能值，但按休息天数\(p.restDays)"
                                + (p.maxDuties.map { "、每人最多\($0)次" } ?? "") + "以及领导的请假和固定值班，无法全部排满",
                            en: "no roster keeps every rule together: "
                                + "each day can be covered on its own, but not all of them with rest_days \(p.restDays)"
                                + (p.maxDuties.map { " and max_duties \($0)" } ?? "")
                                + " and the leaders' away days and pins")))
            }
            return .failure(
                Infeasibility(
                    reason: .outOfTime,
                    message: Phrase(
                        zh: "在时限（\(seconds)秒）内没有找到值班表，可能根本排不出；可以延长 --time-limit、增加领导或放宽规则",
                        en: "no roster found within the time limit "
                            + "(\(seconds) s); one may not exist. Try a longer --time-limit, more leaders or fewer rules"
                    )))
        }
        let proved = outcome != .outOfSteps
        let proofSteps = steps
        // Objective 4: among rosters at this optimum, widen the smallest gap. It is not proved,
        // so it gets a small share of the steps and never delays a proved plan for long. A wider
        // roster is usually one dive away (a few hundred steps); an attempt that finds none in
        // `attemptSteps` stops the search, as does one that proves no wider roster exists.
        let spreadEnd = steps + min(budget - steps, max(10_000, budget / 20))
        let attemptSteps = max(1_000, 3 * p.dayCount)
        if proved {
            while steps < spreadEnd {
                let counts = DutyCounts(best, in: p)
                guard let gap = counts.smallestGap.compactMap({ $0 }).min() else { break }
                var wider = RosterSearch(
                    problem: p, spacing: gap + 1, quota: counts.duties, weekendQuota: counts.weekendDuties,
                    limit: bestScore, target: bestScore, maxSteps: min(attemptSteps, spreadEnd - steps))
                let result = wider.run()
                steps += wider.steps
                guard result == .stoppedAtTarget, let found = wider.best else { break }
                best = found
            }
        }
        let violations = HardRules.violations(of: best, in: p)
        guard violations.isEmpty else {
            return .failure(
                Infeasibility(
                    reason: .exhausted,
                    message: Phrase(
                        zh: "内部错误，排出的值班表违反规则：\(violations[0])",
                        en: "internal error, plan rejected: \(violations[0])")))
        }
        return .success(
            Plan(
                assignment: best, score: Score.of(best, in: p),
                proof: proved ? .optimal : .bestFound(lowerBound: relaxed.bound), steps: steps,
                proofSteps: proofSteps))
    }

    /// Plans a loaded campaign.
    public static func plan(
        _ campaign: Campaign, previous: [CivilDate: String] = [:],
        timeLimit: Double = 10
    ) -> Result<Plan, Infeasibility> {
        plan(PlanningProblem(campaign: campaign, previous: previous), timeLimit: timeLimit)
    }
}
