import CampaignSpec
import DutyPlanner

/// Plain values describing a plan, ready for a table, JSON or a template.
public struct PlanView: Sendable {
    public let days: [RosterDay]
    /// In roster order.
    public let loads: [LeaderLoad]
    public let plan: Plan

    public init(campaign: Campaign, problem: PlanningProblem, plan: Plan) {
        let leaders = campaign.leaders.map(LeaderName.init)
        days = zip(problem.days, plan.assignment).map { day, l in
            let phase = campaign.phases[day.phaseIndex]
            return RosterDay(
                date: day.date, phaseID: phase.id, phaseName: phase.name, isNonWorking: day.isNonWorking,
                leader: leaders[l])
        }
        let counts = DutyCounts(plan.assignment, in: problem)
        loads = leaders.indices.map {
            LeaderLoad(
                leader: leaders[$0], duties: counts.duties[$0], weekendDuties: counts.weekendDuties[$0],
                smallestGap: counts.smallestGap[$0])
        }
        self.plan = plan
    }
}
