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

    @OptionGroup var previous: PreviousOption

    @OptionGroup var planning: PlanningOptions

    func run() throws {
        // The built-in templates, for the schema of a --previous schedule.
        let source = try PlannedCampaign.load(campaign, timeLimit: planning.timeLimit, previous: previous.request,
                                              templates: try PlannedCampaign.templates(nil)).source
        switch format {
        case .json: Console.out(PlanText.json(source.plan, changes: source.changes))
        case .table: Console.out(PlanText.table(source.plan) + (source.changes.map { "\n" + ChangeText.text($0) } ?? ""))
        }
    }
}
