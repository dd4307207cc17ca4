import BundledTemplates
import Foundation
import TestSupport
import Testing

@Suite("The jiefang command")
struct CommandLineTests {
    @Test("the sample campaign's plan matches the committed golden files (scripts/update-golden.sh)")
    func samplePlanGolden() throws {
        for (format, file) in [("table", "sample-plan.txt"), ("json", "sample-plan.json")] {
            let result = try CLI.run(["plan", "Templates/campaign.yaml", "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
            let golden = try String(
                contentsOf: repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/\(file)"), encoding: .utf8)
            #expect(result.stdout == golden, "jiefang plan --format \(format) differs from Golden/\(file)")
        }
    }

    @Test("check lists every mistake with its line and exits 1")
    func checkListsAllMistakes() throws {
        let dir = try CLI.temporaryDirectory()
        var text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "organization:", with: "organisation:")
            .replacingOccurrences(of: "end: 2026-09-06", with: "end: 2026-09-31")
            .replacingOccurrences(of: "id: zhao-jun, ", with: "id: Zhao_Jun, ")
            .replacingOccurrences(of: "rest_days: 1", with: "rest_days: x")
            .replacingOccurrences(of: "leader: li-ming}", with: "leader: li-mign}")
        try text.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "c.yaml"], in: dir)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 5, "\(result.stderr)")
        for line in errors { #expect(line.hasPrefix("c.yaml:"), "\(line)") }
        #expect(result.stderr.contains("活动文件中没有“organisation”这一项；是不是要写“organization”？"), "\(result.stderr)")
        #expect(result.stderr.contains("是不是要写“li-ming”？"))
    }

    @Test("a campaign with no possible plan exits 1 naming the day")
    func infeasiblePlan() throws {
        let dir = try CLI.temporaryDirectory()
        var text = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\n  max_duties: 5", with: "\n  max_duties: 5\n")
        // Everyone but the principal is away on 9月10日.
        for id in ["wang-jianguo", "zhang-wei", "chen-zhiqiang", "yang-xiuying"] {
            text = text.replacingOccurrences(of: "id: \(id),", with: "id: \(id), away: [2026-09-10],")
        }
        text = text.replacingOccurrences(
            of: "away: [2026-09-14..2026-09-15]}", with: "away: [2026-09-10, 2026-09-14..2026-09-15]}")
        text = text.replacingOccurrences(
            of: "title: 镇党委书记, phone: \"13800000001\", principal: true}",
            with: "title: 镇党委书记, phone: \"13800000001\", principal: true, away: [2026-09-10]}")
        try text.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["plan", "c.yaml"], in: dir)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stdout.isEmpty)
        // Pointed at the phase holding the day (line 12 of the sample: the resolution phase).
        #expect(
            result.stderr.contains("c.yaml:12:5: error: 排不出值班表：9月10日（星期四）没有人能值班：请假："),
            "\(result.stderr)")
        #expect(result.stderr.contains("李明"))
    }

    @Test("bad usage exits 2")
    func badUsage() throws {
        #expect(try CLI.run(["plan"]).status == 2)
        #expect(try CLI.run(["plan", "Templates/campaign.yaml", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["--help"]).status == 0)
    }

    @Test("a missing campaign file exits 1 with its name")
    func missingFile() throws {
        let result = try CLI.run(["check", "no-such.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("no-such.yaml:1:1: error: 读不到活动文件 [J0121]"), "\(result.stderr)")
    }

    @Test("init writes the sample campaign, which checks and plans; it never overwrites")
    func initWritesSample() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["init", "town"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let written = try String(contentsOf: dir.appendingPathComponent("town/campaign.yaml"), encoding: .utf8)
        let shipped = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        #expect(written == shipped)
        #expect(try CLI.run(["check", "town/campaign.yaml"], in: dir).status == 0)
        #expect(try CLI.run(["init", "town"], in: dir).status == 1)
    }

    @Test("the templates compiled into the binary are the ones in Templates/ (scripts/embed-templates.py)")
    func embeddedTemplatesAreCurrent() throws {
        let folder = repositoryRoot.appendingPathComponent("Templates")
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isDir)
            return !isDir.boolValue
        }.sorted()
        #expect(BundledTemplates.files.map(\.name) == names)
        for (name, text) in BundledTemplates.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(text == onDisk, "Templates/\(name) changed; run python3 scripts/embed-templates.py")
        }
    }

    @Test("every command `jiefang --help` lists has its row in the README's command table")
    func readmeListsEveryCommand() throws {
        let help = try CLI.run(["--help"]).stdout
        let commands =
            help.components(separatedBy: "SUBCOMMANDS:").last?.split(separator: "\n").compactMap { line in
                line.hasPrefix("  ") && !line.hasPrefix("   ") ? line.split(separator: " ").first.map(String.init) : nil
            }.filter { $0 != "See" } ?? []
        #expect(commands.count >= 12, "\(commands)")
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `jiefang ") }
        for command in commands {
            #expect(rows.contains { $0.hasPrefix("| `jiefang \(command)") }, "README's table has no row for \(command)")
        }
        #expect(readme.split(separator: "\n", omittingEmptySubsequences: false).count <= 250)
    }

    @Test("jiefang --version prints the version written in Sources/jiefang/Version.swift, which names the package")
    func versionHasOneSource() throws {
        let source = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Sources/jiefang/Version.swift"), encoding: .utf8)
        let written = try #require(source.split(separator: "\"").dropFirst().first.map(String.init))
        let result = try CLI.run(["--version"])
        #expect(result.status == 0 && result.stdout == written + "\n", "\(result.stdout)")
        #expect(written.split(separator: ".").count == 3 && written.allSatisfy { $0.isNumber || $0 == "." })
    }
}
