import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation

/// The re-plans an office most needs proved (issue: "re-plans a county can trust"): for each
/// campaign, every leader who holds duties removed in turn, and long leave (3–8 weeks) for 20
/// leaders, each re-planned against the first plan with the default time limit.
enum ReplanSweep {
    struct Outcome {
        let label: String
        let edit: String
        let optimal: Bool
        let seconds: Double
        let verdict: String
    }

    static func run(sizes: [(String, Int, Int)], seeds: ClosedRange<UInt64>, timeLimit: Double = 10) {
        var outcomes: [Outcome] = []
        for (label, days, leaders) in sizes {
            for seed in seeds {
                outcomes += sweep(
                    "\(label) (seed \(seed))", days: days, leaders: leaders, seed: seed, timeLimit: timeLimit)
            }
        }
        print("| re-plans | count | proved optimal | median (s) | 90th percentile (s) | slowest (s) |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for kind in ["remove", "leave"] {
            let some = outcomes.filter { $0.edit.hasPrefix(kind) }
            summary(
                kind == "remove" ? "every leader with duties removed, one at a time" : "3–8 weeks' leave, 20 leaders",
                some)
        }
        summary("all", outcomes)
        let unproved = outcomes.filter { !$0.optimal }
        if !unproved.isEmpty {
            print("")
            print("| not proved | edit | time (s) | result |")
            print("| --- | --- | ---: | --- |")
            for o in unproved {
                print("| \(o.label) | \(o.edit) | \(String(format: "%.3f", o.seconds)) | \(o.verdict) |")
            }
        }
    }

    private static func summary(_ what: String, _ some: [Outcome]) {
        guard !some.isEmpty else { return }
        let times = some.map(\.seconds).sorted()
        let proved = some.filter(\.optimal).count
        let share = String(format: "%.1f", 100 * Double(proved) / Double(some.count))
        func at(_ q: Double) -> String {
            String(format: "%.3f", times[min(times.count - 1, Int(Double(times.count) * q))])
        }
        print("| \(what) | \(some.count) | \(proved) (\(share) %) | \(at(0.5)) | \(at(0.9)) | \(at(1.0)) |")
    }

    private static func sweep(_ label: String, days: Int, leaders: Int, seed: UInt64, timeLimit: Double) -> [Outcome] {
        let shape = CampaignShape(
            start: CivilDate(year: 2026, month: 1, day: 1)!, days: days, leaders: leaders,
            restDays: 2, maxDuties: nil, leaveChance: 0.4, longestLeave: 20, pins: 2)
        let campaign = CampaignGenerator.make(shape, seed: seed)
        let first = PlanningProblem(campaign: campaign)
        guard case .success(let plan) = Planner.plan(first, timeLimit: timeLimit) else { return [] }
        let previous = first.leaderIDsByDate(plan.assignment)
        var edits: [CampaignEdit] = []
        for l in 0..<first.leaderCount where plan.assignment.contains(l) {
            edits.append(.removeLeader(id: first.leaderIDs[l]))
        }
        var random = SeededRandom(seed: seed &* 7919)
        var chosen = Set<Int>()
        while chosen.count < min(20, first.leaderCount) { chosen.insert(random.int(0...(first.leaderCount - 1))) }
        for l in chosen.sorted() {
            let length = random.int(21...56)
            let start = random.int(0...max(0, days - length))
            let dates = (start..<(start + length)).map { campaign.firstDay.adding(days: $0) }
            edits.append(.leave(leaderID: first.leaderIDs[l], dates: dates))
        }
        return edits.map { edit in
            let problem = PlanningProblem(campaign: edit.apply(to: campaign), previous: previous)
            let clock = ContinuousClock()
            var result: Result<Plan, Infeasibility>?
            let elapsed = clock.measure { result = Planner.plan(problem, timeLimit: timeLimit) }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let name: String
            switch edit {
            case .leave(let id, let dates): name = "leave \(id) \(dates.count) days from \(dates.first?.iso ?? "")"
            default: name = "\(edit)"
            }
            switch result {
            case .success(let replanned)?:
                return Outcome(
                    label: label, edit: name, optimal: replanned.isOptimal, seconds: seconds,
                    verdict: replanned.isOptimal ? "optimal" : replanned.proofText)
            case .failure(let why)?:
                return Outcome(
                    label: label, edit: name, optimal: false, seconds: seconds, verdict: "no plan: \(why.message)")
            case nil:
                return Outcome(label: label, edit: name, optimal: false, seconds: seconds, verdict: "not run")
            }
        }
    }
}
