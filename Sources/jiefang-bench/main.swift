import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation

// Plans generated campaigns of growing size and prints how long each took and whether
// optimality was proved. Run: swift run -c release jiefang-bench
let sizes: [(String, Int, Int)] = [
    ("month × 7", 30, 7), ("quarter × 15", 91, 15), ("half-year × 30", 182, 30), ("year × 60", 365, 60),
]
print("| campaign | days | leaders | rest_days | max_duties | time (s) | steps to proof | steps in all | result |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for (label, days, leaders) in sizes {
    for seed in UInt64(1)...3 {
        let shape = CampaignShape(start: CivilDate(year: 2026, month: 1, day: 1)!, days: days, leaders: leaders,
                                  restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
        let campaign = CampaignGenerator.make(shape, seed: seed)
        let problem = PlanningProblem(campaign: campaign)
        let clock = ContinuousClock()
        var outcome: Result<Plan, Infeasibility>!
        let elapsed = clock.measure { outcome = Planner.plan(problem, timeLimit: 10) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let result: String, steps: Int, proofSteps: Int
        switch outcome! {
        case .success(let plan):
            (result, steps, proofSteps) = (plan.isOptimal ? "optimal" : plan.proofText, plan.steps, plan.proofSteps)
        case .failure(let why): (result, steps, proofSteps) = ("no plan: \(why.message)", 0, 0)
        }
        print("| \(label) (seed \(seed)) | \(problem.dayCount) | \(leaders) | 2 | 8 | \(String(format: "%.3f", seconds)) | \(proofSteps) | \(steps) | \(result) |")
    }
}
