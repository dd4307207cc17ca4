import BundledTemplates
import CampaignSpec
import ScheduleXML
import Testing

@Suite("schedule.xml")
struct ScheduleXMLTests {
    let schema = try! XMLSchemaCheck(xsd: BundledTemplates.text(named: "schedule.xsd")!)

    func date(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    var sample: Schedule {
        Schedule(
            title: "领导干部大接访活动 <&\"'>", organization: "某某镇人民政府", issued: date("2026-08-31"), calendar: "every-day",
            phases: [Schedule.Phase(id: "resolution", name: "化解问题阶段", start: date("2026-09-07"), end: date("2026-09-08"), isPublic: true)],
            days: [
                Schedule.Duty(date: date("2026-09-07"), phaseID: "resolution", isNonWorking: false, leaderID: "li-ming",
                              leaderName: "李明", leaderTitle: "镇党委书记"),
                Schedule.Duty(date: date("2026-09-08"), phaseID: "resolution", isNonWorking: false, leaderID: "zhao-jun",
                              leaderName: "赵军]]>", leaderTitle: "副镇长\n兼"),
            ],
            loads: [Schedule.Load(leaderID: "li-ming", name: "李明", title: "镇党委书记", duties: 1, weekendDuties: 0),
                    Schedule.Load(leaderID: "zhao-jun", name: "赵军]]>", title: "副镇长\n兼", duties: 1, weekendDuties: 0)],
            optimal: true)
    }

    @Test("what the writer writes, the reader reads back unchanged")
    func roundTrip() throws {
        let bytes = try ScheduleWriter.xml(sample, schema: schema).get()
        #expect(try ScheduleReader.read(bytes, name: "schedule.xml", schema: schema).get() == sample)
    }

    @Test("a day naming a leader missing from the load table breaks the schema's key reference")
    func keyReference() {
        var broken = sample
        broken.loads.removeLast()
        guard case .failure(.invalid(let problems)) = ScheduleWriter.xml(broken, schema: schema) else {
            Issue.record("a dangling leader id was accepted")
            return
        }
        #expect(problems.contains { $0.message.contains("dayLeader") }, "\(problems)")
    }

    @Test("a damaged file is refused with the line of the damage")
    func damaged() throws {
        var text = String(decoding: try ScheduleWriter.xml(sample, schema: schema).get(), as: UTF8.self)
        text = text.replacingOccurrences(of: "</days>", with: "</day>")
        guard case .failure(let problem) = ScheduleReader.read(Array(text.utf8), name: "schedule.xml", schema: schema) else {
            Issue.record("a damaged schedule was read")
            return
        }
        let damage = (text.split(separator: "\n", omittingEmptySubsequences: false).lastIndex { $0.contains("</day>") } ?? 0) + 1
        #expect(problem.line >= damage, "\(problem) should point at or after line \(damage)")
    }
}
