import Foundation
import TestSupport
import Testing

@Suite("A failed build changes nothing")
struct BuildFailureTests {
    /// A folder holding a good earlier build, and its exact contents.
    private func earlierBuild() throws -> (dir: URL, output: URL, before: [String: Data]) {
        let dir = try CLI.temporaryDirectory()
        let output = dir.appendingPathComponent("output")
        let result = try CLI.run(["build", "Templates/campaign.yaml", "-o", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        return (dir, output, try folderContents(output))
    }

    private func noStagingLeft(in dir: URL) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(names.filter { $0.contains("jiefang-") }.isEmpty, "left behind: \(names)")
    }

    @Test("a misspelt tag in an edited template is an error at its line and column; the old output stays")
    func brokenTemplate() throws {
        let (dir, output, before) = try earlierBuild()
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        var notice = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/notice.html.mustache"), encoding: .utf8)
        notice = notice.replacingOccurrences(of: "{{leader_name}}", with: "{{leadr_name}}")
        try notice.write(
            to: templates.appendingPathComponent("notice.html.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "Templates/campaign.yaml", "-o", output.path, "--templates", templates.path])
        #expect(result.status == 1)
        let line =
            notice.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("leadr_name") }!
            + 1
        let column =
            notice.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].distance(
                from: notice.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].startIndex,
                to: notice.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].range(
                    of: "{{leadr_name}}")!.lowerBound) + 1
        #expect(
            result.stderr.contains(
                "notice.html.mustache:\(line):\(column): error: 没有“leadr_name”这个键；是不是要写“leader_name”？"),
            "\(result.stderr)")
        #expect(try folderContents(output) == before)
        try noStagingLeft(in: dir)
    }

    @Test("an unclosed section, a yes/no value printed as text and an unknown file are all reported")
    func templateMistakes() throws {
        let dir = try CLI.temporaryDirectory()
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "<p>{{#public_days}}{{date}}\n{{optimal}}</p>\n".write(
            to: templates.appendingPathComponent("notice.html.mustache"), atomically: true, encoding: .utf8)
        try "x".write(to: templates.appendingPathComponent("notise.html.mustache"), atomically: true, encoding: .utf8)
        let result = try CLI.run([
            "build", "Templates/campaign.yaml", "-o", dir.appendingPathComponent("out").path, "--templates",
            templates.path,
        ])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "notise.html.mustache:1:1: error: 这不是jiefang的模板；是不是要写“notice.html.mustache”？"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path))
        try FileManager.default.removeItem(at: templates.appendingPathComponent("notise.html.mustache"))
        let second = try CLI.run([
            "build", "Templates/campaign.yaml", "-o", dir.appendingPathComponent("out").path, "--templates",
            templates.path,
        ])
        #expect(second.status == 1)
        #expect(
            second.stderr.contains("notice.html.mustache:2:1: error: “optimal”是“是/否”值"), "\(second.stderr)")
        #expect(
            second.stderr.contains("notice.html.mustache:1:4: error: 段落“public_days”没有用 {{/public_days}} 结束"),
            "\(second.stderr)")
    }

    @Test("an edited template changes the wording of the output")
    func editedTemplate() throws {
        let dir = try CLI.temporaryDirectory()
        let templates = dir.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try "{{title}}：{{#public_days}}{{date}}{{leader_name}}；{{/public_days}}\n"
            .write(to: templates.appendingPathComponent("notice.html.mustache"), atomically: true, encoding: .utf8)
        let output = dir.appendingPathComponent("out")
        let result = try CLI.run(["build", "Templates/campaign.yaml", "-o", output.path, "--templates", templates.path])
        #expect(result.status == 0, "\(result.stderr)")
        let notice = try String(contentsOf: output.appendingPathComponent("notice.html"), encoding: .utf8)
        #expect(notice.hasPrefix("领导干部大接访活动：9月7日李明；"), "\(notice)")
    }

    @Test("a write that fails mid-way (a file name too long for the disk) leaves the old output as it was")
    func failureMidWay() throws {
        let (dir, output, before) = try earlierBuild()
        let longID = String(repeating: "a", count: 251)
        let campaign = try sampleCampaignText().replacingOccurrences(of: "id: zhao-jun,", with: "id: \(longID),")
        try campaign.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "c.yaml", "-o", output.path], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("rota/\(longID).html: error: 无法写入这个文件"), "\(result.stderr)")
        #expect(try folderContents(output) == before)
        try noStagingLeft(in: dir)
    }

    @Test("an output folder holding someone else's files is refused and left alone")
    func foreignFiles() throws {
        let (dir, output, _) = try earlierBuild()
        try "minutes of the meeting".write(
            to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let before = try folderContents(output)
        let result = try CLI.run(["build", "Templates/campaign.yaml", "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("这个文件夹里有1个不是jiefang生成的文件（notes.txt）"), "\(result.stderr)")
        #expect(try folderContents(output) == before)
        try noStagingLeft(in: dir)
    }

    @Test("a rebuild replaces the folder whole: an old leader's rota goes, .gitkeep stays")
    func rebuildReplacesWhole() throws {
        let (dir, output, before) = try earlierBuild()
        let campaign = try sampleCampaignText().split(separator: "\n").filter { !$0.contains("id: zhao-jun") }.joined(
            separator: "\n")
        try campaign.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "c.yaml", "-o", output.path], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let after = try folderContents(output)
        #expect(before["rota/zhao-jun.html"] != nil && after["rota/zhao-jun.html"] == nil)
        #expect(after[".gitkeep"] == Data())
        try noStagingLeft(in: dir)
    }
}
