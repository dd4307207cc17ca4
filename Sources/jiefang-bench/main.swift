import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation
import OutputFolder
import PlanReport
import Rendering

// Run: swift run -c release jiefang-bench
// First a full build of a year × 60 leaders campaign (plan, templates, every file written),
// measured while the process is still fresh so its peak memory is the build's own; then the
// planner alone on campaigns of growing size.

func seconds(_ d: Duration) -> String {
    String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}

do {
    let clock = ContinuousClock()
    let shape = CampaignShape(start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60,
                              restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
    let campaign = CampaignGenerator.make(shape, seed: 1)
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-bench-\(getpid())").path
    var files: [OutputFile] = []
    var planTime = Duration.zero, renderTime = Duration.zero, writeTime = Duration.zero
    let total = clock.measure {
        var source: BuildSource?
        planTime = clock.measure {
            let problem = PlanningProblem(campaign: campaign)
            guard case .success(let plan) = Planner.plan(problem, timeLimit: 10) else { return }
            source = BuildSource(campaign: campaign, plan: PlanView(campaign: campaign, problem: problem, plan: plan), warnings: [])
        }
        guard let source, case .success(let templates) = TemplateSet.load(overrides: nil) else { return }
        renderTime = clock.measure {
            if case .success(let built) = OutputBuilder.files(source, templates: templates) { files = built }
        }
        writeTime = clock.measure { try? OutputFolder(path: output).replace(with: files.map { ($0.path, $0.bytes) }) }
    }
    try? FileManager.default.removeItem(atPath: output)
    let bytes = files.reduce(0) { $0 + $1.bytes.count }
    print("| full build | files | MiB written | plan (s) | render and validate (s) | write (s) | total (s) | peak memory (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print("| year × 60 (seed 1) | \(files.count) | \(String(format: "%.1f", Double(bytes) / 1_048_576)) | \(seconds(planTime)) | "
          + "\(seconds(renderTime)) | \(seconds(writeTime)) | \(seconds(total)) | \(String(format: "%.0f", peakMemoryMiB())) |")
    print("")
}

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
        let result: String, steps: Int, proofSteps: Int
        switch outcome! {
        case .success(let plan):
            (result, steps, proofSteps) = (plan.isOptimal ? "optimal" : plan.proofText, plan.steps, plan.proofSteps)
        case .failure(let why): (result, steps, proofSteps) = ("no plan: \(why.message)", 0, 0)
        }
        print("| \(label) (seed \(seed)) | \(problem.dayCount) | \(leaders) | 2 | 8 | \(seconds(elapsed)) | \(proofSteps) | \(steps) | \(result) |")
    }
}
