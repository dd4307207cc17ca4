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

    /// Whether `c` is shown on `day`; `due` means due within 3 days and not yet overdue.
    public func matches(_ c: PetitionCase, on day: CivilDate) -> Bool {
        let kept: Bool
        switch status {
        case .any: kept = true
        case .open: kept = c.isOpen
        case .closed: kept = !c.isOpen
        case .overdue: kept = c.isOverdue(asOf: day)
        case .due: kept = c.isDue(within: 3, asOf: day)
        }
        return kept && (leader.map { c.leader == $0 } ?? true)
    }
}

/// Every case action, each one transaction and one or more events signed `by`, at `time`.
extension CaseWork {
    /// The id of a leader named by id or by a name the roster holds once.
    public func leaderID(_ written: String) -> Result<String, Diagnostic> {
        switch campaign.lookUpLeader(written) {
        case .found(let leader): return .success(leader.id)
        case .ambiguous(let ids):
            return .failure(
                .error(
                    "'\(written)' names \(ids.count) leaders; give the id (\(ids.joined(separator: ", ")))",
                    code: .leaderUnknown))
        case .unknown:
            let roster = campaign.leaders.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
            return .failure(.error("no leader '\(written)' in the roster (\(roster))", code: .leaderUnknown))
        }
    }

    /// The cases as they stood at the end of `day` (by the business days of their steps), filtered.
    public func cases(_ filter: CaseFilter = CaseFilter(), on day: CivilDate) -> Result<[PetitionCase], Diagnostic> {
        do {
            let all = try ledger.cases(asOf: day)
            return .success(filter.isEverything ? all : all.filter { filter.matches($0, on: day) })
        } catch {
            return .failure(error)
        }
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

extension DiagnosticCode {
    public static let leaderUnknown = DiagnosticCode(317)
}
