import CampaignGenerator
import CampaignSpec
import Testing

@testable import DutyPlanner

/// Objective 1 (SPEC §3, §5): after an edit, the fewest days change leader, exactly.
@Suite("Re-planning against a previous plan")
struct ReplanningTests {
    /// One re-plan: the edited campaign planned against the old plan, and the truth by brute force.
    struct Replan {
        let problem: PlanningProblem
        let plan: Plan?
        let truth: BruteForce.Best?
        /// Days whose old leader may no longer take them: gone from the roster, away, or pinned away.
        let forced: Set<Int>

        var changedDays: Set<Int> {
            guard let plan else { return [] }
            return Set(
                plan.assignment.indices.filter { d in problem.previous[d].map { $0 != plan.assignment[d] } ?? false })
        }
    }

    static func replan(
        _ old: Campaign, _ edit: CampaignEdit, bruteForce: Bool = true, timeLimit: Double = 10
    ) -> Replan? {
        replan(old, edited: edit.apply(to: old), bruteForce: bruteForce, timeLimit: timeLimit)
    }

    /// - Parameter bruteForce: false for campaigns too large to enumerate.
    static func replan(_ old: Campaign, edited: Campaign, bruteForce: Bool = true, timeLimit: Double = 10) -> Replan? {
        guard case .success(let first) = Planner.plan(old, timeLimit: timeLimit) else { return nil }
        let before = PlanningProblem(campaign: old)
        let previous = before.leaderIDsByDate(first.assignment)
        let problem = PlanningProblem(campaign: edited, previous: previous)
        let forced = Set(problem.days.indices.filter(problem.mustChange))
        let plan = try? Planner.plan(problem, timeLimit: timeLimit).get()
        return Replan(problem: problem, plan: plan, truth: bruteForce ? BruteForce.solve(problem) : nil, forced: forced)
    }

    /// Small campaigns (7 days, 4 leaders) that brute force enumerates quickly.
    static func bases(_ count: Int, seed: UInt64) -> [Campaign] {
        var rng = SeededRandom(seed: seed)
        var out: [Campaign] = []
        while out.count < count {
            let shape = CampaignShape(
                start: CivilDate(year: 2026, month: 9, day: rng.int(1...20))!, days: 7, leaders: 4,
                restDays: 1, calendar: .everyDay, leaveChance: 0.3, longestLeave: 2, pins: rng.int(0...1))
            let campaign = CampaignGenerator.make(shape, seed: rng.next())
            if case .success = Planner.plan(campaign) { out.append(campaign) }
        }
        return out
    }

    /// Checks one re-plan against brute force; returns whether only the forced days changed.
    @discardableResult
    static func check(_ r: Replan, _ what: String) -> Bool {
        guard let truth = r.truth else {
            #expect(r.plan == nil, "\(what): planner found a plan where none exists")
            return false
        }
        guard let plan = r.plan else {
            Issue.record("\(what): planner gave up on a feasible re-plan")
            return false
        }
        #expect(HardRules.violations(of: plan.assignment, in: r.problem).isEmpty, "\(what)")
        #expect(plan.isOptimal, "\(what)")
        #expect(
            plan.score.changes == truth.exact[0], "\(what): changed \(plan.score.changes), minimum \(truth.exact[0])")
        #expect(plan.score.exactPart == truth.exact, "\(what)")
        #expect(r.forced.isSubset(of: r.changedDays), "\(what): a day its leader can no longer take kept them")
        // When the forced days alone can be refilled, nothing else may move.
        if truth.exact[0] == r.forced.count {
            #expect(r.changedDays == r.forced, "\(what): an unaffected day changed leader")
            return true
        }
        return false
    }

    @Test("shifting every phase by 3 days keeps each remaining date's leader; only pins moved onto taken days change")
    func shift() {
        for old in Self.bases(12, seed: 31) {
            guard let r = Self.replan(old, .shift(days: 3)) else { continue }
            Self.check(r, "shift")
            // Three days are dropped and three added; added days count as no change.
            #expect(r.problem.previous.filter { $0 == nil }.count == 3)
        }
    }

    @Test("leave on two of a leader's days changes those two days and no other")
    func leave() throws {
        var onlyForced = 0
        for old in Self.bases(12, seed: 32) {
            let plan = try #require(try? Planner.plan(old).get())
            let problem = PlanningProblem(campaign: old)
            let leader = plan.assignment[0]
            let days = plan.assignment.indices.filter { plan.assignment[$0] == leader }.prefix(2)
            let edit = CampaignEdit.leave(
                leaderID: problem.leaderIDs[leader], dates: days.map { problem.days[$0].date })
            guard let r = Self.replan(old, edit) else { continue }
            #expect(r.forced.count == days.count)
            if Self.check(r, edit.description) { onlyForced += 1 }
        }
        // Most such edits need no knock-on change; if none did, the check above proved little.
        #expect(onlyForced >= 6, "only \(onlyForced) of 12 re-plans changed just the forced days")
    }

    @Test("a new leader changes nothing that was already planned")
    func addLeader() {
        for old in Self.bases(12, seed: 33) {
            guard let r = Self.replan(old, .addLeader(id: "new-leader")) else { continue }
            Self.check(r, "add a leader")
            #expect(r.changedDays.isEmpty)
        }
    }

    @Test("a leader who leaves gives up exactly their days when others can take them")
    func removeLeader() throws {
        var onlyForced = 0
        for old in Self.bases(12, seed: 34) {
            let id = PlanningProblem(campaign: old).leaderIDs[1]
            guard let r = Self.replan(old, .removeLeader(id: id)) else { continue }
            if Self.check(r, "remove \(id)") { onlyForced += 1 }
        }
        #expect(onlyForced >= 3, "only \(onlyForced) of 12 re-plans changed just the departed leader's days")
    }

    @Test("every leader removed in turn, and each leader's days all taken away: each re-plan matches brute force")
    func everyRemovalAndLongLeave() throws {
        var checked = 0
        for old in Self.bases(8, seed: 36) {
            let problem = PlanningProblem(campaign: old)
            guard case .success(let first) = Planner.plan(problem) else { continue }
            for l in 0..<problem.leaderCount where first.assignment.contains(l) {
                let id = problem.leaderIDs[l]
                if let r = Self.replan(old, .removeLeader(id: id)) {
                    Self.check(r, "remove \(id)")
                    checked += 1
                }
                // Leave over the whole campaign: every one of their days must go to others.
                let all = problem.days.map(\.date)
                if let r = Self.replan(old, .leave(leaderID: id, dates: all)) {
                    Self.check(r, "\(id) away throughout")
                    checked += 1
                }
            }
        }
        #expect(checked >= 40, "only \(checked) re-plans checked")
    }

    @Test(
        "a year × 60 leaders: removing a leader who holds duties is proved optimal at once, changing only their days"
    )
    func removalAtScale() throws {
        let shape = CampaignShape(
            start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60,
            restDays: 2, maxDuties: nil, leaveChance: 0.4, longestLeave: 20, pins: 2)
        let old = CampaignGenerator.make(shape, seed: 1)
        let problem = PlanningProblem(campaign: old)
        let plan = try #require(try? Planner.plan(problem, timeLimit: 0.2).get())
        // Leaders 10, 11 and 48 were the hardest for the full search (issue: re-plans at scale).
        for l in [9, 10, 47] where plan.assignment.contains(l) {
            let r = try #require(
                Self.replan(old, .removeLeader(id: problem.leaderIDs[l]), bruteForce: false, timeLimit: 0.2))
            let replanned = try #require(r.plan)
            let proved = replanned.isOptimal, onlyForced = r.changedDays == r.forced
            #expect(proved, "\(problem.leaderIDs[l]): \(replanned.proofText)")
            #expect(onlyForced, "\(problem.leaderIDs[l])")
        }
    }

    @Test("with nothing edited, nothing changes")
    func noChange() {
        for old in Self.bases(12, seed: 35) {
            guard let r = Self.replan(old, .none) else { continue }
            Self.check(r, "no change")
            #expect(r.changedDays.isEmpty && r.forced.isEmpty)
        }
    }

    @Test(
        "half a year × 30 leaders: a leader's leave on two told days changes just those two, proved within the step budget"
    )
    func atScale() throws {
        for seed in UInt64(1)...3 {
            let shape = CampaignShape(
                start: CivilDate(year: 2026, month: 1, day: 1)!, days: 182, leaders: 30,
                restDays: 2, maxDuties: 8, leaveChance: 0.4, longestLeave: 20, pins: 2)
            let old = CampaignGenerator.make(shape, seed: seed)
            // A small step budget keeps this quick in a debug build; the proof must fit in it.
            let plan = try #require(try? Planner.plan(old, timeLimit: 0.2).get())
            let problem = PlanningProblem(campaign: old)
            let leader = plan.assignment[60]
            let days = plan.assignment.indices.filter { plan.assignment[$0] == leader }.prefix(2).map {
                problem.days[$0].date
            }
            let r = try #require(
                Self.replan(
                    old, .leave(leaderID: problem.leaderIDs[leader], dates: days), bruteForce: false,
                    timeLimit: 0.2))
            let replanned = try #require(r.plan)
            #expect(replanned.isOptimal, "seed \(seed): \(replanned.proofText)")
            #expect(r.changedDays == r.forced && r.forced.count == 2, "seed \(seed)")
        }
    }

    @Test("generated (old, edited) pairs: every re-plan keeps the hard rules and changes the fewest days")
    func generatedPairs() throws {
        var rng = SeededRandom(seed: 2027)
        var feasible = 0, infeasible = 0, withChanges = 0
        for old in Self.bases(120, seed: 36) {
            let problem = PlanningProblem(campaign: old)
            let date = problem.days[rng.int(0...(problem.dayCount - 1))].date
            let id = problem.leaderIDs[rng.int(0...(problem.leaderCount - 1))]
            let edits: [CampaignEdit] = [
                .shift(days: rng.int(-3...3)), .leave(leaderID: id, dates: [date, date.adding(days: rng.int(1...3))]),
                .addLeader(id: "new-leader"), .removeLeader(id: id), .pin(date, leaderID: id), .none,
            ]
            // One or two edits at once, as an office makes them.
            var edited = old
            var what: [String] = []
            for _ in 0..<rng.int(1...2) {
                let edit = edits[rng.int(0...(edits.count - 1))]
                edited = edit.apply(to: edited)
                what.append(edit.description)
            }
            let r = try #require(Self.replan(old, edited: edited))
            Self.check(r, what.joined(separator: " + "))
            if r.truth == nil { infeasible += 1 } else { feasible += 1 }
            if !r.changedDays.isEmpty { withChanges += 1 }
        }
        #expect(
            feasible > 80 && withChanges > 30,
            "feasible \(feasible), infeasible \(infeasible), with changes \(withChanges)")
    }
}
