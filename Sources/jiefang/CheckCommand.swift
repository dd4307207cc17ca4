import ArgumentParser
import CampaignBuild
import CampaignSpec

/// Validates a campaign file and reports every problem at once.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a campaign file, listing every problem with its line.")

    @Argument(help: "The campaign file (YAML).")
    var campaign: String

    func run() throws {
        let result = CampaignLoader.load(path: campaign)
        guard let loaded = result.campaign else {
            throw Console.fail(BuildFailure(stage: .campaign(path: campaign), diagnostics: result.diagnostics))
        }
        Console.report(result.diagnostics)
        let days = DutyCalendar(campaign: loaded).days
        Console.out(
            "\(campaign): ok — \(loaded.phases.count) phases, \(days.count) duty days, "
                + "\(loaded.leaders.count) leaders, \(loaded.pins.count) pins, \(loaded.sites.count) posting sites"
                + (loaded.rosterFile.map { "; leaders from \($0.path) (\($0.form))" } ?? "") + "\n")
    }
}
