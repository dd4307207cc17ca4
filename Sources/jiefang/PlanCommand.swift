import ArgumentParser
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

    @OptionGroup var planning: PlanningOptions

    func run() throws {
        let view = try PlannedCampaign.load(campaign, timeLimit: planning.timeLimit).source.plan
        Console.out(format == .json ? PlanText.json(view) : PlanText.table(view))
    }
}
