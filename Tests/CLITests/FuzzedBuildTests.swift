import CampaignGenerator
import Foundation
import TestSupport
import Testing

/// The command line under damaged input: exit 0 with a complete folder, or exit 1 with clean
/// error lines and no output folder at all; never a crash or a half-written folder.
@Suite("Fuzzed campaign files through jiefang build")
struct FuzzedBuildTests {
    @Test("120 seeded mutations of the sample through jiefang build")
    func builds() throws {
        let sample = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        let dir = try CLI.temporaryDirectory()
        let errorLine = try NSRegularExpression(pattern: #"^[^\n]+:[1-9][0-9]*:[1-9][0-9]*: (error|warning): \S"#)
        var mutator = CampaignMutator(seed: 7_140)
        var built = 0, failed = 0
        for n in 0..<120 {
            let (text, what) = mutator.mutate(sample)
            try text.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
            let output = "out-\(n)"
            let result = try CLI.run(["build", "c.yaml", "-o", output, "--time-limit", "0.05"], in: dir)
            #expect(result.status == 0 || result.status == 1, "#\(n) \(what): exit \(result.status)")
            let exists = FileManager.default.fileExists(atPath: dir.appendingPathComponent(output).path)
            if result.status == 0 {
                built += 1
                #expect(
                    exists
                        && FileManager.default.fileExists(
                            atPath: dir.appendingPathComponent("\(output)/schedule.xml").path)
                )
            } else {
                failed += 1
                #expect(!exists, "#\(n) \(what): a failed build left \(output)/")
                let lines = result.stderr.split(separator: "\n").map(String.init)
                #expect(lines.contains { $0.contains(": error: ") }, "#\(n) \(what): \(result.stderr)")
                // Each line is a diagnostic, or the count that closes them.
                for line in lines where line.range(of: #"^c\.yaml中有\d+处错误$"#, options: .regularExpression) == nil {
                    #expect(
                        errorLine.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil,
                        "#\(n) \(what): \(line)")
                }
            }
            let staging = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
                $0.contains("jiefang-")
            }
            #expect(staging.isEmpty, "#\(n) \(what): left \(staging)")
        }
        #expect(built > 5 && failed > 60, "built \(built), failed \(failed)")
    }
}
