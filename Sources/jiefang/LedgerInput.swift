import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseLedger
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

    func open(_ campaign: Campaign, create: Bool = false) throws -> Ledger {
        do {
            return try Ledger.open(for: campaign, create: create)
        } catch {
            Console.report([error])
            throw ExitCode(1)
        }
    }
}

/// Writes a file only the office may read (petitioners' matters), replacing any earlier one;
/// reports the failure and exits 1.
func writePrivate(_ bytes: [UInt8], to path: String) throws {
    try? FileManager.default.removeItem(atPath: path)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
    else {
        Console.error("\(path): error: cannot write this file")
        throw ExitCode(1)
    }
}

/// A ledger change that was refused: reported, exit 1, nothing written.
func ledgerDo<T>(_ body: () throws(Diagnostic) -> T) throws -> T {
    do {
        return try body()
    } catch {
        Console.report([error])
        throw ExitCode(1)
    }
}

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}
