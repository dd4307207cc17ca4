import CampaignSpec
import ScheduleXML
import Testing

@Suite("schedule.xml")
struct ScheduleXMLTests {
    let schema = try! ScheduleSchema.builtIn().get()

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    var sample: Schedule {
        Schedule(
            title: "领导干部大接访活动 <&\"'>", organization: "某某镇人民政府", issued: date("2026-08-31"), calendar: "every-day",
            phases: [
                Schedule.Phase(
                    id: "resolution", name: "化解问题阶段", start: date("2026-09-07"), end: date("2026-09-08"), isPublic: true
                )
            ],
            days: [
                RosterDay(
                    date: date("2026-09-07"), phaseID: "resolution", phaseName: "化解问题阶段", isNonWorking: false,
                    leader: LeaderName(id: "li-ming", name: "李明", title: "镇党委书记")),
                RosterDay(
                    date: date("2026-09-08"), phaseID: "resolution", phaseName: "化解问题阶段", isNonWorking: false,
                    leader: LeaderName(id: "zhao-jun", name: "赵军]]>", title: "副镇长\n兼")),
            ],
            loads: [
                LeaderLoad(leader: LeaderName(id: "li-ming", name: "李明", title: "镇党委书记"), duties: 1, weekendDuties: 0),
                LeaderLoad(
                    leader: LeaderName(id: "zhao-jun", name: "赵军]]>", title: "副镇长\n兼"), duties: 1, weekendDuties: 0),
            ],
            optimal: true,
            revisions: [
                Schedule.Revision(
                    issued: date("2026-09-03"), replaces: date("2026-08-31"), changedDays: 2, noticeChanged: true),
                Schedule.Revision(
                    issued: date("2026-09-05"), replaces: date("2026-09-03"), changedDays: 0, noticeChanged: false),
            ])
    }

    @Test("what the writer writes, the reader reads back unchanged, with or without a revision history")
    func roundTrip() throws {
        var fresh = sample
        fresh.revisions = []
        for schedule in [sample, fresh] {
            let bytes = try ScheduleWriter.xml(schedule, schema: schema).get()
            #expect(try ScheduleReader.read(bytes, name: "schedule.xml", schema: schema).get() == schedule)
        }
    }

    @Test("a schedule of another campaign is refused at its campaign line")
    func owner() throws {
        let bytes = try ScheduleWriter.xml(sample, schema: schema).get()
        let mine = ScheduleReader.Owner(title: sample.title, organization: sample.organization)
        #expect(throws: Never.self) { try ScheduleReader.read(bytes, name: "s.xml", schema: schema, owner: mine).get() }
        let other = ScheduleReader.Owner(title: sample.title, organization: "另一镇人民政府")
        guard case .failure(let problem) = ScheduleReader.read(bytes, name: "s.xml", schema: schema, owner: other)
        else {
            Issue.record("another campaign's schedule was read")
            return
        }
        #expect(problem.line == 3)
        #expect(
            problem.message(in: .en)
                == "this schedule belongs to another campaign: organization '某某镇人民政府' (this campaign: '另一镇人民政府')")
    }

    @Test("a day naming a leader missing from the load table breaks the schema's key reference")
    func keyReference() {
        var broken = sample
        broken.loads.removeLast()
        guard case .failure(let log) = ScheduleWriter.xml(broken, schema: schema) else {
            Issue.record("a dangling leader id was accepted")
            return
        }
        #expect(
            log.items.contains { $0.message(in: .en).contains("dayLeader") && $0.location?.file == "schedule.xml" },
            "\(log.items)")
    }

    @Test("a damaged file is refused with the line of the damage")
    func damaged() throws {
        var text = String(decoding: try ScheduleWriter.xml(sample, schema: schema).get(), as: UTF8.self)
        text = text.replacingOccurrences(of: "</days>", with: "</day>")
        guard case .failure(let problem) = ScheduleReader.read(Array(text.utf8), name: "schedule.xml", schema: schema)
        else {
            Issue.record("a damaged schedule was read")
            return
        }
        let damage =
            (text.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0.contains("</day>") } ?? 0) + 1
        #expect(problem.line >= damage, "\(problem) should point at or after line \(damage)")
    }
}
