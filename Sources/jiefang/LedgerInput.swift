import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseWork
import Diagnostics
import Foundation

/// What every ledger command starts from: the campaign, its ledger, and who is doing it.
struct LedgerOptions: ParsableArguments {
    @Argument(help: "The campaign file (YAML); its ledger is `ledger:` there, or ledger.sqlite beside it.")
    var campaign: String

    @Option(
        help: ArgumentHelp(
            "Who makes the change, for the ledger's history (default: the account's name).", valueName: "name"))
    var by: String?

    var account: String { by ?? ProcessInfo.processInfo.environment["USER"] ?? "office" }

    func loadCampaign() throws -> Campaign {
        let loaded = try Console.unwrap(CampaignPlanning.load(.file(campaign)))
        Console.report(loaded.warnings)
        return loaded.campaign
    }

    /// The campaign's case work: its ledger, opened for it (created when `create` is set).
    func open(_ campaign: Campaign, create: Bool = false) throws -> CaseWork {
        try Console.unwrap(CaseWork.open(campaign, create: create))
    }

    /// The campaign loaded and its ledger opened, in one step.
    func work(create: Bool = false) throws -> CaseWork { try open(try loadCampaign(), create: create) }
}

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
