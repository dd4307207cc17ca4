import CampaignGenerator
import CampaignSpec
import Testing

@testable import DutyPlanner

@Suite("Planner properties on generated campaigns")
struct PlannerPropertyTests {
    /// Small campaigns whose every roster can be enumerated quickly.
    static func smallShapes() -> [(CampaignShape, UInt64)] {
        var rng = SeededRandom(seed: 2026)
        var shapes: [(CampaignShape, UInt64)] = []
        while shapes.count < 160 {
            let days = rng.int(3...12), leaders = rng.int(2...5), rest = rng.int(0...2)
            // Keep the enumeration small: about L·(L−1)^(D−1) rosters at most.
            var size = Double(leaders)
            for _ in 1..<days { size *= Double(max(1, leaders - min(rest, leaders - 1))) }
            if size > 150_000 { continue }
            let maxDuties: Int? = rng.chance(0.3) ? rng.int(1...4) : nil
            let shape = CampaignShape(
                start: CivilDate(year: 2026, month: 9, day: rng.int(1...20))!, days: days,
                leaders: leaders, restDays: rest, maxDuties: maxDuties,
                calendar: rng.chance(0.2) ? .workingDays : .everyDay,
                leaveChance: 0.4, longestLeave: 4, pins: rng.int(0...2))
            shapes.append((shape, rng.next()))
        }
        return shapes
    }

    @Test("on small campaigns the planner matches brute force, and proves it")
    func matchesBruteForce() throws {
        var feasible = 0, infeasible = 0
        for (shape, seed) in Self.smallShapes() {
            let campaign = CampaignGenerator.make(shape, seed: seed)
            let problem = PlanningProblem(campaign: campaign)
            let truth = BruteForce.solve(problem)
            switch Planner.plan(problem) {
            case .success(let plan):
                feasible += 1
                #expect(HardRules.violations(of: plan.assignment, in: problem).isEmpty)
                let t = try #require(truth, "planner found a plan where none exists (seed \(seed))")
                #expect(plan.score.exactPart == t.exact, "seed \(seed)")
                #expect(plan.isOptimal, "seed \(seed)")
                #expect((plan.score.smallestGap ?? Int.max) == t.gap, "spread, seed \(seed)")
            case .failure(let why):
                infeasible += 1
                #expect(truth == nil, "planner gave up on a feasible campaign (seed \(seed)): \(why.message.en)")
                #expect(why.reason != .outOfTime)
            }
        }
        // The generator must exercise both outcomes, or this test proves little.
        #expect(feasible > 60 && infeasible > 10, "feasible \(feasible), infeasible \(infeasible)")
    }

    @Test("larger campaigns: every plan keeps every hard rule, and the same input gives the same plan")
    func hardRulesAtScale() throws {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<12 {
            let shape = CampaignShape(
                days: rng.int(30...120), leaders: rng.int(4...20), restDays: rng.int(0...3),
                maxDuties: rng.chance(0.5) ? rng.int(5...30) : nil,
                calendar: rng.chance(0.3) ? .workingDays : .everyDay,
                leaveChance: 0.5, longestLeave: 15, pins: rng.int(0...4))
            let seed = rng.next()
            let problem = PlanningProblem(campaign: CampaignGenerator.make(shape, seed: seed))
            let first = Planner.plan(problem, timeLimit: 0.5)
            let second = Planner.plan(problem, timeLimit: 0.5)
            switch (first, second) {
            case (.success(let a), .success(let b)):
                #expect(HardRules.violations(of: a.assignment, in: problem).isEmpty, "seed \(seed)")
                #expect(a.assignment == b.assignment)
            case (.failure(let a), .failure(let b)):
                #expect(a.message == b.message)
            default:
                Issue.record("the same input gave different outcomes (seed \(seed))")
            }
        }
    }

    @Test func waterfillIsTheSmallestIncrease() {
        // Loads 3, 1, 0 with room 1, 5, 5: four more units end at 3, 3, 2 (or 3, 2, 3).
        #expect(RosterSearch.waterfill([3, 1, 0], [1, 5, 5], 4) == (9 + 9 + 4) - (9 + 1 + 0))
        #expect(RosterSearch.waterfill([0, 0], [1, 1], 3) == nil)
        #expect(RosterSearch.waterfill([2, 2], [0, 0], 0) == 0)
    }
}
