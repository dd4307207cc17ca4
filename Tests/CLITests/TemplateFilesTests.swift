import CampaignBuild
import Foundation
import TestSupport
import Testing

@Suite("Templates for office staff")
struct TemplateFilesTests {
    @Test("Templates/KEYS.md is what the view declarations say (jiefang templates keys > Templates/KEYS.md)")
    func keysReferenceIsCurrent() throws {
        let keys = try CLI.run(["templates", "keys"])
        #expect(keys.status == 0, "\(keys.stderr)")
        let generated = keys.stdout
        let onDisk = try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/KEYS.md"), encoding: .utf8)
        #expect(
            generated == onDisk, "Templates/KEYS.md is stale; run: swift run jiefang templates keys > Templates/KEYS.md"
        )
        // Every key a view declares is in it, nested keys included.
        for key in [
            "`title`", "`days` › `leader_name`", "`leader` › `phone`", "`changes` › `leaders_to_tell` › `gained`",
        ] {
            #expect(generated.contains("| \(key) |"), "\(key) is missing")
        }
    }

    @Test(
        "templates export writes every built-in template for someone with only the binary; the folder builds as --templates"
    )
    func exportAndUse() throws {
        let dir = try Processes.temporaryDirectory()
        let export = try CLI.run(["templates", "export", "t"], in: dir)
        #expect(export.status == 0, "\(export.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("t").path)
        #expect(
            Set(names).isSuperset(of: ["notice.html.mustache", "schedule.xsd", "KEYS.md", "campaign.yaml", "print.css"])
        )
        let notice = dir.appendingPathComponent("t/notice.html.mustache")
        let edited = try String(contentsOf: notice, encoding: .utf8).replacingOccurrences(
            of: "</body>", with: "<p>导出模板</p>\n</body>")
        try edited.write(to: notice, atomically: true, encoding: .utf8)
        let build = try CLI.run(["build", "t/campaign.yaml", "--templates", "t", "-o", "out"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try String(contentsOf: dir.appendingPathComponent("out/notice.html"), encoding: .utf8).contains("导出模板"))
        let again = try CLI.run(["templates", "export", "t"], in: dir)
        #expect(again.status == 1 && again.stderr.contains("这里已有同名文件，不会覆盖它"), "\(again.stderr)")
    }
}

@Suite("The build as a library")
struct CampaignBuildTests {
    @Test("the library refuses another campaign's schedule.xml as the command line does, and writes nothing")
    func ownerCheck() throws {
        let dir = try Processes.temporaryDirectory()
        let sample = repositoryRoot.appendingPathComponent("Templates/campaign.yaml").path
        let out = dir.appendingPathComponent("out").path
        let first = CampaignBuild.build(BuildRequest(campaign: .file(sample), output: out))
        #expect(throws: Never.self) { try first.get() }
        let other = dir.appendingPathComponent("other.yaml")
        try String(contentsOfFile: sample, encoding: .utf8).replacingOccurrences(
            of: "title: 领导干部大接访活动", with: "title: 另一项活动"
        )
        .write(to: other, atomically: true, encoding: .utf8)
        let before = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        guard case .failure(let failure) = CampaignBuild.build(BuildRequest(campaign: .file(other.path), output: out))
        else {
            Issue.record("another campaign's schedule was kept to")
            return
        }
        #expect(failure.stage == .previousSchedule)
        #expect(
            failure.errors.map(\.englishLine) == [
                "\(out)/schedule.xml:3:1: error: not a usable previous schedule: this schedule belongs to another campaign: "
                    + "title '领导干部大接访活动' (this campaign: '另一项活动'); to plan from scratch and replace it, build with --fresh [J0506]"
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == before)
        let cli = try CLI.run(["build", other.path, "-o", out])
        #expect(cli.status == 1 && cli.stderr.contains(failure.errors[0].description), "\(cli.stderr)")
    }
}
