import CampaignSpec
import DutyPlanner

/// Plain values describing a plan, ready for a table, JSON or a template.
public struct PlanView: Sendable {
    public struct Day: Sendable {
        public let date: CivilDate
        public let phaseID: String
        public let phaseName: String
        public let leaderID: String
        public let leaderName: String
        public let leaderTitle: String
        public let isNonWorking: Bool
    }

    public struct Load: Sendable {
        public let leaderID: String
        public let name: String
        public let title: String
        public let duties: Int
        public let weekendDuties: Int
        /// In duty days; nil with fewer than two duties.
        public let smallestGap: Int?
    }

    public let days: [Day]
    public let loads: [Load]
    public let plan: Plan

    public init(campaign: Campaign, problem: PlanningProblem, plan: Plan) {
        let leaders = campaign.leaders
        days = zip(problem.days, plan.assignment).map { day, l in
            let phase = campaign.phases[day.phaseIndex]
            return Day(date: day.date, phaseID: phase.id, phaseName: phase.name, leaderID: leaders[l].id,
                       leaderName: leaders[l].name, leaderTitle: leaders[l].title, isNonWorking: day.isNonWorking)
        }
        let counts = DutyCounts(plan.assignment, in: problem)
        loads = leaders.indices.map {
            Load(leaderID: leaders[$0].id, name: leaders[$0].name, title: leaders[$0].title,
                 duties: counts.duties[$0], weekendDuties: counts.weekendDuties[$0], smallestGap: counts.smallestGap[$0])
        }
        self.plan = plan
    }
}
