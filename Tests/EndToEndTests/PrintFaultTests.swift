import Foundation
import TestSupport
import Testing

/// SPEC §13: one Chromium prints the whole run; when it dies mid-run the build says so once,
/// writes no PDF, and leaves no Chromium behind.
@Suite("One Chromium for the run")
struct PrintFaultTests {
    /// The Chromium processes this build started: their profile lives in its print folder, under
    /// the TMPDIR this test gives it, so the Chromiums of tests running beside it are left alone.
    static func chromiums(under tmp: URL) throws -> [Int32] {
        let found = try Processes.run(tool: "pgrep", ["-f", tmp.path + "/jiefang-print-"])
        return found.stdout.split(separator: "\n").compactMap { Int32($0) }
    }

    @Test(
        "Chromium killed mid-run: one clean error, no PDF written, no Chromium left",
        .enabled(if: TestEnvironment.has("chromium", "pgrep")))
    func killedMidRun() throws {
        let town = Town(dir: try CLI.temporaryDirectory())
        // Long enough (a register page a day) that printing is surely still going when killed.
        try PrintCampaign.yaml(publicDays: 120).write(to: town.campaign, atomically: true, encoding: .utf8)
        let build = Process()
        build.executableURL = CLI.binary
        build.arguments = ["build", "c.yaml", "--pdf", "--fresh"]
        build.currentDirectoryURL = town.dir
        let tmp = town.dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        build.environment = Processes.defaultEnvironment.merging(["TMPDIR": tmp.path]) { $1 }
        let err = Pipe()
        build.standardOutput = FileHandle.nullDevice
        build.standardError = err
        try build.run()
        // Kill the browser the moment it is there, while it prints.
        var killed: [Int32] = []
        let deadline = Date().addingTimeInterval(60)
        while killed.isEmpty && build.isRunning && Date() < deadline {
            killed = try Self.chromiums(under: tmp)
            usleep(20_000)
        }
        for pid in killed { kill(pid, SIGKILL) }
        let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        build.waitUntilExit()
        #expect(!killed.isEmpty, "the build finished before Chromium could be killed")
        #expect(build.terminationReason == .exit && build.terminationStatus == 1, "\(said)")
        let errors = said.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 1 && errors[0].contains("打印PDF失败") && errors[0].contains("[J0556]"), "\(said)")
        let pdfs = (FileManager.default.enumerator(atPath: town.output.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".pdf") }
        #expect(pdfs.isEmpty, "half a run of PDFs: \(pdfs)")
        var left = try Self.chromiums(under: tmp)
        for _ in 0..<100 where !left.isEmpty {
            usleep(50_000)
            left = try Self.chromiums(under: tmp)
        }
        #expect(left.isEmpty, "Chromium left behind: \(left)")
    }

    @Test(
        "jiefang killed mid-run: its Chromium goes with it",
        .enabled(if: TestEnvironment.has("chromium", "pgrep")))
    func jiefangKilledMidRun() throws {
        let town = Town(dir: try CLI.temporaryDirectory())
        // Long enough (a register page a day) that printing is surely still going when killed.
        try PrintCampaign.yaml(publicDays: 120).write(to: town.campaign, atomically: true, encoding: .utf8)
        let tmp = town.dir.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let build = Process()
        build.executableURL = CLI.binary
        build.arguments = ["build", "c.yaml", "--pdf", "--fresh"]
        build.currentDirectoryURL = town.dir
        build.environment = Processes.defaultEnvironment.merging(["TMPDIR": tmp.path]) { $1 }
        build.standardOutput = FileHandle.nullDevice
        build.standardError = FileHandle.nullDevice
        try build.run()
        var printing: [Int32] = []
        let deadline = Date().addingTimeInterval(60)
        while printing.isEmpty && build.isRunning && Date() < deadline {
            printing = try Self.chromiums(under: tmp)
            usleep(20_000)
        }
        // jiefang, not Chromium, dies: nothing of jiefang's runs to close the browser.
        kill(build.processIdentifier, SIGKILL)
        for _ in 0..<200 where build.isRunning { usleep(50_000) }
        #expect(!printing.isEmpty, "the build finished before it could be killed while printing")
        #expect(!build.isRunning && build.terminationReason == .uncaughtSignal)
        var left = try Self.chromiums(under: tmp)
        for _ in 0..<100 where !left.isEmpty {
            usleep(50_000)
            left = try Self.chromiums(under: tmp)
        }
        #expect(left.isEmpty, "Chromium outlived the jiefang that started it: \(left)")
        for pid in left { kill(pid, SIGKILL) }
    }
}
