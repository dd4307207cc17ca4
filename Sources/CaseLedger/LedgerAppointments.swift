import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// An appointment (约访, SPEC §12): a petitioner booked to meet a leader at a slot of the
/// reception hours. 群众约访 is a petitioner asking ahead; 重点约访 a leader asking to meet them.
public struct Appointment: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "appointment"
    public static let kinds = ["群众约访", "重点约访"]

    public enum Status: String, Codable, Sendable, CaseIterable {
        case booked = "已预约"
        case kept = "已接待"
        case missed = "未到"
        case cancelled = "已取消"
    }

    public var number: String
    public var date: String
    public var time: String
    public var kind: String
    public var leader: String
    public var name: String
    public var phone: String
    public var idNumber: String?
    public var topic: String
    public var request: String
    public var status: Status
    public var cancelReason: String?
    public var visitNumber: String?

    /// Whether it still takes its place in the slot.
    public var holdsSlot: Bool { status == .booked || status == .kept }
}

/// The slots a day's reception hours hold, `minutes` long each, every one ending within its
/// session: `08:30`, `09:00`, … `11:30` for 08:30-12:00 in 30-minute slots.
public enum AppointmentClock {
    public static func slots(_ hours: [TimeRange], minutes: Int) -> [String] {
        hours.flatMap { range in
            stride(from: range.startMinute, through: range.endMinute - minutes, by: minutes).map(TimeRange.clock)
        }
    }
}

extension Ledger {
    /// Books `appointment` (its number given here: `Y` and the day, `Y20260910-01`) unless its
    /// slot already holds `perSlot` for that leader; then refuses, naming the next free slots
    /// among `candidates` (date, time), in one transaction so two desks cannot both take the
    /// last place.
    public func book(
        _ appointment: Appointment, perSlot: Int, candidates: [(date: String, time: String, leader: String)],
        by: String,
        at time: Date = Date()
    ) throws(Diagnostic) -> Appointment {
        try write { db in
            func taken(_ date: String, _ slot: String, _ leader: String) throws -> Int {
                try Int.fetchOne(
                    db,
                    sql:
                        "SELECT COUNT(*) FROM appointment WHERE date = ? AND time = ? AND leader = ? AND status IN (?, ?)",
                    arguments: [
                        date, slot, leader, Appointment.Status.booked.rawValue, Appointment.Status.kept.rawValue,
                    ]
                ) ?? 0
            }
            guard try taken(appointment.date, appointment.time, appointment.leader) < perSlot else {
                var free: [String] = []
                for candidate in candidates where free.count < 3 {
                    if try taken(candidate.date, candidate.time, candidate.leader) < perSlot {
                        free.append("\(candidate.date) \(candidate.time)")
                    }
                }
                throw Diagnostic.error(
                    .appointmentSlotFull,
                    [
                        "date": "\(appointment.date)", "time": "\(appointment.time)", "perSlot": "\(perSlot)",
                        "free": free.isEmpty ? Phrase(zh: "无", en: "none") : Phrase.list(free),
                    ], field: "time")
            }
            let day = appointment.date.replacingOccurrences(of: "-", with: "")
            let count =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM appointment WHERE date = ?", arguments: [appointment.date]) ?? 0
            var booked = appointment
            booked.number = "Y\(day)-" + (count < 9 ? "0" : "") + String(count + 1)
            booked.status = .booked
            try booked.insert(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "appointment", number: booked.number, field: "booked", old: nil,
                new: "\(booked.date) \(booked.time) \(booked.leader)"
            ).insert(db)
            return booked
        }
    }

    /// The appointment `number` as it stands, or why not.
    public func appointment(_ number: String) throws(Diagnostic) -> Appointment {
        let found = try read { db in try Appointment.fetchOne(db, key: number) }
        guard let found else { throw .error(.appointmentMissing, ["number": "\(number)"]) }
        return found
    }

    /// Marks a booked appointment kept by `visit`, inside the visit's own transaction.
    func keep(_ number: String, by visit: Visit, _ db: Database, by: String, stamp: String) throws {
        guard var appointment = try Appointment.fetchOne(db, key: number) else {
            throw Diagnostic.error(.appointmentMissing, ["number": "\(number)"])
        }
        guard appointment.status == .booked else {
            throw Diagnostic.error(
                .appointmentNotBooked, ["number": "\(number)", "status": "\(appointment.status.rawValue)"])
        }
        appointment.status = .kept
        appointment.visitNumber = visit.number
        try appointment.update(db)
        try LedgerEvent(
            at: stamp, by: by, entity: "appointment", number: number, field: "status",
            old: Appointment.Status.booked.rawValue, new: "\(Appointment.Status.kept.rawValue) \(visit.number)"
        ).insert(db)
    }

    /// Booked appointments of days before `day` that nobody kept: 未到, on record.
    @discardableResult
    public func markMissed(before day: CivilDate, by: String, at time: Date = Date()) throws(Diagnostic) -> [String] {
        try write { db in
            let missed = try Appointment.fetchAll(
                db, sql: "SELECT * FROM appointment WHERE status = ? AND date < ? ORDER BY date, time, number",
                arguments: [Appointment.Status.booked.rawValue, day.iso])
            for var appointment in missed {
                appointment.status = .missed
                try appointment.update(db)
                try LedgerEvent(
                    at: Self.stamp(time), by: by, entity: "appointment", number: appointment.number, field: "status",
                    old: Appointment.Status.booked.rawValue, new: Appointment.Status.missed.rawValue
                ).insert(db)
            }
            return missed.map(\.number)
        }
    }

    /// The appointments of `date`, or all, by day and time.
    public func appointments(on date: CivilDate? = nil) throws(Diagnostic) -> [Appointment] {
        try read { db in
            if let date {
                return try Appointment.fetchAll(
                    db, sql: "SELECT * FROM appointment WHERE date = ? ORDER BY time, number", arguments: [date.iso])
            }
            return try Appointment.fetchAll(db, sql: "SELECT * FROM appointment ORDER BY date, time, number")
        }
    }

    /// Cancels a booked appointment, with the reason on record.
    public func cancelAppointment(
        _ number: String, reason: String, by: String, at time: Date = Date()
    ) throws(Diagnostic) {
        try TextLimits.check([("reason", reason)])
        try write { db in
            guard var appointment = try Appointment.fetchOne(db, key: number) else {
                throw Diagnostic.error(.appointmentMissing, ["number": "\(number)"])
            }
            guard appointment.status == .booked else {
                throw Diagnostic.error(
                    .appointmentNotBooked, ["number": "\(number)", "status": "\(appointment.status.rawValue)"])
            }
            appointment.status = .cancelled
            appointment.cancelReason = reason
            try appointment.update(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "appointment", number: number, field: "status",
                old: Appointment.Status.booked.rawValue, new: Appointment.Status.cancelled.rawValue
            ).insert(db)
        }
    }
}

extension Ledger {
    /// Whether the reminder `key` was sent already (to its robot): a second run the same day
    /// sends nothing twice.
    public func reminderSent(_ key: String) throws(Diagnostic) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT COUNT(*) > 0 FROM reminder WHERE key = ?", arguments: [key])
        }
            ?? false
    }

    public func recordReminder(_ key: String, robot: String, at time: Date = Date()) throws(Diagnostic) {
        try write { db in
            try db.execute(
                sql: "INSERT OR IGNORE INTO reminder (key, robot, sentAt) VALUES (?, ?, ?)",
                arguments: [key, robot, Self.stamp(time)])
        }
    }
}
