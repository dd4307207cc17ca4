import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SPEC §8, HTTPS without a proxy: a certificate the test makes with Debian's openssl, the page
/// served over TLS, and curl, which checks the certificate, as the client.
@Suite("HTTPS without a proxy")
struct HTTPSTests {
    /// A loopback port nobody listens on now.
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test(
        "serve --tls-cert --tls-key: a client that checks the certificate gets the page, the cookie is Secure",
        .enabled(if: TestEnvironment.has("openssl", "curl")))
    func servesHTTPS() throws {
        let dir = try LedgerFixture.town()
        let (cert, key) = (dir.appendingPathComponent("cert.pem").path, dir.appendingPathComponent("key.pem").path)
        let made = try RealClient.run(
            "openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj",
                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ], need: "openssl")
        #expect(made.status == 0, "\(made.stderr)")
        let added = try Processes.run(
            CLI.binary, ["user", "add", "c.yaml", "王干事", "--role", "office", "--bcrypt-cost", "4"], in: dir,
            input: Data("office-password\n".utf8))
        #expect(added.status == 0, "\(added.stderr)")

        let port = Self.freePort()
        let server = Process()
        server.executableURL = CLI.binary
        server.arguments = ["serve", "c.yaml", "--port", "\(port)", "--tls-cert", cert, "--tls-key", key]
        server.currentDirectoryURL = dir
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        let base = "https://127.0.0.1:\(port)"
        func curl(_ arguments: [String]) throws -> CommandResult {
            try RealClient.run("curl", ["-s", "--max-time", "5"] + arguments, need: "curl")
        }
        var page = try curl(["--cacert", cert, base + "/signin"])
        for _ in 0..<100 where page.status != 0 {
            usleep(100_000)
            page = try curl(["--cacert", cert, base + "/signin"])
        }
        #expect(page.status == 0 && page.stdout.contains("账户"), "curl: \(page.status) \(page.stderr)")
        let csrf = try #require(page.stdout.firstMatch(of: /name="csrf" value="([0-9a-f]+)"/).map { String($0.1) })
        let signedIn = try curl([
            "--cacert", cert, "-D", "-", "-o", "/dev/null", "--data-urlencode", "name=王干事", "--data-urlencode",
            "password=office-password", "--data-urlencode", "csrf=\(csrf)", base + "/signin",
        ])
        let cookie = signedIn.stdout.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") } ?? ""
        #expect(
            cookie.contains("jiefang_session=") && cookie.contains("Secure") && cookie.contains("HttpOnly"), "\(cookie)"
        )
        // The client does check: without the town's certificate it refuses (curl's 60), and
        // plain HTTP gets no page on the HTTPS port.
        #expect(try curl([base + "/signin"]).status == 60)
        #expect(try curl(["http://127.0.0.1:\(port)/signin"]).stdout.contains("账户") == false)
    }
}
