import BundledTemplates
import CampaignBuild
import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation

// Run: swift run -c release jiefang-bench
// First a full build of a year × 60 leaders campaign (templates, plan, every file written),
// through the library call `jiefang build` makes, measured while the process is still fresh so
// its peak memory is the build's own; a rebuild of it after an edit; a build refused because the
// folder holds another campaign's schedule. Then the planner alone on campaigns of growing size,
// and re-planning after edits.

func seconds(_ d: Duration) -> String {
    String(format: "%.3f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
}

func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

/// One build through the same library call `jiefang build` makes, each step timed as it
/// starts. Prints one table row, or the build's refusal as the command line words it.
func fullBuild(_ label: String, _ campaign: Campaign, output: String) {
    let clock = ContinuousClock()
    let start = clock.now
    var marks: [(CampaignBuild.Step, ContinuousClock.Instant)] = []
    let outcome = CampaignBuild.build(BuildRequest(campaign: .loaded(campaign), output: output)) {
        marks.append(($0, clock.now))
    }
    let end = clock.now
    func time(_ step: CampaignBuild.Step) -> Duration {
        guard let i = marks.firstIndex(where: { $0.0 == step }) else { return .zero }
        return (i + 1 < marks.count ? marks[i + 1].1 : end) - marks[i].1
    }
    switch outcome {
    case .success(let built):
        let bytes = built.files.reduce(0) { $0 + $1.bytes.count }
        print(
            "| \(label) | \(built.files.count) | \(String(format: "%.1f", Double(bytes) / 1_048_576)) | "
                + "\(seconds(time(.load))) | \(seconds(time(.plan))) | \(built.planned.plan.plan.score.changes) | "
                + "\(seconds(time(.render))) | \(seconds(time(.write))) | \(seconds(end - start)) | "
                + "\(String(format: "%.0f", peakMemoryMiB())) |")
    case .failure(let failure):
        let said = failure.errors.map(\.description).joined(separator: " ")
        print("| \(label) | refused: \(said.replacingOccurrences(of: "|", with: "\\|")) |||||||||")
    }
}

/// The year × 60 campaign every build row uses.
let yearShape = CampaignShape(
    start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60,
    restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)

// `jiefang-bench pdf`: printing alone, one Chromium for the run against one per page.
if CommandLine.arguments.dropFirst().first == "pdf" {
    let sample = CampaignLoader.load(text: BundledTemplates.text(named: "campaign.yaml") ?? "", file: "campaign.yaml")
    if let sample = sample.campaign {
        PDFRace.run(sample: sample, year: CampaignGenerator.make(yearShape, seed: 1))
    }
    exit(0)
}

// `jiefang-bench ledger`: only the ledger at a county's scale.
if CommandLine.arguments.dropFirst().first == "ledger" {
    LedgerScale.run()
    exit(0)
}

// `jiefang-bench web-fixture DIR`: the ledger at a county's scale on disk, for the web page's load test.
if CommandLine.arguments.dropFirst().first == "web-fixture", CommandLine.arguments.count == 3 {
    do {
        try LedgerScale.writeFixture(to: CommandLine.arguments[2])
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}

// `jiefang-bench replans`: only the sweep of re-plans after a leader leaves or takes long leave.
if CommandLine.arguments.dropFirst().first == "replans" {
    ReplanSweep.run(sizes: [("half-year × 30", 182, 30), ("year × 60", 365, 60)], seeds: 1...3)
    exit(0)
}

// `jiefang-bench race`: only the race against the Python + Jinja2 script.
if CommandLine.arguments.dropFirst().first == "race" {
    ScriptRace.run(CampaignGenerator.make(yearShape, seed: 1))
    exit(0)
}

// `jiefang-bench campaign`: print the benchmark's year × 60 campaign file, to time or profile
// `jiefang build` on it by hand.
if CommandLine.arguments.dropFirst().first == "campaign" {
    print(CampaignYAML.text(CampaignGenerator.make(yearShape, seed: 1)), terminator: "")
    exit(0)
}

// The race first, before this process deletes anything: ext4 without a journal (as here) makes
// creating a file slow for 30 s after many files were deleted, which would flatten both sides.
ScriptRace.run(CampaignGenerator.make(yearShape, seed: 1))
print("")

do {
    let shape = CampaignShape(
        start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60,
        restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
    let campaign = CampaignGenerator.make(shape, seed: 1)
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-bench-\(getpid())").path
    print(
        "| full build | files | MiB written | load (s) | plan, with the previous schedule (s) | changed days | "
            + "render, validate and write (s) | flush and swap (s) | total (s) | peak memory (MiB) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    fullBuild("year × 60 (seed 1), first build", campaign, output: output)
    // The office gives one leader leave on a day they were told, and builds again.
    let first = PlanningProblem(campaign: campaign)
    if case .success(let plan) = Planner.plan(first, timeLimit: 10) {
        let d = first.dayCount / 2
        let edited = CampaignEdit.leave(leaderID: first.leaderIDs[plan.assignment[d]], dates: [first.days[d].date])
            .apply(to: campaign)
        fullBuild("same, one leader away on a told day, rebuilt", edited, output: output)
    }
    // Another campaign's schedule.xml in the folder: refused by its owner, nothing written.
    var other = campaign
    other.title = "另一项活动"
    fullBuild("another campaign into the same folder", other, output: output)
    try? FileManager.default.removeItem(atPath: output)
    print("")
}

let sizes: [(String, Int, Int)] = [
    ("month × 7", 30, 7), ("quarter × 15", 91, 15), ("half-year × 30", 182, 30), ("year × 60", 365, 60),
]
print(
    "| campaign | days | leaders | rest_days | max_duties | time (s) | steps to proof | steps in all | smallest gap | result |"
)
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
for (label, days, leaders) in sizes {
    for seed in UInt64(1)...3 {
        let shape = CampaignShape(
            start: CivilDate(year: 2026, month: 1, day: 1)!, days: days, leaders: leaders,
            restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
        let campaign = CampaignGenerator.make(shape, seed: seed)
        let problem = PlanningProblem(campaign: campaign)
        let clock = ContinuousClock()
        var outcome: Result<Plan, Infeasibility>!
        let elapsed = clock.measure { outcome = Planner.plan(problem, timeLimit: 10) }
        let result: String, steps: Int, proofSteps: Int, gap: String
        switch outcome! {
        case .success(let plan):
            (result, steps, proofSteps) = (plan.isOptimal ? "optimal" : plan.proofText, plan.steps, plan.proofSteps)
            gap = plan.score.smallestGap.map(String.init) ?? "-"
        case .failure(let why): (result, steps, proofSteps, gap) = ("no plan: \(why.message)", 0, 0, "-")
        }
        print(
            "| \(label) (seed \(seed)) | \(problem.dayCount) | \(leaders) | 2 | 8 | \(seconds(elapsed)) | \(proofSteps) | \(steps) "
                + "| \(gap) | \(result) |")
    }
}

// Re-planning (SPEC §5): each campaign planned, edited as an office edits it, and planned
// again against the first plan. "Forced" counts days the old leader can no longer take, a
// lower bound on the changed days.
func replanRows(_ label: String, days: Int, leaders: Int, seed: UInt64) {
    let shape = CampaignShape(
        start: CivilDate(year: 2026, month: 1, day: 1)!, days: days, leaders: leaders,
        restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
    let campaign = CampaignGenerator.make(shape, seed: seed)
    let first = PlanningProblem(campaign: campaign)
    guard case .success(let plan) = Planner.plan(first, timeLimit: 10) else { return }
    let previous = first.leaderIDsByDate(plan.assignment)
    let leader = plan.assignment[days / 3]
    let theirDays = plan.assignment.indices.filter { plan.assignment[$0] == leader }.prefix(2).map {
        first.days[$0].date
    }
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
        case .success(let replanned):
            (changed, result) = (String(replanned.score.changes), replanned.isOptimal ? "optimal" : replanned.proofText)
        case .failure(let why): (changed, result) = ("-", "no plan: \(why.message)")
        }
        print(
            "| \(label) (seed \(seed)) | \(problem.dayCount) | \(problem.leaderCount) | \(edit) | \(forced.count) | \(changed) | "
                + "\(seconds(elapsed)) | \(result) |")
    }
}

print("")
print("| re-plan | days | leaders | edit | forced days | changed days | time (s) | result |")
print("| --- | ---: | ---: | --- | ---: | ---: | ---: | --- |")
for (label, days, leaders) in sizes {
    for seed in UInt64(1)...3 { replanRows(label, days: days, leaders: leaders, seed: seed) }
}

// The re-plans an office most needs proved, at scale: every leader who holds duties removed in
// turn, and long leave for 20 leaders, in three half-year × 30 and three year × 60 campaigns.
print("")
ReplanSweep.run(sizes: [("half-year × 30", 182, 30), ("year × 60", 365, 60)], seeds: 1...3)

// The case ledger at a county's scale.
print("")
LedgerScale.run()
