import Foundation
import TestSupport
import Testing

/// An unusable previous schedule.xml stops the build with its file and line and a way out,
/// and the output folder stays as it was.
@Suite("An unusable previous schedule")
struct PreviousScheduleTests {
    /// Damages the first build's schedule.xml, builds again and checks the refusal.
    private func refused(
        _ damage: (String) -> String, campaignEdit: ((String) -> String)? = nil,
        expect message: String
    ) throws {
        let town = try Town.afterFirstBuild()
        let schedule = town.output.appendingPathComponent("schedule.xml")
        let text = try String(contentsOf: schedule, encoding: .utf8)
        try damage(text).write(to: schedule, atomically: true, encoding: .utf8)
        if let campaignEdit { try town.edit(campaignEdit) }
        let before = try folderContents(town.output)
        let result = try town.build(["--lang", "en"])  // the reasons quote libxml2, which speaks English
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(
            result.stderr.contains("; to plan from scratch and replace it, build with --fresh [J0506]\n"),
            "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try folderContents(town.output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: town.dir.path).sorted() == ["c.yaml", "output"])

        // The way out works.
        let fresh = try town.build(["--fresh"])
        #expect(fresh.status == 0, "\(fresh.stderr)")
    }

    @Test("a schedule cut off half way")
    func truncated() throws {
        try refused({ String($0.prefix($0.count / 2)) }, expect: "output/schedule.xml:")
    }

    @Test("a schedule that is not XML at all")
    func notXML() throws {
        try refused(
            { _ in "日期,领导\n2026-09-01,王建国\n" },
            expect: "output/schedule.xml:1:1: error: not a usable previous schedule: ")
    }

    @Test("a schedule that breaks the schema names the line")
    func schemaViolation() throws {
        // The line of 9月5日 (a Saturday) in the sample's schedule.xml.
        let line = 22
        try refused(
            { text in
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                #expect(
                    lines[line - 1].contains("<day date=\"2026-09-05\" phase=\"mobilization\" non-working=\"true\">"))
                lines[line - 1] = lines[line - 1].replacingOccurrences(
                    of: "non-working=\"true\"", with: "non-working=\"maybe\"")
                return lines.joined(separator: "\n")
            }, expect: "output/schedule.xml:\(line):1: error: not a usable previous schedule: ")
        try refused(
            { $0.replacingOccurrences(of: "<day date=\"2026-09-05\"", with: "<day date=\"2026-09-04\"") },
            expect: "oneDutyADay")
    }

    @Test("a schedule of another campaign, by title or organization")
    func anotherCampaign() throws {
        try refused(
            { $0 }, campaignEdit: { $0.replacingOccurrences(of: "title: 领导干部大接访活动", with: "title: 领导干部下访活动") },
            expect:
                "output/schedule.xml:3:1: error: not a usable previous schedule: this schedule belongs to another campaign: "
                + "title '领导干部大接访活动' (this campaign: '领导干部下访活动')")
        try refused(
            { $0.replacingOccurrences(of: "organization=\"某某镇人民政府\"", with: "organization=\"另一镇人民政府\"") },
            expect: "organization '另一镇人民政府' (this campaign: '某某镇人民政府')")
    }

    @Test("plan --previous with a missing file says what to do instead")
    func missingPrevious() throws {
        let town = try Town.afterFirstBuild()
        let result = try CLI.run(["plan", "c.yaml", "--previous", "old.xml"], in: town.dir)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "old.xml:1:1: error: 读不到上一版值班表；去掉 --previous 即可重新排班 [J0505]"),
            "\(result.stderr)")
    }
}
