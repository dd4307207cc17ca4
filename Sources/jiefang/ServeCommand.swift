import ArgumentParser
import CaseLedger
import Diagnostics
import Foundation
import Hummingbird
import OfficeWeb

/// `jiefang serve`: the office's web page (SPEC §8).
struct ServeCommand: AsyncParsableCommand {
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
    @Option(help: ArgumentHelp("Serve HTTPS with this certificate chain (PEM).", valueName: "file")) var tlsCert:
        String?
    @Option(help: ArgumentHelp("The certificate's private key (PEM).", valueName: "file")) var tlsKey: String?
    @Option(
        help: ArgumentHelp(
            "The Chromium the reports' PDFs print with (default: chromium-headless-shell or chromium on PATH).",
            valueName: "path"))
    var chromium: String?

    func run() async throws {
        let transport = try Console.unwrap(
            Result { () throws(Diagnostic) in try OfficeServer.httpServer(certificate: tlsCert, key: tlsKey) })
        let scheme = tlsCert == nil ? "http" : "https"
        let store = try ledger.work(create: true).ledger
        try Console.unwrap(Result { () throws(Diagnostic) in try OfficeServer.checkHost(host, ledger: store) })
        let server: OfficeServer
        do {
            server = try OfficeServer(
                campaignFile: ledger.campaign, ledger: store, output: output, templatesFolder: templates,
                secure: https || tlsCert != nil, chromium: chromium)
        } catch {
            Console.report(error.items)
            throw ExitCode(1)
        }
        let app = Application(
            router: server.router(), server: transport,
            configuration: .init(address: .hostname(host, port: port), serverName: "jiefang"))
        Console.say(
            zh: "正在\(scheme)://\(host):\(port)/提供“\(server.title)”的网页（按Ctrl-C停止）",
            en: "serving \(server.title) on \(scheme)://\(host):\(port)/ (Ctrl-C stops)")
        // The Chromium kept for the reports' PDFs goes with the server, however it stops.
        defer { server.close() }
        do {
            try await app.runService()
        } catch {
            // The server's own words name sockets and channels; the office needs to know what to do.
            Console.report([
                .error(.serverStopped, ["host": "\(host)", "port": "\(port)"])
            ])
            throw ExitCode(1)
        }
    }
}
