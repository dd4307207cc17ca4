import Foundation
import TestSupport
import Testing

/// Every file under `folder`, by path relative to it.
func folderContents(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let entry = walker.nextObject() as? String {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(entry)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[entry] = try Data(contentsOf: url)
        }
    }
    return files
}

func sampleCampaign() throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
}

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

    @Test(
        "every page of the sample parses strictly as HTML5 (html5lib) and every file is UTF-8",
        .enabled(if: TestEnvironment.python("html5lib")))
    func sampleParsesAsHTML5() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.path]).status == 0)
        let problems = try RealClient.html5Problems(in: dir)
        #expect(problems.isEmpty, "\(problems)")
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
        let phones = try sampleCampaign().split(separator: "\n").compactMap { line -> (String, String)? in
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

    @Test(
        "schedule.xml validates with xmllint against Templates/schedule.xsd",
        .enabled(if: TestEnvironment.has("xmllint")))
    func scheduleValidatesWithXmllint() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.path]).status == 0)
        let run = try RealClient.run(
            "xmllint",
            [
                "--noout", "--schema", repositoryRoot.appendingPathComponent("Templates/schedule.xsd").path,
                dir.appendingPathComponent("schedule.xml").path,
            ], need: "xmllint (libxml2-utils)")
        #expect(run.status == 0, "\(run.output)")
    }

    @Test(
        "every rota calendar parses with Python's icalendar and its events match the plan",
        .enabled(if: TestEnvironment.python("icalendar")))
    func calendarsMatchThePlan() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.path]).status == 0)
        let plan = try CLI.run(["plan", "Templates/campaign.yaml", "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any]
        let days = json?["days"] as? [[String: String]] ?? []
        #expect(days.count == 25)
        let script = """
            import glob, json, os, sys, icalendar
            out = {}
            for path in sorted(glob.glob(os.path.join(sys.argv[1], "rota", "*.ics"))):
                cal = icalendar.Calendar.from_ical(open(path, "rb").read())
                leader = os.path.basename(path)[:-4]
                for ev in cal.walk("VEVENT"):
                    s, e = ev["DTSTART"].dt, ev["DTEND"].dt
                    out.setdefault(leader, []).append([s.date().isoformat(), s.strftime("%H:%M"), e.strftime("%H:%M"),
                        s.utcoffset().total_seconds(), str(ev["UID"]), str(ev["LOCATION"])])
            print(json.dumps(out, sort_keys=True))
            """
        let run = try RealClient.python(script, [dir.path], modules: ["icalendar"])
        #expect(run.status == 0, "\(run.output)")
        let events = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [[Any]]] ?? [:]
        var expected: [String: [String]] = [:]
        for day in days { expected[day["leader"]!, default: []].append(day["date"]!) }
        #expect(Set(events.keys) == Set(expected.keys))
        var uids = Set<String>()
        for (leader, list) in events {
            #expect(list.map { $0[0] as? String ?? "" } == expected[leader], "\(leader)'s calendar days")
            for event in list {
                #expect(event[1] as? String == "08:30" && event[2] as? String == "17:30", "\(leader): \(event)")
                #expect((event[3] as? NSNumber)?.intValue == 8 * 3600, "events are in Asia/Shanghai time")
                #expect(event[5] as? String == "镇政府二楼会议室")
                uids.insert(event[4] as? String ?? "")
            }
        }
        #expect(uids.count == 25, "every duty has its own UID")
    }

    @Test("jiefang rota prints one leader's days; an unknown id is a usage error with a suggestion")
    func rotaCommand() throws {
        let result = try CLI.run(["rota", "Templates/campaign.yaml", "li-ming"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("李明（镇党委书记） 电话 13800000001 第一责任人"))
        #expect(result.stdout.contains("2026-09-07  9月7日（星期一）  化解问题阶段"), "the pinned day")
        let unknown = try CLI.run(["rota", "Templates/campaign.yaml", "li-mign"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'li-ming'?"), "\(unknown.stderr)")
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
        #expect(result.stderr.contains(": warning: away 2028-01-03..2028-01-14 of "), "\(result.stderr)")
    }
}
