import CampaignSpec
import Foundation
import GRDB
import LedgerReports
import Rendering
import Testing

@testable import CaseLedger

/// The figures the office reports upward (SPEC §7) add up: 受理 is the sum of its dispositions,
/// every count in the summary is what SQL counts in the ledger, and the category chart draws the
/// numbers of the table beside it.
@Suite("The summary's figures against the ledger")
struct ReportFiguresTests {
    /// The numbers a sentence of the report gives after each label, as `受理8件` gives 8.
    func figure(_ label: String, in text: String) -> Int? {
        guard let range = text.range(of: label) else { return nil }
        return Int(text[range.upperBound...].prefix { $0.isNumber })
    }

    @Test("受理 and each disposition, 办结, group and repeat visits, the category table and chart match SQL")
    func summaryAgainstSQL() throws {
        let (campaign, ledger) = try LedgerFixture.make()
        // Two visits that join earlier cases (same petitioner, same topic): matters, not visits, are counted.
        for (i, earlier) in try ledger.visits().filter({ $0.caseNumber == $0.number }).prefix(2).enumerated() {
            var again = earlier
            (again.number, again.date, again.disposition, again.caseNumber) = ("", "2026-09-2\(i + 4)", "当场答复", nil)
            let joined = try ledger.add(VisitDraft(visit: again, caseLeader: nil, caseUnit: nil), by: "王干事")
            #expect(joined.caseNumber == earlier.number && !joined.isNewMatter, "the later visit joined the case")
        }
        let asOf = CivilDate(iso: "2026-11-30")!
        let templates = try TemplateSet.load(overrides: nil, pages: LedgerReports.pages).get()
        let snapshot = try LedgerSnapshot(campaign: campaign, ledger: ledger, asOf: asOf)
        let html = try LedgerReports.render(.summary, snapshot, number: nil, templates: templates).get().text
        func sql(_ query: String) throws -> Int { try ledger.read { db in try Int.fetchOne(db, sql: query) ?? -1 } }
        let matter = "(caseNumber IS NULL OR caseNumber = number)"
        let accepted = try sql("SELECT COUNT(*) FROM visit WHERE \(matter) AND disposition <> '不予受理'")
        #expect(figure("受理", in: html) == accepted)
        var sum = 0
        for (label, disposition) in [
            ("当场解决", "当场解决"), ("当场答复", "当场答复"), ("交办", "交办"), ("包案", "包案"), ("转送", "转送"),
        ] {
            let counted = try sql("SELECT COUNT(*) FROM visit WHERE \(matter) AND disposition = '\(disposition)'")
            #expect(figure("，\(label)", in: html) == counted || figure("其中\(label)", in: html) == counted, "\(label)")
            sum += counted
        }
        #expect(sum == accepted, "受理 is the sum of its dispositions")
        #expect(
            figure("不予受理", in: html) == (try sql("SELECT COUNT(*) FROM visit WHERE \(matter) AND disposition = '不予受理'"))
        )
        #expect(figure("共接待来访群众", in: html) == (try sql("SELECT COUNT(*) FROM visit")))
        // 22批47人次: the number after 批 is the persons.
        #expect(
            figure("批", in: html.components(separatedBy: "共接待来访群众").last ?? "")
                == (try sql("SELECT SUM(persons) FROM visit")))
        #expect(figure("涉及信访事项", in: html) == (try sql("SELECT COUNT(*) FROM visit WHERE \(matter)")))
        #expect(figure("立案", in: html) == (try sql("SELECT COUNT(*) FROM petitionCase")))
        #expect(figure("办结", in: html) == (try sql("SELECT COUNT(*) FROM petitionCase WHERE status = 'closed'")))
        #expect(figure("集体访", in: html) == (try sql("SELECT COUNT(*) FROM visit WHERE persons >= 5")))
        #expect(figure("重复访", in: html) == (try sql("SELECT COUNT(*) FROM visit WHERE repeatOf IS NOT NULL")))
        // The category table's 件 column and the chart under it, against SQL.
        for category in VisitInput.categories {
            let counted = try sql("SELECT COUNT(*) FROM visit WHERE \(matter) AND category = '\(category)'")
            let row = try #require(
                html.firstMatch(of: try Regex("<tr><td>\(category)</td>(<td class=\"center\">\\d+</td>){3}</tr>")))
            #expect(row.0.hasSuffix(">\(counted)</td></tr>"), "\(category): table says \(row.0)")
            let bar = try #require(
                html.firstMatch(of: try Regex(">\(category)</text><rect[^>]*/><text[^>]*>(\\d+)件</text>")))
            #expect(bar.0.hasSuffix(">\(counted)件</text>"), "\(category): chart says \(bar.0)")
        }
    }
}
