import CampaignSpec
import Diagnostics
import DutyPlanner
import Foundation
import PlanReport
import ScheduleXML

/// The first half of every front end's journey: load the campaign, read the previous
/// schedule, plan, and compare with what was planned before.
public enum CampaignPlanning {
    /// - Parameters:
    ///   - previous: the schedule.xml to keep to, if any; read after the campaign, so its
    ///     owner can be checked.
    ///   - schema: what a previous schedule must pass; asked for only when there is one.
    public static func plan(
        _ source: CampaignSource, previous: PreviousSchedule?, timeLimit: Double,
        schema: () -> Result<XMLSchemaCheck, Diagnostic> = ScheduleSchema.builtIn
    )
        -> Result<PlannedCampaign, BuildFailure>
    {
        load(source).flatMap { plan($0, previous: previous, timeLimit: timeLimit, schema: schema) }
    }

    /// Each duty day's leader in the plan `build` keeps to (the output folder's schedule.xml, when
    /// there is one): who receives petitioners that day, for the ledger and the web page.
    public static func dutyLeaders(
        _ campaign: Campaign, keepingTo output: String = "output"
    )
        -> Result<[CivilDate: String], BuildFailure>
    {
        plan(.loaded(campaign), previous: .output(output), timeLimit: 10).map { planned in
            Dictionary(planned.plan.days.map { ($0.date, $0.leader.id) }, uniquingKeysWith: { a, _ in a })
        }
    }

    /// The campaign checked, with what loading it warned about.
    public static func load(_ source: CampaignSource) -> Result<LoadedCampaign, BuildFailure> {
        switch source {
        case .loaded(let campaign):
            return .success(LoadedCampaign(campaign: campaign, warnings: []))
        case .file(let path):
            let result = CampaignLoader.load(path: path)
            guard let campaign = result.campaign else {
                return .failure(BuildFailure(stage: .campaign(path: path), diagnostics: result.diagnostics))
            }
            return .success(LoadedCampaign(campaign: campaign, warnings: result.diagnostics))
        }
    }

    /// Plans a loaded campaign, kept to `previous` when given.
    public static func plan(
        _ loaded: LoadedCampaign, previous: PreviousSchedule?, timeLimit: Double,
        schema: () -> Result<XMLSchemaCheck, Diagnostic> = ScheduleSchema.builtIn
    ) -> Result<PlannedCampaign, BuildFailure> {
        let (campaign, loadWarnings) = (loaded.campaign, loaded.warnings)
        func failure(_ stage: BuildFailure.Stage, _ problem: Diagnostic) -> Result<PlannedCampaign, BuildFailure> {
            .failure(BuildFailure(stage: stage, diagnostics: loadWarnings + [problem]))
        }
        let schedule: Schedule?
        switch readPrevious(previous, for: campaign, schema: schema) {
        case .success(let read): schedule = read
        case .failure(let problem): return failure(.previousSchedule, problem)
        }
        let problem = PlanningProblem(campaign: campaign, previous: schedule?.leaderIDsByDate ?? [:])
        switch Planner.plan(problem, timeLimit: timeLimit) {
        case .failure(let why):
            return failure(
                .plan,
                .error(.noPlan, ["why": why.message], at: location(of: why, in: campaign, problem)))
        case .success(let plan):
            return .success(
                PlannedCampaign(
                    campaign: campaign, problem: problem, plan: plan, previous: schedule,
                    loadWarnings: loadWarnings))
        }
    }

    /// The schedule, nil when a first build finds none, or why it cannot be used, with the way out.
    static func readPrevious(
        _ request: PreviousSchedule?, for campaign: Campaign,
        schema: () -> Result<XMLSchemaCheck, Diagnostic>
    ) -> Result<Schedule?, Diagnostic> {
        guard let request else { return .success(nil) }
        let whole = SourceLocation(file: request.path, line: 1, column: 1)
        guard let data = FileManager.default.contents(atPath: request.path) else {
            if !request.mustExist && !FileManager.default.fileExists(atPath: request.path) { return .success(nil) }
            return .failure(Diagnostic.error(.previousUnreadable, at: whole).adding(request.instead))
        }
        let check: XMLSchemaCheck
        switch schema() {
        case .success(let compiled): check = compiled
        case .failure(let problem): return .failure(problem)
        }
        let owner = ScheduleReader.Owner(title: campaign.title, organization: campaign.organization)
        switch ScheduleReader.read(Array(data), name: request.path, schema: check, owner: owner) {
        case .success(let schedule): return .success(schedule)
        case .failure(let problem):
            let at = SourceLocation(file: request.path, line: max(1, problem.line), column: 1)
            return .failure(
                Diagnostic.error(.previousUnusable, ["detail": problem.text], at: at).adding(request.instead))
        }
    }

    /// A no-plan error points at the phase holding the first day it concerns.
    static func location(of why: Infeasibility, in campaign: Campaign, _ problem: PlanningProblem) -> SourceLocation {
        guard let day = why.firstDay, problem.days.indices.contains(day) else {
            return SourceLocation(file: campaign.sourceFile, line: 1, column: 1)
        }
        return campaign.phases[problem.days[day].phaseIndex].location
    }
}

/// A campaign that loaded and passed every check, and what loading it warned about.
public struct LoadedCampaign: Sendable {
    public let campaign: Campaign
    public let warnings: [Diagnostic]
}
