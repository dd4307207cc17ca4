import CampaignSpec
import CaseLedger
import Diagnostics

/// Everything a report is made from: the campaign, the ledger as it stands, and the day the
/// report is as of. The same ledger and day always give the same report.
public struct LedgerSnapshot: Sendable {
    public let campaign: Campaign
    public let asOf: CivilDate
    public let visits: [Visit]
    public let cases: [PetitionCase]
    /// The matters owed a 告知 by `asOf`, with the 告知 given by then.
    public let notices: [NoticeDue]
    let progress: [String: [CaseProgress]]
    let history: [String: [LedgerEvent]]
    private let visitsByNumber: [String: Visit]

    /// Reads the ledger as it stood at the end of `asOf`: visits and cases after it are left out,
    /// and each case is as its steps up to that day left it (a case closed later is open).
    /// - Parameter detailsOf: the cases whose progress log and history are read too (a case sheet's).
    public init(campaign: Campaign, ledger: Ledger, asOf: CivilDate, detailsOf: [String] = []) throws(Diagnostic) {
        self.campaign = campaign
        self.asOf = asOf
        visits = try ledger.visits(to: asOf)
        visitsByNumber = Dictionary(visits.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let shown = visitsByNumber
        cases = try ledger.cases(asOf: asOf).filter { shown[$0.number] != nil }
        notices = try ledger.noticesDue(asOf: asOf)
        var progress: [String: [CaseProgress]] = [:], history: [String: [LedgerEvent]] = [:]
        for number in detailsOf {
            // Progress is dated by the day it happened: later entries had not happened yet.
            progress[number] = try ledger.progress(of: number).filter { $0.date <= asOf.iso }
            history[number] = try ledger.history(of: number)
        }
        self.progress = progress
        self.history = history
    }

    func leaderName(_ id: String) -> String { campaign.leaders.first { $0.id == id }?.name ?? id }
    func leaderTitle(_ id: String) -> String { campaign.leaders.first { $0.id == id }?.title ?? "" }
    func visit(_ number: String) -> Visit? { visitsByNumber[number] }
    func notice(_ number: String) -> NoticeDue? { notices.first { $0.visit.number == number } }
}

/// How offices count intake (SPEC §7): 批次 (visits), 人次 (persons) and 件 (matters: a later
/// visit on a matter already a case is not a new matter).
struct Intake: Sendable {
    var batches = 0, persons = 0, matters = 0

    init(_ visits: [Visit]) {
        for v in visits {
            batches += 1
            persons += v.persons
            if v.caseNumber == nil || v.caseNumber == v.number { matters += 1 }
        }
    }
}

/// A share as offices print it: one decimal and a percent sign, or a dash with nothing to divide.
func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "—" }
    let tenths = (part * 1000 + whole / 2) / whole
    return "\(tenths / 10).\(tenths % 10)%"
}
