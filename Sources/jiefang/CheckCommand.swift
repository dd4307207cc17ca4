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
        Console.say(
            zh: "\(campaign)：没有问题 — \(loaded.phases.count)个阶段，\(days.count)个值班日，"
                + "\(loaded.leaders.count)位领导，\(loaded.pins.count)条固定值班，\(loaded.sites.count)个张贴点"
                + (loaded.rosterFile.map { "；名单来自\($0.path)（\($0.form)）" } ?? ""),
            en: "\(campaign): ok — \(loaded.phases.count) phases, \(days.count) duty days, "
                + "\(loaded.leaders.count) leaders, \(loaded.pins.count) pins, \(loaded.sites.count) posting sites"
                + (loaded.rosterFile.map { "; leaders from \($0.path) (\($0.form))" } ?? ""))
    }
}
