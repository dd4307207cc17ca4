import Foundation
import TestSupport
import Testing

@Suite("jiefang build")
struct BuildTests {
    @Test("the sample's whole output folder matches the golden copy (sh scripts/update-golden.sh), twice over")
    func goldenOutput() throws {
        let dir = try CLI.temporaryDirectory()
        let first = try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.appendingPathComponent("a").path])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.appendingPathComponent("b").path])
        #expect(second.status == 0, "\(second.stderr)")
        let a = try folderContents(dir.appendingPathComponent("a"))
        let b = try folderContents(dir.appendingPathComponent("b"))
        #expect(a == b, "two builds of the same campaign differ")
        #expect(a.count == 47 + 1, "7 leaders × 2, 25 registers, 6 pages, 2 Word documents and the file list")
        let golden = try folderContents(repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/sample-output"))
        #expect(Set(a.keys) == Set(golden.keys), "files differ from Golden/sample-output")
        for (path, bytes) in a.sorted(by: { $0.key < $1.key }) where golden[path] != bytes {
            Issue.record("\(path) differs from Tests/CLITests/Golden/sample-output/\(path)")
        }
    }

    @Test("one-character names for the campaign file and the output folder (Foundation's path code crashed on them)")
    func oneCharacterNames() throws {
        let dir = try CLI.temporaryDirectory()
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), to: dir.appendingPathComponent("c"))
        let result = try CLI.run(["build", "c", "-o", "a"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("a/notice.html").path))
        #expect(try CLI.run(["build", "c", "-o", "a"], in: dir).status == 0)
    }

    @Test("a leader's phone appears only in that leader's own rota files")
    func phonesStayPrivate() throws {
        let dir = try CLI.temporaryDirectory()
        let result = try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try folderContents(dir)
        let phones = try sampleCampaignText().split(separator: "\n").compactMap { line -> (String, String)? in
            guard let id = line.firstMatch(of: /id: ([a-z-]+),/)?.1,
                let phone = line.firstMatch(of: /phone: "(\d+)"/)?.1
            else { return nil }
            return (String(id), String(phone))
        }
        #expect(phones.count == 7)
        for (id, phone) in phones {
            let holders = files.filter { String(decoding: $0.value, as: UTF8.self).contains(phone) }.keys.sorted()
            #expect(holders == ["rota/\(id).html"], "\(id)'s phone \(phone) appears in \(holders)")
        }
    }

    @Test("jiefang rota prints one leader's days; an unknown id is a usage error with a suggestion")
    func rotaCommand() throws {
        let result = try CLI.run(["rota", "Templates/campaign.yaml", "li-ming"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("李明（镇党委书记） 电话 13800000001 第一责任人"))
        #expect(result.stdout.contains("2026-09-07  9月7日（星期一）  化解问题阶段"), "the pinned day")
        let unknown = try CLI.run(["rota", "Templates/campaign.yaml", "li-mign"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("名单中没有“li-mign”"), "\(unknown.stderr)")
        #expect(unknown.stderr.contains("是不是要写“li-ming”？ [J0110]"), "\(unknown.stderr)")
    }
}

@Suite("A copied binary")
struct CopiedBinaryTests {
    @Test("a jiefang binary copied into an empty folder still runs init and build, from its built-in templates")
    func runsAnywhere() throws {
        let dir = try CLI.temporaryDirectory()
        let copy = dir.appendingPathComponent("jiefang")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        func run(_ arguments: [String]) throws -> CommandResult { try CLI.run(arguments, in: dir, executable: copy) }
        #expect(try run(["init"]).status == 0)
        let build = try run(["build", "campaign.yaml"])
        #expect(build.status == 0, "\(build.stderr)")
        let golden = try folderContents(repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/sample-output"))
        #expect(try folderContents(dir.appendingPathComponent("output")) == golden)
    }
}

@Suite("Optional and moved details")
struct OptionalDetailsTests {
    @Test("without office.address the build succeeds and the notice leaves the address out, and nothing else")
    func noOfficeAddress() throws {
        let dir = try CLI.temporaryDirectory()
        let sample = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        let without = sample.replacingOccurrences(of: ", address: 镇政府一楼信访接待室}", with: "}")
        #expect(without != sample)
        try without.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "c.yaml", "-o", "out"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let notice = try String(contentsOf: dir.appendingPathComponent("out/notice.html"), encoding: .utf8)
        let golden = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/sample-output/notice.html"),
            encoding: .utf8)
        #expect(!notice.contains("地址") && golden.contains("　　地址：镇政府一楼信访接待室"))
        #expect(notice == golden.replacingOccurrences(of: "　　地址：镇政府一楼信访接待室", with: ""))
    }

    @Test("leave the new dates no longer reach is a warning at its line; the build still succeeds")
    func leaveOutsideMovedDates() throws {
        let dir = try CLI.temporaryDirectory()
        let sample = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
        let lines = sample.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("away:") })
        let moved = sample.replacingOccurrences(of: "away: [", with: "away: [2028-01-03..2028-01-14, ")
        try moved.write(to: dir.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["build", "c.yaml", "-o", "out"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("c.yaml:\(line + 1):"), "\(result.stderr)")
        #expect(result.stderr.contains("”的请假2028年1月3日至1月14日完全在活动期间"), "\(result.stderr)")
    }
}
