import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// 告知 (信访工作条例 Art 23): the petitioner told, within `notify` days of receipt, whether the
/// matter is accepted, where it was forwarded, or why it is refused. Recorded once a visit, with
/// its day, how (当面, 书面, 电话, 短信) and by whom. Never changed or deleted.
public struct Notice: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "notice"

    public var id: Int64?
    public var visitNumber: String
    public var date: String
    public var method: String
    public var by: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Visit {
    /// The dispositions that owe the petitioner a 告知: every matter not settled on the spot.
    public static let owingNotice: Set<String> = ["交办", "包案", "转送", "不予受理"]

    public var owesNotice: Bool { Self.owingNotice.contains(disposition) }
}

/// A matter owed its 告知, as it stood on a day: the visit, when the 告知 is due, and the 告知
/// given by then, if any.
public struct NoticeDue: Sendable, Equatable {
    public let visit: Visit
    public let notifyBy: String
    public let notice: Notice?

    /// Not told, and past the deadline on `day` (the deadline day itself is still in time).
    public func isOverdue(asOf day: CivilDate) -> Bool { notice == nil && notifyBy < day.iso }

    /// Told by the deadline.
    public var wasOnTime: Bool { notice.map { $0.date <= notifyBy } ?? false }
}

extension Ledger {
    public static let noticeMethods = ["当面", "书面", "电话", "短信"]

    /// Records the 告知 of a visit's matter, given on the business day `day`.
    public func notify(
        _ number: String, method: String, on day: CivilDate, by: String, at time: Date = Date()
    ) throws(Diagnostic) {
        guard Self.noticeMethods.contains(method) else {
            throw .error(
                .noticeMethod, ["methods": Phrase.list(Self.noticeMethods), "raw": "\(method)"], field: "method")
        }
        try write { db in
            guard let visit = try Visit.fetchOne(db, key: number) else {
                throw Diagnostic.error(.visitNotInLedger, ["number": "\(number)"])
            }
            guard visit.owesNotice else {
                throw Diagnostic.error(.noticeNotOwed, ["number": "\(number)", "disposition": "\(visit.disposition)"])
            }
            if let earlier = try Notice.fetchOne(
                db, sql: "SELECT * FROM notice WHERE visitNumber = ?", arguments: [number])
            {
                throw Diagnostic.error(
                    .noticeRecorded, ["number": "\(number)", "date": "\(earlier.date)", "method": "\(earlier.method)"])
            }
            guard day.iso >= visit.date else {
                throw Diagnostic.error(
                    .noticeBeforeVisit, ["day": "\(day.iso)", "visit": "\(visit.date)"], field: "date")
            }
            try Notice(id: nil, visitNumber: number, date: day.iso, method: method, by: by).insert(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "visit", number: number, field: "notified", old: nil,
                new: "\(day.iso) \(method)"
            ).insert(db)
        }
    }

    /// The 告知 recorded for a visit, if any.
    public func notice(of number: String) throws(Diagnostic) -> Notice? {
        try read { db in
            try Notice.fetchOne(db, sql: "SELECT * FROM notice WHERE visitNumber = ?", arguments: [number])
        }
    }

    /// Every matter owed a 告知 that was received by the end of `day`, with the 告知 given by then.
    public func noticesDue(asOf day: CivilDate) throws(Diagnostic) -> [NoticeDue] {
        try read { db in
            var given: [String: Notice] = [:]
            for notice in try Notice.fetchAll(db, sql: "SELECT * FROM notice WHERE date <= ?", arguments: [day.iso]) {
                given[notice.visitNumber] = notice
            }
            let owing = Visit.owingNotice.sorted()
            let visits = try Visit.fetchAll(
                db,
                sql: "SELECT * FROM visit WHERE date <= ? AND disposition IN (?, ?, ?, ?) ORDER BY date, time, number",
                arguments: StatementArguments([day.iso] + owing))
            return visits.map { v in
                let received = CivilDate(iso: v.date) ?? day
                return NoticeDue(
                    visit: v, notifyBy: deadlines.notifyBy(accepted: received).iso, notice: given[v.number])
            }
        }
    }
}
