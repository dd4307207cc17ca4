import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// Looks at personal data on record (SPEC §8): who signed in, out or failed to, from which
/// address, and every page that showed a full ID number. Kept as ledger events of their own
/// kind, so they are as lasting as the rest of the record.
public enum Access: String, Sendable, CaseIterable {
    case signIn = "signin"
    case signOut = "signout"
    case signInFailed = "signin-failed"
    case idNumberShown = "id-number-shown"

    static let entity = "access"

    /// As the audit lists it.
    public var label: String {
        switch self {
        case .signIn: "登录"
        case .signOut: "退出"
        case .signInFailed: "登录失败"
        case .idNumberShown: "查看完整身份证号"
        }
    }
}

extension Ledger {
    /// - Parameters:
    ///   - by: the account (for a failed sign-in, the name typed).
    ///   - subject: what was looked at (a case's number), or the account itself.
    ///   - detail: the client's address, or the page that showed the number.
    public func record(
        _ access: Access, by: String, subject: String, detail: String, at time: Date = Date()
    ) throws(Diagnostic) {
        try write { db in
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: Access.entity, number: subject, field: access.rawValue, old: nil,
                new: detail
            ).insert(db)
        }
    }

    /// The access events whose Beijing-time day is within `from`…`to` (either open), oldest first.
    public func accessEvents(from: CivilDate? = nil, to: CivilDate? = nil) throws(Diagnostic) -> [LedgerEvent] {
        let all = try read { db in
            try LedgerEvent.fetchAll(
                db, sql: "SELECT * FROM event WHERE entity = ? ORDER BY at, id", arguments: [Access.entity])
        }
        return all.filter { event in
            let day = String(event.localTime.prefix(10))
            return (from.map { day >= $0.iso } ?? true) && (to.map { day <= $0.iso } ?? true)
        }
    }
}
