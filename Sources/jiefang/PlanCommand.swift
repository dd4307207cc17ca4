import ArgumentParser
import CampaignBuild
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

    @OptionGroup var previous: PreviousOption

    @OptionGroup var planning: PlanningOptions

    func run() throws {
        let planned = try Console.unwrap(
            CampaignPlanning.plan(
                .file(campaign), previous: previous.request,
                timeLimit: planning.timeLimit))
        Console.report(planned.warnings)
        switch format {
        case .json: Console.out(PlanText.json(planned.plan, changes: planned.changes))
        case .table:
            Console.out(PlanText.table(planned.plan) + (planned.changes.map { "\n" + ChangeText.text($0) } ?? ""))
        }
    }
}
