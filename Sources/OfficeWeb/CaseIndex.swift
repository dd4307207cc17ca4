import CampaignSpec
import CaseLedger
import Foundation

/// The ledger's cases and who received them, read again only when the ledger has changed since
/// (any change appends an event), so a page costs one small query instead of reading every case.
final class CaseIndex: @unchecked Sendable {
    struct Cases: Sendable {
        let all: [PetitionCase]
        let receivedBy: [String: Set<String>]
        /// The open cases, soonest deadline first: sorted once per change, not once per page.
        let openByDue: [PetitionCase]
        /// The matters owed a 告知 and not yet told, soonest deadline first.
        let untold: [NoticeDue]

        init(all: [PetitionCase], receivedBy: [String: Set<String>], untold: [NoticeDue] = []) {
            self.all = all
            self.receivedBy = receivedBy
            self.untold = untold.sorted { ($0.notifyBy, $0.visit.number) < ($1.notifyBy, $1.visit.number) }
            openByDue = all.filter(\.isOpen).sorted { ($0.due, $0.number) < ($1.due, $1.number) }
        }
    }

    private let lock = NSLock()
    private var stamp: Int64 = -1
    private var cached = Cases(all: [], receivedBy: [:])

    func cases(_ ledger: Ledger) throws -> Cases {
        let now = try ledger.changeStamp()
        lock.lock()
        defer { lock.unlock() }
        if now != stamp {
            // Every 告知 recorded so far counts, whatever day it is dated.
            let owed = try ledger.noticesDue(asOf: CivilDate(year: 9999, month: 12, day: 31)!)
            cached = Cases(
                all: try ledger.cases(), receivedBy: try ledger.casesReceived(),
                untold: owed.filter { $0.notice == nil })
            stamp = now
        }
        return cached
    }
}
