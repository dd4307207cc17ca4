import CampaignBuild
import CampaignGenerator
import CampaignSpec
import Foundation
import PlanReport

/// jiefang against its peer, in one run on one machine (SPEC §10): the year × 60 build, and a
/// plain Python + Jinja2 script (`scripts/render-with-jinja2.py`) writing the same files from
/// the same plan. Each side runs `rounds` times, alternately, into fresh folders; the medians
/// are compared. The script gets the plan for free: it does no planning. Before each run the
/// machine's pending writes are flushed (`sync`), so neither side pays for the other's: jiefang
/// flushes what it wrote before reporting success (one syncfs), the script does not.
enum ScriptRace {
    /// Races on the machine's disk, and again in memory (`/dev/shm`, tmpfs) when there is one:
    /// there the file system's own cost of creating 491 files, which both sides pay alike, is
    /// out of the way and what remains is the software's.
    static func run(_ campaign: Campaign, rounds: Int = 7) {
        print(
            "| year × 60 (seed 1), \(rounds) rounds each, medians | where | seconds | net of starting a process (s) "
                + "| files | Python ÷ this |")
        print("| --- | --- | ---: | ---: | ---: | ---: |")
        race(campaign, rounds: rounds, in: FileManager.default.temporaryDirectory, "disk")
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue {
            race(campaign, rounds: rounds, in: URL(fileURLWithPath: "/dev/shm"), "memory (tmpfs)")
        }
    }

    private static func race(_ campaign: Campaign, rounds: Int, in base: URL, _ place: String) {
        let work = base.appendingPathComponent("jiefang-race-\(getpid())")
        defer { try? FileManager.default.removeItem(at: work) }
        try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let yaml = work.appendingPathComponent("campaign.yaml"), json = work.appendingPathComponent("plan.json")
        try? CampaignYAML.text(campaign).write(to: yaml, atomically: true, encoding: .utf8)
        guard case .success(let planned) = CampaignPlanning.plan(.file(yaml.path), previous: nil, timeLimit: 10) else {
            print("the race's campaign file does not plan")
            return
        }
        try? PlanText.json(planned.plan).write(to: json, atomically: true, encoding: .utf8)
        let script = repositoryRoot.appendingPathComponent("scripts/render-with-jinja2.py").path
        guard let probe = try? runProcess("/usr/bin/env", ["python3", "-c", "import jinja2, yaml"]), probe == 0 else {
            print(
                "| jiefang against Python + Jinja2 | skipped: needs python3 with jinja2 and pyyaml (pip install jinja2 pyyaml) | | | | |"
            )
            return
        }
        let python3 =
            (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/python3" }.first(where: FileManager.default.isExecutableFile(atPath:)) ?? "/usr/bin/python3"
        let cli = Bundle.main.executableURL?.deletingLastPathComponent().appendingPathComponent("jiefang").path
        let hasCLI = cli.map(FileManager.default.isExecutableFile(atPath:)) ?? false
        var library: [Double] = [], process: [Double] = [], python: [Double] = [], start: [Double] = []
        for round in 0..<rounds {
            let clock = ContinuousClock()
            // What starting any program from here costs, which neither side's work includes.
            start.append(seconds(clock.measure { _ = try? runProcess("/bin/true", []) }))
            sync()
            library.append(
                seconds(
                    clock.measure {
                        _ = CampaignBuild.build(
                            BuildRequest(
                                campaign: .file(yaml.path), output: work.appendingPathComponent("lib-\(round)").path))
                    }))
            if hasCLI, let cli {
                sync()
                process.append(
                    seconds(
                        clock.measure {
                            _ = try? runProcess(
                                cli, ["build", yaml.path, "-o", work.appendingPathComponent("cli-\(round)").path])
                        }))
            }
            sync()
            python.append(
                seconds(
                    clock.measure {
                        _ = try? runProcess(
                            python3, [script, yaml.path, json.path, work.appendingPathComponent("py-\(round)").path])
                    }))
        }
        // Files each side wrote, counted on disk (jiefang's own list of its files aside).
        func files(_ folder: String) -> Int {
            let root = work.appendingPathComponent(folder).path
            return ((try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? []).filter { path in
                var isFolder: ObjCBool = false
                return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
                    && !isFolder.boolValue && path != ".jiefang-files"
            }.count
        }
        // Processes are compared net of starting one; the library call starts none.
        let launch = median(start)
        let peer = median(python) - launch
        func row(_ who: String, _ times: [Double], _ count: Int, started: Bool) {
            let net = median(times) - (started ? launch : 0)
            print(
                "| \(who) | \(place) | \(format(median(times))) | \(format(net)) | \(count) | \(String(format: "%.1f", peer / net)) |"
            )
        }
        row(
            "Python + Jinja2 script, from the plan's JSON (`scripts/render-with-jinja2.py`)", python, files("py-0"),
            started: true)
        if hasCLI { row("`jiefang build`, a process, plan included", process, files("cli-0"), started: true) }
        row("`CampaignBuild.build`, in this process, plan included", library, files("lib-0"), started: false)
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    private static func format(_ s: Double) -> String { String(format: "%.3f", s) }
    private static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// The repository, from this file's place in it: the script and its templates live there.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    private static func runProcess(_ executable: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
