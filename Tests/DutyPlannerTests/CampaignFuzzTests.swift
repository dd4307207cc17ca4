import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation
import Testing

/// No input may crash jiefang: thousands of seeded mutations of the sample campaign each end
/// in a plan that keeps every rule or in clean `FILE:LINE:COL: error:` lines.
@Suite("Fuzzed campaign files")
struct CampaignFuzzTests {
    static let sample: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Templates/campaign.yaml")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    static let errorLine = try! NSRegularExpression(pattern: #"^[^\n]+:[1-9][0-9]*:[1-9][0-9]*: error: \S[^\n]*$"#)

    @Test(
        "3 × 1,000 seeded mutations: each ends in a plan keeping every hard rule, or in error lines naming file, line and column",
        arguments: UInt64(0)..<3)
    func mutations(batch: UInt64) throws {
        try #require(!Self.sample.isEmpty, "Templates/campaign.yaml not found")
        var planned = 0, refused = 0, noPlan = 0
        var mutator = CampaignMutator(seed: 20261130 + batch)
        for n in 0..<1_000 {
            let (text, what) = mutator.mutate(Self.sample)
            // As YAML counts lines: NEL and the Unicode line and paragraph separators end lines too.
            let lineCount = text.components(separatedBy: .newlines).count
            let result = CampaignLoader.load(text: text, file: "fuzz.yaml")
            guard let campaign = result.campaign else {
                refused += 1
                #expect(!result.errors.isEmpty, "#\(n) \(what): refused without an error")
                for error in result.errors {
                    let line = error.description(in: .en)
                    #expect(
                        Self.errorLine.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil,
                        "#\(n) \(what): not a clean error line: \(line)")
                    #expect(
                        error.location?.file != "fuzz.yaml" || error.line <= lineCount + 1,
                        "#\(n) \(what): line \(error.line) of \(lineCount)")
                }
                continue
            }
            let problem = PlanningProblem(campaign: campaign)
            switch Planner.plan(problem, timeLimit: 0.02) {
            case .success(let plan):
                planned += 1
                #expect(HardRules.violations(of: plan.assignment, in: problem).isEmpty, "#\(n) \(what)")
            case .failure(let why):
                noPlan += 1
                #expect(!why.message.isEmpty, "#\(n) \(what)")
            }
        }
        // Enough of each outcome that the run means something.
        #expect(planned > 50 && refused > 500, "planned \(planned), refused \(refused), no plan \(noPlan)")
    }
}
