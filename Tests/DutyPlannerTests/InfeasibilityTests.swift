import CampaignSpec
import Testing

@testable import DutyPlanner

@Suite("No possible plan, explained")
struct InfeasibilityTests {
    func problem(
        days: Int, leaders: Int, rest: Int, maxDuties: Int? = nil, away: [(Int, Int)] = [],
        pins: [(Int, Int)] = []
    ) -> PlanningProblem {
        let start = CivilDate(iso: "2026-09-07")!
        let dutyDays = (0..<days).map { DutyDay(date: start.adding(days: $0), phaseIndex: 0, isNonWorking: false) }
        var awayGrid = [[Bool]](repeating: [Bool](repeating: false, count: leaders), count: days)
        for (d, l) in away { awayGrid[d][l] = true }
        var pinned = [Int?](repeating: nil, count: days)
        for (d, l) in pins { pinned[d] = l }
        return PlanningProblem(
            days: dutyDays, leaderIDs: (0..<leaders).map { "l\($0)" },
            leaderNames: ["李明", "王军", "张伟", "刘芳"].prefix(leaders).map { $0 },
            away: awayGrid, pinned: pinned, restDays: rest, maxDuties: maxDuties)
    }

    @Test("the day nobody can take, and who is away")
    func uncoverableDay() {
        let p = problem(days: 5, leaders: 2, rest: 0, away: [(3, 0), (3, 1)])
        guard case .failure(let why) = Planner.plan(p) else { Issue.record("expected no plan"); return }
        #expect(why.reason == .uncoverableDay(day: 3))
        #expect(why.message.en == "nobody can take 2026-09-10 (9月10日（星期四）): away: 李明、王军")
    }

    @Test("the smallest span the available leaders cannot cover under rest_days")
    func uncoverableSpan() {
        // Three leaders, two days' rest: any three days in a row need all three, but 张伟 is
        // away on days 4–6.
        let p = problem(days: 10, leaders: 3, rest: 2, away: [(4, 2), (5, 2), (6, 2)])
        guard case .failure(let why) = Planner.plan(p) else { Issue.record("expected no plan"); return }
        #expect(
            why.message.en
                == "the 3 duty days 2026-09-11..2026-09-13 cannot be covered: the leaders available then (李明、王军) can take at most 2 of them under rest_days 2 (one duty in any 3 consecutive duty days)"
        )
    }

    @Test("max_duties too small for the campaign")
    func capTooSmall() {
        let p = problem(days: 10, leaders: 3, rest: 0, maxDuties: 3)
        guard case .failure(let why) = Planner.plan(p) else { Issue.record("expected no plan"); return }
        #expect(
            why.message.en
                == "the 10 duty days 2026-09-07..2026-09-16 cannot be covered: the leaders available then (李明、王军、张伟) can take at most 9 of them under rest_days 0 (one duty in any 1 consecutive duty days) and max_duties 3"
        )
    }

    @Test("days that only a few leaders can take, not in one run")
    func shortfall() {
        // Days 0, 2 and 4 only 李明 can take; max_duties 2 leaves one uncovered, though every
        // run of days has enough leaders in it.
        let p = problem(
            days: 6, leaders: 3, rest: 0, maxDuties: 2, away: [(0, 1), (2, 1), (4, 1), (0, 2), (2, 2), (4, 2)])
        guard case .failure(let why) = Planner.plan(p) else { Issue.record("expected no plan"); return }
        #expect(why.message.zh.contains("2026-09-07, 2026-09-09, 2026-09-11"), "\(why.message.zh)")
        #expect(why.message.zh.contains("李明") && why.message.zh.contains("最多只能值"))
        #expect(why.message.en.contains("can only be taken by"))
    }

    @Test("a pin that blocks its neighbours is named")
    func pinBlocks() {
        let p = problem(days: 3, leaders: 2, rest: 1, away: [(1, 1)], pins: [(0, 0)])
        guard case .failure(let why) = Planner.plan(p) else { Issue.record("expected no plan"); return }
        #expect(why.message.zh.contains("9月8日"), "\(why.message.zh)")
        #expect(why.message.zh.contains("已固定在9月7日"))
        #expect(why.message.en.contains("pinned to 2026-09-07"))
    }
}
