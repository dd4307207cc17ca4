import ArgumentParser
import CampaignSpec
import DutyPlanner
import PlanReport

/// Plans the roster and prints it.
struct PlanCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Plan the duty roster and print it with each leader's load.")

    @Argument(help: "The campaign file (YAML).")
    var campaign: String

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @Option(name: .customLong("time-limit"),
            help: "Seconds the planner may spend proving optimality (counted in search steps, so results never depend on machine speed).")
    var timeLimit: Double = 10

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    func run() throws {
        let loaded = try CampaignInput.load(campaign)
        let problem = PlanningProblem(campaign: loaded)
        switch Planner.plan(problem, timeLimit: timeLimit) {
        case .failure(let why):
            Console.error("\(NoPlanLocation.of(why, in: loaded, problem)): error: no duty roster is possible: \(why.message)")
            throw ExitCode(1)
        case .success(let plan):
            let view = PlanView(campaign: loaded, problem: problem, plan: plan)
            Console.out(format == .json ? PlanText.json(view) : PlanText.table(view))
        }
    }
}
