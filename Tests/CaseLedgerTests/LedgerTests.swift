import CampaignSpec
import Diagnostics
import Foundation
import GRDB
import TestSupport
import Testing

@testable import CaseLedger

/// The sample campaign, which the worked examples of the ledger issue use.
func sampleCampaign(in dir: URL? = nil) throws -> Campaign {
    let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
    let file = (dir ?? repositoryRoot).appendingPathComponent("campaign.yaml").path
    let loaded = CampaignLoader.load(text: text, file: file)
    return try #require(loaded.campaign)
}

func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

@Suite("Case deadlines (信访工作条例 2022, Arts 23 and 34)")
struct DeadlineTests {
    @Test("accepted 2026-09-08: notify by 2026-09-23; finish by 2026-11-09, because 11-07 is a Saturday")
    func firstWorkedExample() throws {
        let calendar = DeadlineCalendar(campaign: try sampleCampaign())
        #expect(calendar.notifyBy(accepted: date("2026-09-08")) == date("2026-09-23"))
        #expect(calendar.finishBy(accepted: date("2026-09-08")) == date("2026-11-09"))
    }

    @Test("accepted 2026-09-16: notify by 2026-10-08, because 10-01 falls in the National Day holiday")
    func secondWorkedExample() throws {
        let calendar = DeadlineCalendar(campaign: try sampleCampaign())
        #expect(calendar.notifyBy(accepted: date("2026-09-16")) == date("2026-10-08"))
    }

    @Test("a make-up workday counts as a working day; the campaign's own limits and holidays apply")
    func campaignSettings() throws {
        var campaign = try sampleCampaign()
        let calendar = DeadlineCalendar(campaign: campaign)
        // 2026-09-20 is a Sunday made a workday (调休): a deadline landing there stays.
        #expect(calendar.due(date("2026-09-05"), plus: 15) == date("2026-09-20"))
        campaign.deadlines = CaseDeadlines(notify: 10, finish: 30, extend: 15)
        campaign.extraHolidays = [date("2026-09-18")]
        let local = DeadlineCalendar(campaign: campaign)
        // 09-18 is now a holiday, 09-19 a Saturday, and 09-20 the make-up Sunday.
        #expect(local.notifyBy(accepted: date("2026-09-08")) == date("2026-09-20"))
    }
}

@Suite("ID numbers (GB 11643)")
struct IDNumberTests {
    @Test("the check character is checked, X included; lists mask all but the first three and last four")
    func checkAndMask() {
        #expect(IDNumber.problem("11010519491231002X") == nil)
        #expect(IDNumber.problem("11010519491231002x") == nil)
        #expect(IDNumber.problem("110105194912310021")?.zh.contains("应是“X”") == true)
        #expect(IDNumber.problem("110105194912310021")?.en.contains("call for 'X'") == true)
        #expect(IDNumber.problem("1101051949123100") != nil)
        #expect(IDNumber.problem("11010519491231A02X") != nil)
        #expect(IDNumber.masked("11010519491231002X") == "110***********002X")
    }
}

@Suite("Visits as the office writes them")
struct VisitInputTests {
    static let valid = """
        date: 2026-09-08
        time: "09:30"
        channel: 来访
        method: 定点接访
        persons: 2
        petitioner: {name: 张三, id_number: "11010519491231002X", phone: "13900000001"}
        category: 申诉求决
        topic: 土地征收
        request: 征地补偿款未足额发放
        disposition: 包案
        case: {leader: li-ming, unit: 镇国土所}
        """

    let duty: [CivilDate: String] = [date("2026-09-08"): "wang-jianguo"]

    @Test("the receiving leader defaults to that day's duty leader; another roster leader is a warning at its line")
    func receivingLeader() throws {
        let campaign = try sampleCampaign()
        let read = VisitInput.read(Self.valid, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(read.draft?.visit.leader == "wang-jianguo" && read.diagnostics.isEmpty)
        let other = VisitInput.read(
            Self.valid + "\nleader: li-ming", file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(other.draft?.visit.leader == "li-ming")
        #expect(
            other.diagnostics.map(\.englishLine) == [
                "v.yaml:12:9: warning: li-ming received this visit, but wang-jianguo is on duty on 2026-09-08 [J0207]"
            ])
    }

    @Test("mistakes are all reported at their line and column, and nothing is returned")
    func locatedErrors() throws {
        let campaign = try sampleCampaign()
        let broken = Self.valid
            .replacingOccurrences(of: "channel: 来访", with: "channel: 上门")
            .replacingOccurrences(of: "002X", with: "0021")
            .replacingOccurrences(of: "case: {leader: li-ming, unit: 镇国土所}", with: "caes: {leader: li-ming}")
        let read = VisitInput.read(broken, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(read.draft == nil)
        #expect(
            read.diagnostics.map(\.englishLine) == [
                "v.yaml:3:10: error: 'channel' must be one of 来访, 来信, 电话, 网上, 上级交办, found '上门' [J0203]",
                "v.yaml:6:35: error: the check character is '1', but the first 17 digits call for 'X' (GB 11643) [J0205]",
                "v.yaml:10:14: error: a 包案 visit opens a case: name its 包案 leader (case.leader) and unit (case.unit) [J0208]",
                "v.yaml:11:1: error: unknown key 'caes' in the visit; did you mean 'case'? [J0209]",
            ])
        // Each problem names the field it belongs to, for a form to place it there.
        #expect(read.diagnostics.map(\.field) == ["channel", "petitioner.id_number", "case.leader", nil])
    }
}

@Suite("The ledger")
struct LedgerTests {
    func fixture() throws -> (Campaign, Ledger, DeadlineCalendar) {
        let dir = try Processes.temporaryDirectory()
        let campaign = try sampleCampaign(in: dir)
        return (campaign, try Ledger.open(for: campaign, create: true), DeadlineCalendar(campaign: campaign))
    }

    func draft(
        _ date: String, name: String = "张三", id: String? = nil, phone: String? = nil, persons: Int = 1,
        disposition: String = "当场答复", caseLeader: String? = nil
    ) -> VisitDraft {
        VisitDraft(
            visit: Visit(
                number: "", date: date, time: "10:00", channel: "来访", method: "定点接访", persons: persons, name: name,
                idNumber: id, phone: phone, address: nil, place: nil, category: "申诉求决", topic: "涉农", request: "诉求",
                opinion: nil, disposition: disposition, reason: nil, leader: "li-ming", repeatOf: nil, caseNumber: nil),
            caseLeader: caseLeader, caseUnit: caseLeader.map { _ in "镇农办" })
    }

    @Test("a new ledger is private (0600), in WAL mode with foreign keys on")
    func privateFile() throws {
        let (_, ledger, _) = try fixture()
        let mode = try FileManager.default.attributesOfItem(atPath: ledger.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let (journal, foreignKeys) = try ledger.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(journal == "wal" && foreignKeys == 1)
    }

    @Test("numbers go by the day; a group visit, a repeat by ID number or by name and phone, and a case are recognised")
    func visitsAndCases() throws {
        let (_, ledger, deadlines) = try fixture()
        let first = try ledger.add(
            draft("2026-09-08", id: "11010519491231002X", persons: 5, disposition: "包案", caseLeader: "li-ming"),
            by: "王干事")
        #expect(first.number == "20260908-01" && first.isGroup && first.caseNumber == "20260908-01")
        let second = try ledger.add(draft("2026-09-08", name: "李四", phone: "139"), by: "王干事")
        #expect(second.number == "20260908-02" && second.repeatOf == nil && second.caseNumber == nil)
        let again = try ledger.add(draft("2026-09-10", id: "11010519491231002X"), by: "王干事")
        #expect(
            again.repeatOf == "20260908-01" && again.caseNumber == "20260908-01", "a later visit joins the open case")
        let byPhone = try ledger.add(draft("2026-09-11", name: "李四", phone: "139"), by: "王干事")
        #expect(byPhone.repeatOf == "20260908-02")
        let c = try #require(try ledger.cases().first)
        #expect(c.notifyBy == "2026-09-23" && c.finishBy == "2026-11-09" && c.isOpen)
        #expect(try ledger.history(of: "20260908-01").map(\.field) == ["recorded", "opened", "visit"])
    }

    @Test("one extension of at most `extend` days, approved and explained; overdue is exact as of a day")
    func oneExtension() throws {
        let (_, ledger, deadlines) = try fixture()
        _ = try ledger.add(draft("2026-09-08", disposition: "包案", caseLeader: "li-ming"), by: "a")
        #expect(try ledger.cases()[0].isOverdue(asOf: date("2026-11-09")) == false)
        #expect(try ledger.cases()[0].isOverdue(asOf: date("2026-11-10")) == true)
        #expect(throws: Diagnostic.self) {
            try ledger.extend("20260908-01", days: 31, approver: "李明", reason: "r", on: date("2026-10-01"), by: "a")
        }
        // 2026-11-09 + 30 = 2026-12-09, a Wednesday.
        try ledger.extend(
            "20260908-01", days: 30, approver: "李明", reason: "需补充调查", on: date("2026-10-01"), by: "a")
        let c = try ledger.cases()[0]
        #expect(c.extendedTo == "2026-12-09" && c.due == "2026-12-09" && !c.isOverdue(asOf: date("2026-11-10")))
        #expect(throws: Diagnostic.self) {
            try ledger.extend("20260908-01", days: 5, approver: "李明", reason: "r", on: date("2026-10-02"), by: "a")
        }
    }

    @Test("progress, close and reopen are each an event; history is never rewritten or deleted")
    func lifecycle() throws {
        let (_, ledger, deadlines) = try fixture()
        _ = try ledger.add(draft("2026-09-08", disposition: "交办", caseLeader: "li-ming"), by: "a")
        try ledger.addProgress(to: "20260908-01", date: date("2026-09-10"), text: "已约谈", by: "李明")
        try ledger.close(
            "20260908-01", result: "补偿到位", replyDate: date("2026-09-20"), satisfaction: "满意", followUp: "电话回访",
            stopped: true, on: date("2026-09-20"), by: "王干事")
        #expect(throws: Diagnostic.self) {
            try ledger.addProgress(to: "20260908-01", date: date("2026-09-21"), text: "x", by: "a")
        }
        try ledger.reopen("20260908-01", reason: "群众再次反映", on: date("2026-09-28"), by: "王干事")
        #expect(try ledger.cases()[0].isOpen)
        let fields = try ledger.history(of: "20260908-01").map(\.field)
        #expect(fields.starts(with: ["recorded", "opened", "progress", "status"]) && fields.contains("reopenReason"))
        #expect(try ledger.progress(of: "20260908-01").map(\.by) == ["李明"])
        #expect(throws: (any Error).self) { try ledger.pool.write { try $0.execute(sql: "DELETE FROM event") } }
        #expect(throws: (any Error).self) { try ledger.pool.write { try $0.execute(sql: "DELETE FROM visit") } }
    }

    @Test(
        "as of any day a case is as its dated steps left it: open before its closing, closed, open again once reopened")
    func pastAsItWas() throws {
        let (_, ledger, _) = try fixture()
        _ = try ledger.add(draft("2026-09-08", disposition: "包案", caseLeader: "li-ming"), by: "a")
        try ledger.extend("20260908-01", days: 10, approver: "李明", reason: "需补充调查", on: date("2026-09-12"), by: "a")
        try ledger.close(
            "20260908-01", result: "补偿到位", replyDate: date("2026-09-23"), satisfaction: "满意", followUp: nil,
            stopped: true, on: date("2026-09-24"), by: "a")
        try ledger.reopen("20260908-01", reason: "群众再次反映", on: date("2026-10-08"), by: "a")
        func asOf(_ day: String) throws -> PetitionCase { try #require(try ledger.cases(asOf: date(day)).first) }
        #expect(try ledger.cases(asOf: date("2026-09-07")).isEmpty, "not yet accepted")
        let before = try asOf("2026-09-11")
        #expect(before.isOpen && before.extendedTo == nil && before.result == nil)
        let extended = try asOf("2026-09-14")
        #expect(extended.isOpen && extended.extendedTo != nil)
        let closed = try asOf("2026-09-24")
        #expect(!closed.isOpen && closed.result == "补偿到位" && closed.closedOn == "2026-09-24")
        let reopened = try asOf("2026-10-08")
        #expect(reopened.isOpen && reopened.result == nil && reopened.closedOn == nil)
        // A step cannot go back before the one before it.
        #expect(throws: Diagnostic.self) {
            try ledger.close(
                "20260908-01", result: "x", replyDate: date("2026-10-01"), satisfaction: "满意", followUp: nil,
                stopped: false, on: date("2026-10-01"), by: "a")
        }
    }

    @Test("告知: owed by 交办, 包案, 转送 and 不予受理 visits, recorded once, overdue past its deadline untold")
    func notices() throws {
        let (_, ledger, _) = try fixture()
        _ = try ledger.add(draft("2026-09-08", disposition: "包案", caseLeader: "li-ming"), by: "a")
        _ = try ledger.add(draft("2026-09-08", name: "李四", disposition: "转送"), by: "a")
        _ = try ledger.add(draft("2026-09-08", name: "王五"), by: "a")
        let owed = try ledger.noticesDue(asOf: date("2026-09-30"))
        #expect(owed.map(\.visit.number) == ["20260908-01", "20260908-02"], "当场答复 owes no 告知")
        #expect(owed.allSatisfy { $0.notifyBy == "2026-09-23" && $0.isOverdue(asOf: date("2026-09-24")) })
        #expect(!owed[0].isOverdue(asOf: date("2026-09-23")), "the deadline day itself is in time")
        #expect(throws: Diagnostic.self) {
            try ledger.notify("20260908-03", method: "电话", on: date("2026-09-09"), by: "a")
        }
        #expect(throws: Diagnostic.self) {
            try ledger.notify("20260908-01", method: "微信", on: date("2026-09-09"), by: "a")
        }
        #expect(throws: Diagnostic.self) {
            try ledger.notify("20260908-01", method: "电话", on: date("2026-09-07"), by: "a")
        }
        try ledger.notify("20260908-01", method: "电话", on: date("2026-09-10"), by: "王干事")
        #expect(throws: Diagnostic.self) {
            try ledger.notify("20260908-01", method: "书面", on: date("2026-09-11"), by: "a")
        }
        try ledger.notify("20260908-02", method: "书面", on: date("2026-09-25"), by: "王干事")
        let later = try ledger.noticesDue(asOf: date("2026-09-30"))
        #expect(later[0].wasOnTime && !later[1].wasOnTime && !later[1].isOverdue(asOf: date("2026-09-30")))
        // As of a day before the 告知 was given, it had not been given.
        #expect(try ledger.noticesDue(asOf: date("2026-09-09"))[0].notice == nil)
        #expect(try ledger.history(of: "20260908-01").contains { $0.field == "notified" && $0.by == "王干事" })
    }

    @Test(
        "one matter, one case: a later visit on the same topic joins the open case however handled, unless a new matter"
    )
    func matters() throws {
        let (_, ledger, _) = try fixture()
        let first = try ledger.add(
            draft("2026-09-08", id: "11010519491231002X", disposition: "包案", caseLeader: "li-ming"), by: "a")
        // The same petitioner a week later, handled 交办: the same matter, so the same case.
        let again = try ledger.add(
            draft("2026-09-15", id: "11010519491231002X", disposition: "交办", caseLeader: "zhao-jun"), by: "a")
        #expect(again.caseNumber == first.number && !again.isNewMatter && again.repeatOf == first.number)
        // Marked a new matter by the office: its own case.
        var marked = draft("2026-09-16", id: "11010519491231002X", disposition: "包案", caseLeader: "zhao-jun")
        marked.visit.newMatter = true
        let separate = try ledger.add(marked, by: "a")
        #expect(separate.caseNumber == separate.number && separate.isNewMatter)
        // Another topic is another matter.
        var other = draft("2026-09-17", id: "11010519491231002X", disposition: "包案", caseLeader: "zhao-jun")
        other.visit.topic = "城乡建设"
        let otherTopic = try ledger.add(other, by: "a")
        #expect(otherTopic.caseNumber == otherTopic.number)
        #expect(try ledger.cases().count == 3)
        #expect(try ledger.check().isEmpty, "a joined 交办 visit belongs to a case")
    }

    @Test("another campaign's ledger, and one written by a newer jiefang, are refused by name")
    func refusals() throws {
        let (campaign, ledger, _) = try fixture()
        var other = campaign
        other.title = "另一项活动"
        #expect {
            _ = try Ledger.open(for: other, create: false)
        } throws: { ($0 as? Diagnostic)?.english.contains("belongs to another campaign: '领导干部大接访活动'") == true }
        try ledger.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9: from the future')")
        }
        #expect {
            _ = try Ledger.open(for: campaign, create: false)
        } throws: { ($0 as? Diagnostic)?.english.contains("written by a newer jiefang") == true }
    }

    @Test("ledger check finds what SQLite's integrity check cannot: deadlines, closed cases without their result")
    func checkRules() throws {
        let (_, ledger, deadlines) = try fixture()
        _ = try ledger.add(draft("2026-09-08", disposition: "包案", caseLeader: "li-ming"), by: "a")
        #expect(try ledger.check().isEmpty)
        try ledger.pool.write { db in
            try db.execute(sql: "UPDATE petitionCase SET finishBy = '2026-12-31', status = 'closed'")
        }
        let problems = try ledger.check().map(\.english)
        #expect(
            problems == [
                "case 20260908-01: its deadlines do not follow from its acceptance on 2026-09-08",
                "case 20260908-01 is closed without its result, reply date or satisfaction",
            ], "\(problems)")
    }
}

@Suite("History as the office reads it")
struct EventWordsTests {
    @Test("a case sheet's 变更记录 names what changed in Chinese and gives the time in Beijing time")
    func chineseHistory() {
        let closed = LedgerEvent(
            id: nil, at: "2026-09-16T17:30:00Z", by: "王干事", entity: "case", number: "20260908-01", field: "status",
            old: "open", new: "closed")
        #expect(closed.localTime == "2026-09-17 01:30:00")
        #expect(closed.fieldLabel == "办理状态" && closed.oldLabel == "办理中" && closed.newLabel == "已办结")
        let stopped = LedgerEvent(
            id: nil, at: "2026-09-16T01:00:00Z", by: "王干事", entity: "case", number: "20260908-01", field: "stopped",
            old: nil, new: "yes")
        #expect(stopped.fieldLabel == "息诉罢访" && stopped.newLabel == "是" && stopped.oldLabel == "")
        // A visit's own fields are named by their labels on the register form.
        let field = LedgerEvent(
            id: nil, at: "2026-09-16T01:00:00Z", by: "a", entity: "visit", number: "1", field: "petitioner.name",
            old: nil, new: "张三")
        #expect(field.fieldLabel == "姓名")
    }
}
