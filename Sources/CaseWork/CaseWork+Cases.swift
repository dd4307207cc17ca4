import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation

/// Which cases a list shows (`case list`, the web page's case list).
public struct CaseFilter: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case any = "", open, closed, overdue, due
    }

    public var status: Status
    /// Only the cases of this 包案 leader.
    public var leader: String?

    public init(status: Status = .any, leader: String? = nil) {
        self.status = status
        self.leader = leader
    }

    public var isEverything: Bool { status == .any && leader == nil }

    /// Whether `c` is shown on `day`; `due` means due within 3 days and not yet overdue, and
    /// `overdue` past its finishing deadline (办结超期) or owing its 告知 past that deadline
    /// (告知超期, `noticeOverdue`).
    public func matches(_ c: PetitionCase, on day: CivilDate, noticeOverdue: Bool = false) -> Bool {
        let kept: Bool
        switch status {
        case .any: kept = true
        case .open: kept = c.isOpen
        case .closed: kept = !c.isOpen
        case .overdue: kept = c.isOverdue(asOf: day) || noticeOverdue
        case .due: kept = c.isDue(within: 3, asOf: day)
        }
        return kept && (leader.map { c.leader == $0 } ?? true)
    }
}

/// Every case action, each one transaction and one or more events signed `by`, at `time`.
extension CaseWork {
    /// The id of a leader named by id or by a name the roster holds once.
    public func leaderID(_ written: String) -> Result<String, Diagnostic> { campaign.leaderID(written) }

    /// The cases as they stood at the end of `day` (by the business days of their steps), filtered.
    public func cases(_ filter: CaseFilter = CaseFilter(), on day: CivilDate) -> Result<[PetitionCase], Diagnostic> {
        do {
            let all = try ledger.cases(asOf: day)
            guard !filter.isEverything else { return .success(all) }
            let lateNotice = filter.status == .overdue ? try noticeOverdue(on: day) : []
            return .success(all.filter { filter.matches($0, on: day, noticeOverdue: lateNotice.contains($0.number)) })
        } catch {
            return .failure(error)
        }
    }

    /// Every matter owed a 告知 by the end of `day`, with the 告知 given by then.
    public func noticesDue(on day: CivilDate) -> Result<[NoticeDue], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.noticesDue(asOf: day) }
    }

    /// The visits whose 告知 is overdue on `day`.
    func noticeOverdue(on day: CivilDate) throws(Diagnostic) -> Set<String> {
        Set(try ledger.noticesDue(asOf: day).filter { $0.isOverdue(asOf: day) }.map(\.visit.number))
    }

    /// Records the 告知 of a visit's matter (a case's number is its visit's).
    public func notify(
        _ number: String, method: String, on day: CivilDate, by: String, at time: Date = Date()
    ) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.notify(number, method: method, on: day, by: by, at: time) }
    }

    public func visits(from: CivilDate? = nil, to: CivilDate? = nil) -> Result<[Visit], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.visits(from: from, to: to) }
    }

    public func addProgress(
        to number: String, date: CivilDate, text: String, by: String, at time: Date = Date()
    ) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.addProgress(to: number, date: date, text: text, by: by, at: time) }
    }

    /// Extends the case once; the new deadline comes back.
    public func extend(
        _ number: String, days: Int, approver: String, reason: String, on day: CivilDate, by: String,
        at time: Date = Date()
    ) -> Result<String, Diagnostic> {
        Result { () throws(Diagnostic) in
            try ledger.extend(number, days: days, approver: approver, reason: reason, on: day, by: by, at: time)
        }
    }

    public func close(
        _ number: String, result: String, replyDate: CivilDate, satisfaction: String, followUp: String?,
        stopped: Bool, on day: CivilDate, by: String, at time: Date = Date()
    ) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in
            try ledger.close(
                number, result: result, replyDate: replyDate, satisfaction: satisfaction, followUp: followUp,
                stopped: stopped, on: day, by: by, at: time)
        }
    }

    public func reopen(
        _ number: String, reason: String, on day: CivilDate, by: String, at time: Date = Date()
    ) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.reopen(number, reason: reason, on: day, by: by, at: time) }
    }

    /// Records leave written into the campaign file (from the web page), so it too is in the
    /// history with who made it.
    public func recordLeave(
        leader: String, span: DateSpan, by: String, at time: Date = Date()
    ) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in
            try ledger.record("campaign", leader, field: "away", old: nil, new: span.text, by: by, at: time)
        }
    }
}

extension CaseWork {
    /// The earlier visits and open cases of the petitioner these fields name (same ID number, or
    /// same name and phone): shown before a returning petitioner's visit is stored.
    public func earlierVisits(_ fields: VisitFields) -> Result<(visits: [Visit], openCases: [PetitionCase]), Diagnostic>
    {
        let value = { (key: String) in fields.values[key]?.text }
        let probe = Visit(
            number: "", date: "", time: "", channel: "", method: "", persons: 1, name: value("petitioner.name") ?? "",
            idNumber: value("petitioner.id_number")?.uppercased(), phone: value("petitioner.phone"), address: nil,
            place: nil, category: "", topic: "", request: "", opinion: nil, disposition: "", reason: nil, leader: "",
            repeatOf: nil, caseNumber: nil)
        return Result { () throws(Diagnostic) in try ledger.earlierVisits(of: probe) }
    }

    /// Visits found by a name, a phone, the last four of an ID number or a visit's number.
    public func searchVisits(_ text: String) -> Result<[Visit], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.searchVisits(text) }
    }
}
