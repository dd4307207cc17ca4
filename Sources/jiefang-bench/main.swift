import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation
import OutputFolder
import PlanReport
import Rendering
import ScheduleXML

// Run: swift run -c release jiefang-bench
// First a full build of a year × 60 leaders campaign (plan, templates, every file written),
// measured while the process is still fresh so its peak memory is the build's own, and a
// rebuild of it after an edit; then the planner alone on campaigns of growing size, and
// re-planning after edits.

func seconds(_ d: Duration) -> String {
    String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}

/// One build as `jiefang build` runs it: read the previous schedule.xml if given, plan,
/// render and validate, write the folder. Prints one table row.
func fullBuild(_ label: String, _ campaign: Campaign, output: String, keepingTo previousPath: String?) {
    let clock = ContinuousClock()
    var files: [OutputFile] = []
    var readTime = Duration.zero, planTime = Duration.zero, renderTime = Duration.zero, writeTime = Duration.zero
    var changes = 0
    let total = clock.measure {
        guard case .success(let templates) = TemplateSet.load(overrides: nil),
              case .success(let schema) = templates.scheduleSchema() else { return }
        var previous: Schedule?
        readTime = clock.measure {
            guard let path = previousPath, let data = FileManager.default.contents(atPath: path) else { return }
            previous = try? ScheduleReader.read(Array(data), name: path, schema: schema).get()
        }
        var source: BuildSource?
        planTime = clock.measure {
            let problem = PlanningProblem(campaign: campaign, previous: previous?.leaderIDsByDate ?? [:])
            guard case .success(let plan) = Planner.plan(problem, timeLimit: 10) else { return }
            changes = plan.score.changes
            source = BuildSource(campaign: campaign, plan: PlanView(campaign: campaign, problem: problem, plan: plan),
                                 warnings: [], previous: previous)
        }
        guard let source else { return }
        renderTime = clock.measure {
            if case .success(let built) = OutputBuilder.files(source, templates: templates) { files = built }
        }
        writeTime = clock.measure { try? OutputFolder(path: output).replace(with: files.map { ($0.path, $0.bytes) }) }
    }
    let bytes = files.reduce(0) { $0 + $1.bytes.count }
    print("| \(label) | \(files.count) | \(String(format: "%.1f", Double(bytes) / 1_048_576)) | \(seconds(readTime)) | "
          + "\(seconds(planTime)) | \(changes) | \(seconds(renderTime)) | \(seconds(writeTime)) | \(seconds(total)) | "
          + "\(String(format: "%.0f", peakMemoryMiB())) |")
}

do {
    let shape = CampaignShape(start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60,
                              restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
    let campaign = CampaignGenerator.make(shape, seed: 1)
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-bench-\(getpid())").path
    print("| full build | files | MiB written | read previous (s) | plan (s) | changed days | render and validate (s) | "
          + "write (s) | total (s) | peak memory (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    fullBuild("year × 60 (seed 1), first build", campaign, output: output, keepingTo: nil)
    // The office gives one leader leave on a day they were told, and builds again.
    let first = PlanningProblem(campaign: campaign)
    if case .success(let plan) = Planner.plan(first, timeLimit: 10) {
        let d = first.dayCount / 2
        let edited = CampaignEdit.leave(leaderID: first.leaderIDs[plan.assignment[d]], dates: [first.days[d].date]).apply(to: campaign)
        fullBuild("same, one leader away on a told day, rebuilt", edited, output: output,
                  keepingTo: (output as NSString).appendingPathComponent("schedule.xml"))
    }
    try? FileManager.default.removeItem(atPath: output)
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

// Re-planning (SPEC §5): each campaign planned, edited as an office edits it, and planned
// again against the first plan. "Forced" counts days the old leader can no longer take, a
// lower bound on the changed days.
func replanRows(_ label: String, days: Int, leaders: Int, seed: UInt64) {
    let shape = CampaignShape(start: CivilDate(year: 2026, month: 1, day: 1)!, days: days, leaders: leaders,
                              restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
    let campaign = CampaignGenerator.make(shape, seed: seed)
    let first = PlanningProblem(campaign: campaign)
    guard case .success(let plan) = Planner.plan(first, timeLimit: 10) else { return }
    let previous = first.leaderIDsByDate(plan.assignment)
    let leader = plan.assignment[days / 3]
    let theirDays = plan.assignment.indices.filter { plan.assignment[$0] == leader }.prefix(2).map { first.days[$0].date }
    let edits: [CampaignEdit] = [
        .leave(leaderID: first.leaderIDs[leader], dates: theirDays), .shift(days: 3),
        .removeLeader(id: first.leaderIDs[leader]), .addLeader(id: "new-leader"),
    ]
    for edit in edits {
        let problem = PlanningProblem(campaign: edit.apply(to: campaign), previous: previous)
        let forced = problem.days.indices.filter(problem.mustChange)
        let clock = ContinuousClock()
        var outcome: Result<Plan, Infeasibility>!
        let elapsed = clock.measure { outcome = Planner.plan(problem, timeLimit: 10) }
        let changed: String, result: String
        switch outcome! {
        case .success(let replanned): (changed, result) = (String(replanned.score.changes), replanned.isOptimal ? "optimal" : replanned.proofText)
        case .failure(let why): (changed, result) = ("-", "no plan: \(why.message)")
        }
        print("| \(label) (seed \(seed)) | \(problem.dayCount) | \(problem.leaderCount) | \(edit) | \(forced.count) | \(changed) | "
              + "\(seconds(elapsed)) | \(result) |")
    }
}

print("")
print("| re-plan | days | leaders | edit | forced days | changed days | time (s) | result |")
print("| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |")
for (label, days, leaders) in sizes {
    for seed in UInt64(1)...3 { replanRows(label, days: days, leaders: leaders, seed: seed) }
}
