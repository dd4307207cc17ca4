import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// What the office does to the ledger, each in one transaction, each change an appended event.
extension Ledger {
    /// Stores a visit: numbers it by its day, recognises a repeat petitioner, opens the case a
    /// 交办 or 包案 visit starts (with its deadlines), or attaches the visit to the open case
    /// of an earlier visit by the same petitioner. Returns the stored visit.
    public func add(_ draft: VisitDraft, by: String, at time: Date = Date()) throws(Diagnostic) -> Visit {
        try write { db in try insert(draft, db, by: by, stamp: Self.stamp(time)) }
    }

    func insert(_ draft: VisitDraft, _ db: Database, by: String, stamp: String) throws -> Visit {
        var visit = draft.visit
        let compact = visit.date.replacingOccurrences(of: "-", with: "")
        let sameDay =
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM visit WHERE date = ?", arguments: [visit.date]) ?? 0
        visit.number = compact + "-" + (sameDay + 1 < 10 ? "0" : "") + String(sameDay + 1)
        let earlier = try Visit.fetchOne(
            db,
            sql: """
                SELECT * FROM visit
                WHERE (idNumber IS NOT NULL AND idNumber = ?)
                   OR (phone IS NOT NULL AND name = ? AND phone = ? AND name <> '匿名')
                ORDER BY date, time, number LIMIT 1
                """, arguments: [visit.idNumber, visit.name, visit.phone])
        visit.repeatOf = earlier?.number
        var opened: PetitionCase?
        // One matter, one case: the petitioner's open case on the same topic takes the visit,
        // however it was handled, unless the office marked it a new matter.
        let joining = earlier != nil && !visit.newMatter ? try earlierOpenCase(db, visit) : nil
        if let joining {
            visit.caseNumber = joining
        } else if let leader = draft.caseLeader {
            let accepted = CivilDate(iso: visit.date) ?? CivilDate(dayNumber: 0)
            opened = PetitionCase(
                number: visit.number, leader: leader, unit: draft.caseUnit, accepted: visit.date,
                notifyBy: deadlines.notifyBy(accepted: accepted).iso,
                finishBy: deadlines.finishBy(accepted: accepted).iso,
                extendedTo: nil, extensionDays: nil, approver: nil, extensionReason: nil, extendedOn: nil,
                status: "open",
                result: nil, replyDate: nil, satisfaction: nil, followUp: nil, stopped: nil, closedOn: nil)
            visit.caseNumber = visit.number
        }
        try visit.insert(db)
        try LedgerEvent(
            at: stamp, by: by, entity: "visit", number: visit.number, field: "recorded", old: nil,
            new: visit.disposition
        ).insert(db)
        if let number = draft.appointment { try keep(number, by: visit, db, by: by, stamp: stamp) }
        if let opened {
            try opened.insert(db)
            try LedgerEvent(
                at: stamp, by: by, entity: "case", number: opened.number, field: "opened", old: nil,
                new: "\(opened.leader) / \(opened.unit ?? "")"
            ).insert(db)
        } else if let caseNumber = visit.caseNumber {
            try LedgerEvent(
                at: stamp, by: by, entity: "case", number: caseNumber, field: "visit", old: nil, new: visit.number
            ).insert(db)
        }
        if let file = draft.importedFrom {
            try LedgerEvent(
                at: stamp, by: by, entity: "visit", number: visit.number, field: "imported", old: nil, new: file
            )
            .insert(db)
        }
        return visit
    }

    /// The open case of this petitioner's earlier visits on the same topic, if any: a later visit
    /// on the matter joins it.
    private func earlierOpenCase(_ db: Database, _ visit: Visit) throws -> String? {
        guard visit.idNumber != nil || (visit.phone != nil && visit.name != "匿名") else { return nil }
        return try String.fetchOne(
            db,
            sql: """
                SELECT c.number FROM petitionCase c JOIN visit v ON v.caseNumber = c.number
                WHERE c.status = 'open' AND v.topic = ?
                  AND ((v.idNumber IS NOT NULL AND v.idNumber = ?) OR (v.phone IS NOT NULL AND v.name = ? AND v.phone = ?))
                ORDER BY c.accepted, c.number LIMIT 1
                """, arguments: [visit.topic, visit.idNumber, visit.name, visit.phone])
    }

    public func visits(from: CivilDate? = nil, to: CivilDate? = nil) throws(Diagnostic) -> [Visit] {
        try read { db in
            try Visit.fetchAll(
                db, sql: "SELECT * FROM visit WHERE date >= ? AND date <= ? ORDER BY date, time, number",
                arguments: [from?.iso ?? "0000-00-00", to?.iso ?? "9999-99-99"])
        }
    }

    /// One visit by its number.
    public func visit(_ number: String) throws(Diagnostic) -> Visit? {
        try read { db in try Visit.fetchOne(db, key: number) }
    }

    /// For each leader, the cases of the visits they received on duty.
    public func casesReceived() throws(Diagnostic) -> [String: Set<String>] {
        try read { db in
            var received: [String: Set<String>] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT leader, caseNumber FROM visit WHERE caseNumber IS NOT NULL")
            while let row = try rows.next() {
                received[row["leader"], default: []].insert(row["caseNumber"])
            }
            return received
        }
    }

    /// Changes whenever anything in the ledger changes: every change appends an event.
    public func changeStamp() throws(Diagnostic) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM event") ?? 0 }
    }

    /// The intake of the days from `from` to `to`: visits (批次), persons (人次) and the cases they opened.
    public func intake(from: CivilDate, to: CivilDate) throws(Diagnostic) -> (batches: Int, persons: Int, cases: Int) {
        try read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) AS batches, COALESCE(SUM(persons), 0) AS persons,
                           COALESCE(SUM(caseNumber = number), 0) AS cases
                    FROM visit WHERE date BETWEEN ? AND ?
                    """, arguments: [from.iso, to.iso])
            return (row?["batches"] ?? 0, row?["persons"] ?? 0, row?["cases"] ?? 0)
        }
    }

    /// Records a change made outside the ledger's own tables, such as a leave written into the
    /// campaign file from the web page, so that it too is in the history with who made it.
    public func record(
        _ entity: String, _ number: String, field: String, old: String?, new: String?, by: String,
        at time: Date = Date()
    ) throws(Diagnostic) {
        try write { db in
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: entity, number: number, field: field, old: old, new: new
            )
            .insert(db)
        }
    }

    public func cases() throws(Diagnostic) -> [PetitionCase] {
        try read { db in try PetitionCase.fetchAll(db, sql: "SELECT * FROM petitionCase ORDER BY accepted, number") }
    }

    public func progress(of number: String) throws(Diagnostic) -> [CaseProgress] {
        try read { db in
            try CaseProgress.fetchAll(
                db, sql: "SELECT * FROM progress WHERE caseNumber = ? ORDER BY date, id", arguments: [number])
        }
    }

    public func history(of number: String) throws(Diagnostic) -> [LedgerEvent] {
        try read { db in
            try LedgerEvent.fetchAll(db, sql: "SELECT * FROM event WHERE number = ? ORDER BY id", arguments: [number])
        }
    }

    /// Adds a dated, signed progress entry.
    public func addProgress(
        to number: String, date: CivilDate, text: String, by: String, at time: Date = Date()
    )
        throws(Diagnostic)
    {
        try TextLimits.check([("progress", text)])
        try change(number, by: by, at: time) { db, c in
            guard c.isOpen else { throw Diagnostic.error(.caseClosed, ["number": "\(number)"]) }
            let entry = CaseProgress(id: nil, caseNumber: number, date: date.iso, by: by, text: text)
            try entry.insert(db)
            return [("progress", nil, "\(date.iso) \(text)")]
        }
    }

    /// The one extension a case may have: at most `extend` days, approved and explained. The new
    /// deadline is the current one, as moved, plus `days`, moved again if it falls on a day off;
    /// it comes back as an ISO date.
    /// - Parameter day: the business day it was granted.
    @discardableResult
    public func extend(
        _ number: String, days: Int, approver: String, reason: String, on day: CivilDate, by: String,
        at time: Date = Date()
    ) throws(Diagnostic) -> String {
        try TextLimits.check([("approver", approver), ("reason", reason)])
        var newDeadline = ""
        try change(number, by: by, at: time) { db, c in
            guard c.isOpen else { throw Diagnostic.error(.caseClosedExtend, ["number": "\(number)"]) }
            guard c.extendedTo == nil else {
                throw Diagnostic.error(.caseExtendedOnce, ["number": "\(number)", "date": "\(c.extendedTo ?? "")"])
            }
            try Self.checkDay(day, of: c)
            guard days >= 1, days <= deadlines.limits.extend else {
                throw Diagnostic.error(
                    .caseExtendDays, ["number": "\(number)", "limit": "\(deadlines.limits.extend)", "days": "\(days)"])
            }
            var updated = c
            let current = CivilDate(iso: c.finishBy) ?? CivilDate(dayNumber: 0)
            updated.extendedTo = deadlines.due(current, plus: days).iso
            updated.extensionDays = days
            updated.approver = approver
            updated.extensionReason = reason
            updated.extendedOn = day.iso
            try updated.update(db)
            newDeadline = updated.extendedTo ?? ""
            return [
                ("extendedTo", nil, updated.extendedTo), ("approver", nil, approver), ("extensionReason", nil, reason),
                ("extendedOn", nil, day.iso),
            ]
        }
        return newDeadline
    }

    /// Closes a case with its result, on the business day `day`.
    public func close(
        _ number: String, result: String, replyDate: CivilDate, satisfaction: String, followUp: String?,
        stopped: Bool, on day: CivilDate, by: String, at time: Date = Date()
    ) throws(Diagnostic) {
        try TextLimits.check([("result", result), ("follow_up", followUp)])
        try change(number, by: by, at: time) { db, c in
            guard c.isOpen else { throw Diagnostic.error(.caseAlreadyClosed, ["number": "\(number)"]) }
            guard Self.satisfactions.contains(satisfaction) else {
                throw Diagnostic.error(
                    .caseSatisfaction,
                    ["number": "\(number)", "raw": "\(satisfaction)", "allowed": Phrase.list(Self.satisfactions)])
            }
            try Self.checkDay(day, of: try lastStep(db, number)?.date ?? c.accepted, number)
            var updated = c
            updated.status = "closed"
            updated.result = result
            updated.replyDate = replyDate.iso
            updated.satisfaction = satisfaction
            updated.followUp = followUp
            updated.stopped = stopped
            updated.closedOn = day.iso
            try updated.update(db)
            try CaseStep(
                id: nil, caseNumber: number, kind: .close, date: day.iso, result: result, replyDate: replyDate.iso,
                satisfaction: satisfaction, followUp: followUp, stopped: stopped, reason: nil
            ).insert(db)
            return [
                ("status", c.status, "closed"), ("closedOn", nil, day.iso), ("result", c.result, result),
                ("replyDate", c.replyDate, replyDate.iso),
                ("satisfaction", c.satisfaction, satisfaction), ("followUp", c.followUp, followUp),
                ("stopped", c.stopped.map { $0 ? "yes" : "no" }, stopped ? "yes" : "no"),
            ]
        }
    }

    /// Reopens a closed case on the business day `day`, with the reason; its closing stays in
    /// the case's steps.
    public func reopen(
        _ number: String, reason: String, on day: CivilDate, by: String, at time: Date = Date()
    ) throws(Diagnostic) {
        try TextLimits.check([("reason", reason)])
        try change(number, by: by, at: time) { db, c in
            guard !c.isOpen else { throw Diagnostic.error(.caseIsOpen, ["number": "\(number)"]) }
            try Self.checkDay(day, of: try lastStep(db, number)?.date ?? c.accepted, number)
            let updated = c.asOf(day, lastStep: nil)
            try updated.update(db)
            try CaseStep(
                id: nil, caseNumber: number, kind: .reopen, date: day.iso, result: nil, replyDate: nil,
                satisfaction: nil, followUp: nil, stopped: nil, reason: reason
            ).insert(db)
            return [("status", "closed", "open"), ("reopenedOn", nil, day.iso), ("reopenReason", nil, reason)]
        }
    }

    /// The case's last close or reopen.
    func lastStep(_ db: Database, _ number: String) throws -> CaseStep? {
        try CaseStep.fetchOne(
            db, sql: "SELECT * FROM caseStep WHERE caseNumber = ? ORDER BY date DESC, id DESC LIMIT 1",
            arguments: [number])
    }

    /// A case's action happens on or after the day it was accepted, and a close or reopen on or
    /// after the step before it: the steps keep their order by day.
    static func checkDay(_ day: CivilDate, of c: PetitionCase) throws {
        try checkDay(day, of: c.accepted, c.number)
    }

    static func checkDay(_ day: CivilDate, of earliest: String, _ number: String) throws {
        guard day.iso >= earliest else {
            throw Diagnostic.error(
                .caseStepBefore, ["number": "\(number)", "day": "\(day.iso)", "earliest": "\(earliest)"])
        }
    }

    /// Every case as it stood at the end of `day`, by the business days of its steps: a case
    /// closed later is open, an extension granted later is not there yet. Cases accepted after
    /// `day` are left out.
    public func cases(asOf day: CivilDate) throws(Diagnostic) -> [PetitionCase] {
        try read { db in
            var last: [String: CaseStep] = [:]
            let steps = try CaseStep.fetchCursor(
                db, sql: "SELECT * FROM caseStep WHERE date <= ? ORDER BY date, id", arguments: [day.iso])
            while let step = try steps.next() { last[step.caseNumber] = step }
            return try PetitionCase.fetchAll(
                db, sql: "SELECT * FROM petitionCase WHERE accepted <= ? ORDER BY accepted, number",
                arguments: [day.iso]
            ).map { $0.asOf(day, lastStep: last[$0.number]) }
        }
    }

    public static let satisfactions = ["满意", "基本满意", "不满意", "未评价"]

    /// Applies one change to a case and records each changed field as an event.
    private func change(
        _ number: String, by: String, at time: Date,
        _ body: (Database, PetitionCase) throws -> [(field: String, old: String?, new: String?)]
    ) throws(Diagnostic) {
        try write { db in
            guard let c = try PetitionCase.fetchOne(db, key: number) else {
                throw Diagnostic.error(.caseMissing, ["number": "\(number)"], at: SourceLocation(file: path))
            }
            let stamp = Self.stamp(time)
            for (field, old, new) in try body(db, c) where old != new {
                try LedgerEvent(at: stamp, by: by, entity: "case", number: number, field: field, old: old, new: new)
                    .insert(db)
            }
        }
    }

    /// When an event happened, in UTC: the one clock reading in jiefang.
    static func stamp(_ time: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: time)
    }
}
