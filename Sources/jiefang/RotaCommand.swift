import ArgumentParser
import CampaignBuild
import CampaignSpec
import Rendering

/// Prints one leader's rota, with their phone, from `rota.txt.mustache`.
struct RotaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rota", abstract: "Plan the roster and print one leader's rota as text.")

    @Argument(help: "The campaign file (YAML).")
    var campaign: String

    @Argument(help: "The leader's id, as in the campaign file (e.g. li-ming).")
    var leaderID: String

    @Option(help: "A folder of edited templates; rota.txt.mustache there replaces the built-in one.")
    var templates: String?

    @OptionGroup var previous: PreviousOption

    @OptionGroup var planning: PlanningOptions

    func run() throws {
        let templateSet = try Console.unwrap(CampaignBuild.loadTemplates(templates))
        let planned = try Console.unwrap(
            CampaignPlanning.plan(
                .file(campaign), previous: previous.request,
                timeLimit: planning.timeLimit, schema: templateSet.scheduleSchema))
        Console.report(planned.warnings)
        let leaders = planned.campaign.leaders
        let id = try Console.unwrap(planned.campaign.leaderID(leaderID))
        guard let index = leaders.firstIndex(where: { $0.id == id }) else { throw ExitCode(1) }
        Console.out(OutputBuilder.rotaText(BuildSource(planned), leader: index, templates: templateSet))
    }
}
