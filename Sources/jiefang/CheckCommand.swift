import ArgumentParser
import CampaignSpec

/// Validates a campaign file and reports every problem at once.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate a campaign file, listing every problem with its line.")

    @Argument(help: "The campaign file (YAML).")
    var campaign: String

    func run() throws {
        let loaded = try CampaignInput.load(campaign)
        let days = DutyCalendar(campaign: loaded).days
        Console.out("\(campaign): ok — \(loaded.phases.count) phases, \(days.count) duty days, "
                    + "\(loaded.leaders.count) leaders, \(loaded.pins.count) pins, \(loaded.sites.count) posting sites\n")
    }
}
