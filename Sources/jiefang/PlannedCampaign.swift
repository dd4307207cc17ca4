import ArgumentParser
import CampaignSpec
import DutyPlanner
import PlanReport
import Rendering

/// A campaign loaded and planned, ready to render; every failure is already reported on stderr.
struct PlannedCampaign {
    let source: BuildSource

    /// - Parameter previous: the schedule.xml to keep to, if any; read after the campaign, so
    ///   its owner can be checked, and against `templates`' schema.
    static func load(_ path: String, timeLimit: Double, previous: PreviousSchedule.Request? = nil,
                     templates: @autoclosure () throws -> TemplateSet) throws -> PlannedCampaign {
        let result = CampaignLoader.load(path: path)
        let campaign = try CampaignInput.load(path, result)
        let schedule = try PreviousSchedule.load(previous, for: campaign, templates: templates)
        let problem = PlanningProblem(campaign: campaign, previous: schedule?.leaderIDsByDate ?? [:])
        switch Planner.plan(problem, timeLimit: timeLimit) {
        case .failure(let why):
            Console.error("\(NoPlanLocation.of(why, in: campaign, problem)): error: no duty roster is possible: \(why.message)")
            throw ExitCode(1)
        case .success(let plan):
            let view = PlanView(campaign: campaign, problem: problem, plan: plan)
            let source = BuildSource(campaign: campaign, plan: view, warnings: result.warnings, previous: schedule)
            for warning in source.replanWarnings { Console.error(warning.description) }
            return PlannedCampaign(source: source)
        }
    }

    static func templates(_ folder: String?) throws -> TemplateSet {
        switch TemplateSet.load(overrides: folder) {
        case .success(let set): return set
        case .failure(let errors):
            for diagnostic in errors.diagnostics { Console.error(diagnostic.description) }
            let n = errors.diagnostics.count
            Console.error("\(n) template error\(n == 1 ? "" : "s"); nothing was written")
            throw ExitCode(1)
        }
    }
}

/// Points a no-plan error at the phase holding the first day concerned.
enum NoPlanLocation {
    static func of(_ why: Infeasibility, in campaign: Campaign, _ problem: PlanningProblem) -> String {
        guard let day = why.firstDay, problem.days.indices.contains(day) else { return "\(campaign.sourceFile):1:1" }
        let loc = campaign.phases[problem.days[day].phaseIndex].location
        return "\(loc.file):\(loc.line):\(loc.column)"
    }
}
