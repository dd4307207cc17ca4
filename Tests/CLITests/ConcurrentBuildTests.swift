import Foundation
import OutputFolder
import TestSupport
import Testing

/// Two people pressing "build" at once (SPEC §10): one build at a time per output folder.
@Suite("Builds at the same time")
struct ConcurrentBuildTests {
    func sample(in dir: URL) throws {
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"),
            to: dir.appendingPathComponent("c.yaml"))
    }

    @Test("three builds started together into one folder all succeed, and the folder is whole, three times over")
    func threeAtOnce() throws {
        let dir = try Processes.temporaryDirectory()
        try sample(in: dir)
        let golden = try FileManager.default.subpathsOfDirectory(
            atPath: repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/sample-output").path
        ).sorted()
        for trial in 1...3 {
            let results = Collected<CommandResult?>()
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                results.add(try? CLI.run(["build", "c.yaml", "-o", "out"], in: dir))
            }
            #expect(
                results.all.count == 3 && results.all.allSatisfy { $0?.status == 0 }, "trial \(trial): \(results.all)")
            let written = try FileManager.default.subpathsOfDirectory(atPath: dir.appendingPathComponent("out").path)
                .sorted()
            #expect(written == golden, "trial \(trial)")
            // Later builds planned against the first one's result: nothing changed for them.
            #expect(
                results.all.filter { $0?.stdout.contains("相比没有变动") == true }.count >= 2)
            let beside = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            #expect(beside == ["c.yaml", "out"], "trial \(trial): \(beside)")
        }
    }

    @Test("past --wait a build says which process holds the folder, exits 1 and writes nothing")
    func busy() throws {
        let dir = try Processes.temporaryDirectory()
        try sample(in: dir)
        #expect(try CLI.run(["build", "c.yaml", "-o", "out"], in: dir).status == 0)
        let before = try String(contentsOf: dir.appendingPathComponent("out/notice.html"), encoding: .utf8)
        let held = try OutputFolder(path: dir.appendingPathComponent("out").path).lock(wait: 0)
        defer { held.release() }
        let result = try CLI.run(["build", "c.yaml", "-o", "out", "--wait", "0.3", "--fresh"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "error: 另一个jiefang生成（进程\(getpid())）正在写入out/ [J0552]\n", "\(result.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("out/notice.html"), encoding: .utf8) == before)
    }

    @Test("a build killed between its two renames: the next build puts the old folder back, says so, and keeps to it")
    func recoversAKilledSwap() throws {
        let dir = try Processes.temporaryDirectory()
        try sample(in: dir)
        #expect(try CLI.run(["build", "c.yaml", "-o", "out"], in: dir).status == 0)
        try FileManager.default.moveItem(
            at: dir.appendingPathComponent("out"), to: dir.appendingPathComponent(".out.jiefang-old"))
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent(".out.jiefang-new-4242-1/rota"), withIntermediateDirectories: true)
        let result = try CLI.run(["build", "c.yaml", "-o", "out"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "out: warning: 上一次生成在替换文件时被中断；已从.out.jiefang-old把原来的输出放回原处"), "\(result.stderr)")
        #expect(result.stdout.contains("相比没有变动"), "\(result.stdout)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["c.yaml", "out"])
    }
}
