import Foundation
import TestSupport
import Testing

/// SPEC §11 on the command line: Chinese by default, English on request, every message listed.
@Suite("The command line's language")
struct LanguageTests {
    static func brokenCampaign() throws -> URL {
        let dir = try CLI.temporaryDirectory()
        let text = try sampleCampaignText().replacingOccurrences(of: "rest_days: 1", with: "rest_days: x")
        try text.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test("a broken campaign file is reported in Chinese by default, in English with --lang en or LANG=en_US")
    func chineseByDefault() throws {
        let dir = try Self.brokenCampaign()
        let chinese = try CLI.run(["check", "c.yaml"], in: dir)
        #expect(chinese.status == 1)
        #expect(
            chinese.stderr.contains("c.yaml:27:14: error: rules（排班规则）中的“rest_days”应是整数，这里写的是“x” [J0114]\n"),
            "\(chinese.stderr)")
        #expect(chinese.stderr.hasSuffix("c.yaml中有1处错误\n"), "\(chinese.stderr)")

        let english = try CLI.run(["check", "c.yaml", "--lang", "en"], in: dir)
        #expect(
            english.stderr.contains(
                "c.yaml:27:14: error: 'rest_days' in rules must be a whole number, found 'x' [J0114]"))
        #expect(english.stderr.hasSuffix("1 error in c.yaml\n"), "\(english.stderr)")

        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "en_US.UTF-8"
        environment["LC_ALL"] = nil
        let byLocale = try CLI.run(["check", "c.yaml"], in: dir, environment: environment)
        #expect(byLocale.stderr == english.stderr)
        // --lang wins over the locale, and a language jiefang does not speak is bad usage.
        #expect(
            try CLI.run(["--lang=zh", "check", "c.yaml"], in: dir, environment: environment).stderr == chinese.stderr)
        #expect(try CLI.run(["check", "c.yaml", "--lang", "fr"], in: dir).status == 2)
    }

    @Test("docs/messages.md lists every code in both languages (swift run jiefang messages > docs/messages.md)")
    func messagesPageIsCurrent() throws {
        let printed = try CLI.run(["messages"])
        #expect(printed.status == 0)
        let onDisk = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/messages.md"), encoding: .utf8)
        #expect(
            printed.stdout == onDisk, "docs/messages.md is stale; run: swift run jiefang messages > docs/messages.md")
        #expect(
            onDisk.contains(
                "| J0107 | {leader}{date}请假，不能固定在这一天 | pin puts {leader} on duty on {date}, a day they are away |"))
        let one = try CLI.run(["messages", "j0107"])
        #expect(one.stdout.contains("中文: {leader}{date}请假，不能固定在这一天"), "\(one.stdout)")
        #expect(try CLI.run(["messages", "J9999"]).status == 2)
    }

    @Test("a warning about the campaign file is said once per command, however often the command loads it")
    func warningOnce() throws {
        let town = try Town.afterFirstBuild()
        let visit = """
            date: 2026-09-08
            time: "09:30"
            channel: 来访
            method: 定点接访
            petitioner: {name: 张三}
            category: 申诉求决
            topic: 涉农
            request: 修路
            disposition: 当场答复
            """
        try visit.write(to: town.dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        for arguments in [["visit", "add", "c.yaml", "v.yaml"], ["case", "list", "c.yaml"], ["build", "c.yaml"]] {
            let result = try CLI.run(arguments, in: town.dir)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let warnings = result.stderr.split(separator: "\n").filter { $0.contains("[J0146]") }
            #expect(warnings.count == 1, "\(arguments) said the boundary-day warning \(warnings.count) times")
        }
    }
}
