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

        init(all: [PetitionCase], receivedBy: [String: Set<String>]) {
            self.all = all
            self.receivedBy = receivedBy
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
            cached = Cases(all: try ledger.cases(), receivedBy: try ledger.casesReceived())
            stamp = now
        }
        return cached
    }
}
