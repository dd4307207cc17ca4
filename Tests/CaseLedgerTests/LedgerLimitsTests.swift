import CampaignSpec
import Diagnostics
import Foundation
import OfficeFiles
import TestSupport
import Testing

@testable import CaseLedger

/// What the office may write (SPEC §7): leaders by name or id, texts within their limits, and
/// exported cells that a spreadsheet never runs as formulas.
@Suite("Leaders by name, text limits, formula-safe CSV")
struct LedgerLimitsTests {
    let duty: [CivilDate: String] = [date("2026-09-08"): "wang-jianguo"]

    @Test("a 包案 leader and a receiving leader may be named by name (李明) as well as by id")
    func leadersByName() throws {
        let campaign = try sampleCampaign()
        let yaml =
            VisitInputTests.valid.replacingOccurrences(of: "leader: li-ming", with: "leader: 李明")
            + "\nleader: 刘芳"
        let read = VisitInput.read(yaml, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(read.draft?.caseLeader == "li-ming", "\(read.diagnostics)")
        #expect(read.draft?.visit.leader == "liu-fang", "\(read.diagnostics)")
        #expect(campaign.leaderLabel("li-ming") == "李明（镇党委书记）")
    }

    @Test("a name two leaders share is refused with both ids; an unknown leader lists the roster by name and id")
    func ambiguousAndUnknownNames() throws {
        var campaign = try sampleCampaign()
        campaign.leaders[1].name = campaign.leaders[0].name
        let yaml = VisitInputTests.valid.replacingOccurrences(of: "leader: li-ming", with: "leader: 李明")
        let twice = VisitInput.read(yaml, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(twice.draft == nil)
        let problem = try #require(twice.diagnostics.first { $0.field == "case.leader" })
        #expect(problem.english.contains("names 2 leaders") && problem.english.contains(campaign.leaders[1].id))
        let unknown = VisitInput.read(
            VisitInputTests.valid.replacingOccurrences(of: "leader: li-ming", with: "leader: 李四"), file: "v.yaml",
            campaign: try sampleCampaign(), dutyLeaders: duty)
        #expect(
            unknown.diagnostics.map(\.englishLine).contains {
                $0.hasPrefix("v.yaml:11:16: error: 'case.leader': no leader '李四' in the roster")
            })
    }

    @Test("a name over 40 characters or a request over 5,000 is refused at its place, with its field")
    func visitLimits() throws {
        let campaign = try sampleCampaign()
        let longName = String(repeating: "张", count: 41)
        let yaml = VisitInputTests.valid
            .replacingOccurrences(of: "name: 张三", with: "name: \(longName)")
            .replacingOccurrences(of: "request: 征地补偿款未足额发放", with: "request: " + String(repeating: "诉", count: 5_001))
        let read = VisitInput.read(yaml, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(read.draft == nil)
        let tooLong = read.diagnostics.filter { $0.code == .textTooLong }
        #expect(tooLong.map(\.field) == ["petitioner.name", "request"])
        #expect(
            tooLong.first?.englishLine
                == "v.yaml:6:20: error: 'petitioner.name' has 41 characters; it may have at most 40 [J0210]")
        let fits = VisitInput.read(
            VisitInputTests.valid.replacingOccurrences(of: "name: 张三", with: "name: \(longName.dropLast())"),
            file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        #expect(fits.draft != nil, "\(fits.diagnostics)")
    }

    @Test("progress, a result or a reason over 5,000 characters is refused and nothing is stored")
    func actionLimits() throws {
        let dir = try Processes.temporaryDirectory()
        let campaign = try sampleCampaign(in: dir)
        let ledger = try Ledger.open(for: campaign, create: true)
        let read = VisitInput.read(VisitInputTests.valid, file: "v.yaml", campaign: campaign, dutyLeaders: duty)
        let visit = try ledger.add(try #require(read.draft), by: "王干事")
        let long = String(repeating: "办", count: 5_001)
        #expect(throws: Diagnostic.self) {
            try ledger.addProgress(to: visit.number, date: date("2026-09-09"), text: long, by: "王干事")
        }
        #expect(throws: Diagnostic.self) {
            try ledger.close(
                visit.number, result: long, replyDate: date("2026-09-20"), satisfaction: "满意", followUp: nil,
                stopped: true, on: date("2026-09-20"), by: "王干事")
        }
        #expect(try ledger.progress(of: visit.number).isEmpty)
        #expect(try ledger.cases().first?.isOpen == true)
        try ledger.addProgress(to: visit.number, date: date("2026-09-09"), text: String(long.dropLast()), by: "王干事")
        #expect(try ledger.progress(of: visit.number).count == 1)
    }

    @Test("CSV cells that start like a formula get a leading ' and come back as written")
    func formulaCells() {
        let hostile = [
            "=HYPERLINK(\"http://example.invalid\",\"点此\")", "+1", "-1", "@SUM(A1)", "\tTAB", "\rCR", "'=already",
            "''+twice", "'plain", "正常文字", "",
        ]
        let csv = CSVTable.text([hostile])
        #expect(csv.contains("'=HYPERLINK") && csv.contains(",'+1,'-1,'@SUM(A1),"))
        for value in hostile {
            let cell = CSVTable.neutralised(value)
            #expect(!(cell.first.map { "=+-@\t\r".contains($0) } ?? false), "\(value) still starts like a formula")
            #expect(CSVTable.restored(cell) == value)
        }
        #expect(CSVTable.neutralised("'plain") == "'plain" && CSVTable.neutralised("正常文字") == "正常文字")
    }
}
