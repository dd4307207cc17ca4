import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// The office's letters to the petitioner (SPEC §7): 受理告知书, 不予受理告知书, 转送告知书 and
/// 信访事项处理意见书, numbered by year (〔2026〕3号). Never changed or deleted.
public struct Letter: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "letter"

    public enum Kind: String, Codable, Sendable, CaseIterable {
        case accept, refuse, forward, reply

        /// The letter's title.
        public var title: String {
            switch self {
            case .accept: return "受理告知书"
            case .refuse: return "不予受理告知书"
            case .forward: return "转送告知书"
            case .reply: return "信访事项处理意见书"
            }
        }

        /// The dispositions a letter of this kind answers.
        var answers: Set<String> {
            switch self {
            case .accept: return ["交办", "包案"]
            case .refuse: return ["不予受理"]
            case .forward: return ["转送"]
            case .reply: return ["交办", "包案"]
            }
        }
    }

    public var id: Int64?
    public var year: Int
    public var seq: Int
    public var kind: Kind
    public var visitNumber: String
    public var date: String
    public var by: String

    /// As the office numbers it: 〔2026〕3号.
    public var numberText: String { "〔\(year)〕\(seq)号" }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Ledger {
    /// Checks that a letter of `kind` answers visit `number` on `day`, and gives the number it
    /// will have; nothing is written.
    public func nextLetter(
        _ kind: Letter.Kind, for number: String, on day: CivilDate
    ) throws(Diagnostic) -> (letter: Letter, visit: Visit, case: PetitionCase?) {
        try read { db in
            guard let visit = try Visit.fetchOne(db, key: number) else {
                throw Diagnostic.error(.letterVisitMissing, ["number": "\(number)"])
            }
            guard kind.answers.contains(visit.disposition) else {
                throw Diagnostic.error(
                    .letterNotAnswering,
                    [
                        "number": "\(number)", "disposition": "\(visit.disposition)", "letter": "\(kind.title)",
                        "answers": Phrase.list(kind.answers.sorted()),
                    ])
            }
            let opened = try visit.caseNumber.flatMap { try PetitionCase.fetchOne(db, key: $0) }
            if kind == .reply {
                guard let opened, !opened.isOpen else {
                    throw Diagnostic.error(.letterReplyOpen, ["number": "\(number)"])
                }
            }
            guard day.iso >= visit.date else {
                throw Diagnostic.error(.letterBeforeVisit, ["day": "\(day.iso)", "visit": "\(visit.date)"])
            }
            let last =
                try Int.fetchOne(db, sql: "SELECT MAX(seq) FROM letter WHERE year = ?", arguments: [day.year]) ?? 0
            let letter = Letter(
                id: nil, year: day.year, seq: last + 1, kind: kind, visitNumber: number, date: day.iso, by: "")
            return (letter, visit, opened)
        }
    }

    /// Records a letter that was written: its number, and for a 告知 letter the written 告知
    /// (书面) when none was recorded yet. Refused if another letter took the number meanwhile.
    public func record(_ letter: Letter, by: String, at time: Date = Date()) throws(Diagnostic) {
        try write { db in
            var stored = letter
            stored.by = by
            try stored.insert(db)
            let stamp = Self.stamp(time)
            try LedgerEvent(
                at: stamp, by: by, entity: "visit", number: letter.visitNumber, field: "letter", old: nil,
                new: "\(letter.numberText) \(letter.kind.title)"
            ).insert(db)
            let told = try Notice.fetchOne(
                db, sql: "SELECT * FROM notice WHERE visitNumber = ?", arguments: [letter.visitNumber])
            if letter.kind != .reply && told == nil {
                try Notice(id: nil, visitNumber: letter.visitNumber, date: letter.date, method: "书面", by: by).insert(db)
                try LedgerEvent(
                    at: stamp, by: by, entity: "visit", number: letter.visitNumber, field: "notified", old: nil,
                    new: "\(letter.date) 书面 \(letter.numberText)"
                ).insert(db)
            }
        }
    }
}
