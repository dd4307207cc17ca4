import ArgumentParser
import CaseLedger
import Diagnostics
import Foundation
import Hummingbird
import OfficeWeb

/// `jiefang serve`: the office's web page (SPEC §8).
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Serve the office's web page: today, the roster and notice preview, leave, the register form, the cases and "
            + "the reports; signed in with `jiefang user add`.")

    @OptionGroup var ledger: LedgerOptions
    @Option(help: "The address to serve on; any but loopback needs an office account first.") var host = "127.0.0.1"
    @Option(help: "The port.") var port = 8080
    @Option(name: .shortAndLong, help: "The output folder `build` writes, whose schedule.xml the roster keeps to.")
    var output = "output"
    @Option(help: "A folder of edited templates; each file replaces the built-in template of the same name.")
    var templates: String?
    @Flag(help: "The page is reached over HTTPS (through a proxy): the session cookie is marked Secure.")
    var https = false

    func run() throws {
        let campaign = try ledger.loadCampaign()
        let store = try ledger.open(campaign, create: true)
        try ledgerDo { () throws(Diagnostic) in try OfficeServer.checkHost(host, ledger: store) }
        let server: OfficeServer
        do {
            server = try OfficeServer(
                campaignFile: ledger.campaign, ledger: store, output: output, templatesFolder: templates, secure: https)
        } catch {
            Console.report(error.items)
            throw ExitCode(1)
        }
        let app = Application(
            router: server.router(), configuration: .init(address: .hostname(host, port: port), serverName: "jiefang"))
        Console.out("serving \(campaign.title) on http://\(host):\(port)/ (Ctrl-C stops)\n")
        let done = DispatchSemaphore(value: 0)
        let failure = Failure()
        Task {
            do { try await app.runService() } catch { failure.message = "\(error)" }
            done.signal()
        }
        done.wait()
        if let message = failure.message {
            Console.error("error: the web page stopped: \(message)")
            throw ExitCode(1)
        }
    }

    private final class Failure: @unchecked Sendable { var message: String? }
}
