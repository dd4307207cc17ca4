import CampaignSpec
import Diagnostics
import DutyPlanner
import ScheduleXML

/// A campaign with its plan and, for a re-plan, what that plan changed against the previous
/// schedule: everything a report or a build is made from.
public struct PlannedCampaign: Sendable {
    public let campaign: Campaign
    public let problem: PlanningProblem
    public let plan: PlanView
    /// Against the previous schedule; nil for a plan made from scratch.
    public private(set) var changes: ChangeReport?
    /// The revision history the new schedule.xml carries, oldest first.
    public let revisions: [Schedule.Revision]
    /// What loading the campaign and re-planning found questionable, in that order.
    public let warnings: [Diagnostic]

    /// - Parameters:
    ///   - previous: the schedule `problem` was made to keep (`PlanningProblem(previous:)`).
    ///   - loadWarnings: what loading the campaign warned about.
    public init(
        campaign: Campaign, problem: PlanningProblem, plan: Plan, previous: Schedule?, loadWarnings: [Diagnostic]
    ) {
        self.campaign = campaign
        self.problem = problem
        let view = PlanView(campaign: campaign, problem: problem, plan: plan)
        self.plan = view
        let changes = previous.map { ChangeReport(previous: $0, now: view, campaign: campaign) }
        self.changes = changes
        revisions = previous.flatMap { changes?.revisions(after: $0, issued: campaign.issued) } ?? []
        warnings = loadWarnings + (changes?.staleIssuedWarning(campaign).map { [$0] } ?? [])
    }

    /// The same plan, its change report naming the booked appointments it moves.
    public func moving(_ booked: [ChangeReport.BookedAppointment]) -> PlannedCampaign {
        var planned = self
        planned.changes = changes?.moving(booked)
        return planned
    }

}
