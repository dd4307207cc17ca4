import Foundation
import TestSupport
import Testing

/// The sample's build, read by the clients its files are for: an HTML5 parser, xmllint against
/// the schema, Python's icalendar.
@Suite("build's files in real clients")
struct BuildOutputClientTests {
    @Test(
        "every page of the sample parses strictly as HTML5 (html5lib) and every file is UTF-8",
        .enabled(if: TestEnvironment.python("html5lib")))
    func sampleParsesAsHTML5() throws {
        let dir = try CLI.temporaryDirectory()
        #expect(try CLI.run(["build", "Templates/campaign.yaml", "-o", dir.path]).status == 0)
        let problems = try RealClient.html5Problems(in: dir)
        #expect(problems.isEmpty, "\(problems)")
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
}
