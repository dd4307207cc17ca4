import CampaignSpec
import Diagnostics
import Foundation
import LedgerReports
import Rendering
import TestSupport
import Testing

@testable import CaseLedger

/// A seeded ledger of 20 visits on the sample campaign, with every event at a fixed time, so its
/// reports can be compared byte for byte with the golden copies in `Golden/`.
enum LedgerFixture {
    static let golden = repositoryRoot.appendingPathComponent("Tests/CaseLedgerTests/Golden")

    static func make() throws -> (Campaign, Ledger) {
        let dir = try Processes.temporaryDirectory()
        let campaign = try sampleCampaign(in: dir)
        let ledger = try Ledger.open(for: campaign, create: true)
        let deadlines = DeadlineCalendar(campaign: campaign)
        let leaders = campaign.leaders.map(\.id)
        let names = ["王大山", "李秀英", "张国强", "刘桂兰", "陈建华", "杨丽", "赵志明", "黄美玲", "周勇", "吴芳"]
        let topics = campaign.topics, methods = campaign.reception.methods
        let dispositions = ["当场答复", "包案", "当场解决", "交办", "包案", "转送", "当场答复", "包案", "不予受理", "交办"]
        var clock = Date(timeIntervalSince1970: 1_788_000_000)
        for i in 0..<20 {
            let day = CivilDate(iso: "2026-09-01")!.adding(days: (i * 5) % 24)
            let who = i % 10
            let disposition = dispositions[i % dispositions.count]
            let opens = disposition == "包案" || disposition == "交办"
            let draft = VisitDraft(
                visit: Visit(
                    number: "", date: day.iso, time: String(format: "%02d:%02d", 8 + i % 9, (i * 7) % 60),
                    channel: VisitInput.channels[i % 4], method: methods[i % methods.count],
                    persons: i % 7 == 3 ? 6 : 1 + i % 2,
                    name: names[who], idNumber: who % 5 != 4 ? idNumber(who) : nil, phone: "1390000\(1000 + who)",
                    address: "石桥村\(who + 1)组", place: "石桥村", category: VisitInput.categories[i % 3],
                    topic: topics[i % topics.count], request: "反映\(topics[i % topics.count])问题（\(i + 1)）",
                    opinion: "依法依规处理", disposition: disposition, reason: disposition == "不予受理" ? "不属于本级职权" : nil,
                    leader: leaders[i % leaders.count], repeatOf: nil, caseNumber: nil),
                caseLeader: opens ? leaders[(i + 2) % leaders.count] : nil, caseUnit: opens ? "镇综治办" : nil)
            clock.addTimeInterval(3_600)
            _ = try ledger.add(draft, by: "王干事", at: clock)
        }
        // 告知: most matters told within two days, one told late, every fourth not told at all.
        for (n, owed) in try ledger.noticesDue(asOf: CivilDate(iso: "2026-12-31")!).enumerated() where n % 4 != 3 {
            clock.addTimeInterval(3_600)
            let received = CivilDate(iso: owed.visit.date)!
            try ledger.notify(
                owed.visit.number, method: Ledger.noticeMethods[n % 4], on: received.adding(days: n == 5 ? 20 : 2),
                by: "王干事", at: clock)
        }
        let cases = try ledger.cases()
        for (n, c) in cases.enumerated() {
            clock.addTimeInterval(3_600)
            let accepted = CivilDate(iso: c.accepted)!
            try ledger.addProgress(
                to: c.number, date: accepted.adding(days: 2), text: "已约谈信访人，调查核实", by: "经办人\(n % 3 + 1)", at: clock)
            if n % 3 == 0 {
                clock.addTimeInterval(3_600)
                try ledger.close(
                    c.number, result: "已协调解决", replyDate: accepted.adding(days: 10 + n),
                    satisfaction: Ledger.satisfactions[n % 4], followUp: n % 2 == 0 ? "电话回访" : nil, stopped: n % 2 == 0,
                    on: accepted.adding(days: 10 + n), by: "王干事", at: clock)
                if n == 0 {
                    clock.addTimeInterval(3_600)
                    try ledger.reopen(
                        c.number, reason: "信访人对结果有异议", on: accepted.adding(days: 16), by: "王干事", at: clock)
                }
            } else if n % 3 == 1 {
                clock.addTimeInterval(3_600)
                try ledger.extend(
                    c.number, days: 20, approver: "李明", reason: "需进一步调查", on: accepted.adding(days: 5), by: "王干事",
                    at: clock)
            }
        }
        return (campaign, ledger)
    }

    /// A valid ID number for the n-th petitioner (GB 11643 check character).
    static func idNumber(_ n: Int) -> String {
        let body = "44010619800101" + String(format: "%03d", n)
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
        return body + String(Array("10X98765432")[sum % 11])
    }

    /// Each report's file name and text.
    static func reports() throws -> [(String, String)] {
        let (campaign, ledger) = try make()
        let templates = try TemplateSet.load(overrides: nil, pages: LedgerReports.pages).get()
        var out: [(String, String)] = []
        let cases = try ledger.cases()
        // The first case as it stood before its closing, closed, and reopened.
        let first = CivilDate(iso: cases[0].accepted)!
        for day in [first.adding(days: 5), first.adding(days: 12), first.adding(days: 20)] {
            let snapshot = try LedgerSnapshot(
                campaign: campaign, ledger: ledger, asOf: day, detailsOf: [cases[0].number])
            let report = try LedgerReports.render(.case, snapshot, number: cases[0].number, templates: templates).get()
            out.append((String(report.name.dropLast(".html".count)) + "-as-of-\(day.iso).html", report.text))
        }
        for (kind, asOf, number) in [
            (LedgerReports.Kind.case, "2026-09-25", cases[0].number), (.case, "2026-10-20", cases[1].number),
            (.weekly, "2026-09-14", nil), (.weekly, "2026-11-16", nil), (.summary, "2026-11-30", nil),
        ] {
            let snapshot = try LedgerSnapshot(
                campaign: campaign, ledger: ledger, asOf: CivilDate(iso: asOf)!, detailsOf: number.map { [$0] } ?? [])
            let report = try LedgerReports.render(kind, snapshot, number: number, templates: templates).get()
            out.append((report.name, report.text))
        }
        return out
    }
}

@Suite("The ledger's reports")
struct ReportGoldenTests {
    @Test(
        "the seeded 20-visit ledger's case sheets, weekly reports and summary match the golden copies (UPDATE_GOLDEN=1 rewrites them)"
    )
    func golden() throws {
        let reports = try LedgerFixture.reports()
        let update = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"
        for (name, text) in reports {
            let file = LedgerFixture.golden.appendingPathComponent(name)
            if update { try text.write(to: file, atomically: true, encoding: .utf8) }
            let expected = try String(contentsOf: file, encoding: .utf8)
            #expect(text == expected, "\(name) differs from Tests/CaseLedgerTests/Golden/\(name)")
        }
        // The same ledger and day give the same bytes.
        #expect(try LedgerFixture.reports().map(\.1) == reports.map(\.1))
    }

    @Test("the full ID number is on the case's own sheet only; the weekly report and summary name no petitioner")
    func privacy() throws {
        let reports = try LedgerFixture.reports()
        let ids = (0..<10).filter { $0 % 5 != 4 }.map(LedgerFixture.idNumber)
        let names = ["王大山", "李秀英", "张国强", "刘桂兰", "陈建华", "杨丽", "赵志明", "黄美玲", "周勇", "吴芳"]
        for (name, text) in reports where !name.hasPrefix("case-") {
            for secret in ids + names + ["1390000"] { #expect(!text.contains(secret), "\(name) holds \(secret)") }
        }
        #expect(reports.contains { $0.0.hasPrefix("case-") && ids.contains(where: $0.1.contains) })
    }

    @Test("every report parses strictly as HTML5", .enabled(if: TestEnvironment.python("html5lib")))
    func html5() throws {
        let dir = try Processes.temporaryDirectory()
        for (name, text) in try LedgerFixture.reports() {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        #expect(try RealClient.html5Problems(in: dir).isEmpty)
    }
}
