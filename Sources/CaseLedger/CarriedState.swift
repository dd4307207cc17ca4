import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// What a visit's row in an exported ledger carries beyond the visit itself — its 告知, and for
/// the visit that opened a case the case as it stood: extension, closing, progress — so that
/// `ledger export` and `ledger import` into an empty ledger give back every case as it was.
public struct CarriedState: Sendable {
    public var notice: (date: String, method: String, by: String)?
    public var extended: (days: Int, approver: String, reason: String, date: String)?
    public var closing:
        (date: String, result: String, replyDate: String, satisfaction: String, followUp: String?, stopped: Bool)?
    /// Progress entries, in order: day, who, what.
    public var progress: [(date: String, by: String, text: String)] = []

    public init() {}

    public var isEmpty: Bool { notice == nil && extended == nil && closing == nil && progress.isEmpty }

    /// The columns it travels in, by their Chinese names, and the field names they fill.
    public static let columns: [(name: String, field: String)] = [
        ("另立新事项", "new_matter"), ("告知日期", "notice.date"), ("告知方式", "notice.method"), ("告知人", "notice.by"),
        ("延期天数", "extension.days"), ("延期批准人", "extension.approver"), ("延期理由", "extension.reason"),
        ("延期日期", "extension.date"), ("办结日期", "closing.date"), ("办理结果", "closing.result"),
        ("答复日期", "closing.reply_date"), ("满意度", "closing.satisfaction"), ("回访情况", "closing.follow_up"),
        ("息诉罢访", "closing.stopped"), ("办理情况", "progress"),
    ]

    /// One progress entry a line: `2026-09-10 李明：已约谈`.
    static func progressText(_ entries: [(date: String, by: String, text: String)]) -> String {
        entries.map { "\($0.date) \($0.by)：\($0.text.replacingOccurrences(of: "\n", with: " "))" }.joined(
            separator: "\n")
    }

    /// Reads the carried columns of a row, every problem at its cell.
    public static func read(_ fields: VisitFields) -> (state: CarriedState, diagnostics: [Diagnostic]) {
        var state = CarriedState()
        var log = DiagnosticLog()
        func value(_ key: String) -> String? { fields.values[key]?.text }
        func bad(_ key: String, _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:]) {
            log.error(code, arguments, at: fields.values[key]?.at ?? fields.record, field: key)
        }
        func day(_ key: String) -> String? {
            guard let text = value(key) else { return nil }
            guard CivilDate(iso: text) != nil else {
                bad(key, .importDate, ["column": "\(key)", "raw": "\(text)"])
                return nil
            }
            return text
        }
        if let date = day("notice.date") {
            state.notice = (date, value("notice.method") ?? "", value("notice.by") ?? "")
        }
        if let text = value("extension.days") {
            if let days = Int(text), let date = day("extension.date") {
                state.extended = (days, value("extension.approver") ?? "", value("extension.reason") ?? "", date)
            } else {
                bad("extension.days", .importExtension, ["raw": "\(text)"])
            }
        }
        if let date = day("closing.date") {
            if let result = value("closing.result"), let reply = day("closing.reply_date"),
                let satisfaction = value("closing.satisfaction")
            {
                state.closing = (
                    date, result, reply, satisfaction, value("closing.follow_up"), value("closing.stopped") == "是"
                )
            } else {
                bad("closing.date", .importClosing)
            }
        }
        for line in (value("progress") ?? "").split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, CivilDate(iso: String(parts[0])) != nil,
                let colon = parts[1].firstIndex(of: "：")
            else {
                bad("progress", .importProgress, ["raw": "\(line)"])
                continue
            }
            state.progress.append(
                (String(parts[0]), String(parts[1][..<colon]), String(parts[1][colon...].dropFirst())))
        }
        return (state, log.items)
    }
}

extension Ledger {
    /// Puts a carried state back, in the import's own transaction: the 告知 of `visit`, and for
    /// the case it opened the progress, extension and closing, each with its own day.
    func restore(_ state: CarriedState, of visit: Visit, _ db: Database, by: String, stamp: String) throws {
        if let notice = state.notice {
            try Notice(id: nil, visitNumber: visit.number, date: notice.date, method: notice.method, by: notice.by)
                .insert(db)
        }
        guard visit.caseNumber == visit.number, var opened = try PetitionCase.fetchOne(db, key: visit.number) else {
            return
        }
        for entry in state.progress {
            try CaseProgress(id: nil, caseNumber: opened.number, date: entry.date, by: entry.by, text: entry.text)
                .insert(db)
        }
        if let granted = state.extended {
            let current = CivilDate(iso: opened.finishBy) ?? CivilDate(dayNumber: 0)
            opened.extendedTo = deadlines.due(current, plus: granted.days).iso
            (opened.extensionDays, opened.approver, opened.extensionReason) = (
                granted.days, granted.approver, granted.reason
            )
            opened.extendedOn = granted.date
        }
        if let closing = state.closing {
            opened.status = "closed"
            (opened.result, opened.replyDate, opened.satisfaction) = (
                closing.result, closing.replyDate, closing.satisfaction
            )
            (opened.followUp, opened.stopped, opened.closedOn) = (closing.followUp, closing.stopped, closing.date)
            try CaseStep(
                id: nil, caseNumber: opened.number, kind: .close, date: closing.date, result: closing.result,
                replyDate: closing.replyDate, satisfaction: closing.satisfaction, followUp: closing.followUp,
                stopped: closing.stopped, reason: nil
            ).insert(db)
        }
        try opened.update(db)
    }
}
