import CampaignSpec
import Diagnostics
import Foundation
import GRDB
import OfficeFiles

/// The office's existing ledger, brought in and sent out as a table (`ledger import|export`).
public enum LedgerImport {
    /// The columns a visit can come in, by the names an office's spreadsheet gives them, Chinese
    /// or English, and the visit field each fills.
    public static let columns: [(names: [String], field: String)] =
        [
            (["日期", "date"], "date"), (["时间", "time"], "time"), (["来访方式", "渠道", "channel"], "channel"),
            (["接访方式", "method"], "method"), (["人数", "persons"], "persons"),
            (["信访人", "姓名", "name"], "petitioner.name"), (["身份证号", "身份证号码", "id_number"], "petitioner.id_number"),
            (["联系电话", "电话", "phone"], "petitioner.phone"), (["住址", "地址", "address"], "petitioner.address"),
            (["事发地", "where"], "where"), (["类别", "category"], "category"), (["问题类型", "topic"], "topic"),
            (["诉求内容", "诉求", "request"], "request"), (["处理意见", "opinion"], "opinion"),
            (["处理方式", "disposition"], "disposition"), (["不予受理理由", "reason"], "reason"),
            (["接访领导", "leader"], "leader"), (["包案领导", "case_leader"], "case.leader"), (["责任单位", "unit"], "case.unit"),
        ] + CarriedState.columns.map { ([$0.name], $0.field) }
    /// The sheet of an exported workbook that holds one row a visit, as the CSV export: what an
    /// import reads from a workbook that has it (the 接访台账 sheet before it is one row a case).
    public static let recordsSheet = "接访记录"

    /// Columns an export adds, which an import of that export passes over.
    public static let derived = ["编号", "重复访", "案件编号", "告知期限", "办结期限", "延期至", "状态"]

    /// Every row as a visit's fields, by its columns' names; or why the columns cannot be read.
    public static func fields(_ table: TableFile) -> Result<[VisitFields], DiagnosticLog> {
        var log = DiagnosticLog()
        var fieldOf: [Int: String] = [:]
        let known = columns.flatMap(\.names) + derived
        for (i, cell) in table.header.enumerated() {
            let name = cell.trimmed
            if let column = columns.first(where: { $0.names.contains(name) }) {
                if fieldOf.values.contains(column.field) {
                    log.error(.importColumnTwice, ["column": "\(name)"], at: cell.at)
                }
                fieldOf[i] = column.field
            } else if !derived.contains(name) && !name.isEmpty {
                log.error(
                    .importColumnUnknown, ["column": "\(name)", "hint": Suggestion.hint(for: name, among: known)],
                    at: cell.at)
            }
        }
        guard !log.hasErrors else { return .failure(DiagnosticLog(log.sorted)) }
        let csv = table.form.hasPrefix("CSV")
        return .success(
            table.rows.map { row in
                var fields = VisitFields(record: row.first?.at)
                for (i, cell) in row.enumerated() {
                    // CSV cells the export kept from running as formulas come back as written.
                    let text = csv ? CSVTable.restored(cell.trimmed) : cell.trimmed
                    if let field = fieldOf[i], !text.isEmpty { fields.values[field] = (text, cell.at) }
                }
                return fields
            })
    }

    /// The ledger as a table, the header first: one row a visit, with its case's deadlines and
    /// status, and everything an import needs to give the case back as it stands (`CarriedState`).
    public static func table(
        visits: [Visit], cases: [PetitionCase], notices: [String: Notice], progress: [String: [CaseProgress]]
    ) -> [[String]] {
        let byNumber = Dictionary(cases.map { ($0.number, $0) }, uniquingKeysWith: { a, _ in a })
        let header = ["编号"] + columns.map { $0.names[0] } + ["重复访", "案件编号", "告知期限", "办结期限", "延期至", "状态"]
        let rows = visits.map { v -> [String] in
            let opened = byNumber[v.number]
            // A visit that joined a case names that case's leader and unit, as its disposition needs.
            let belongs = v.caseNumber.flatMap { byNumber[$0] }
            let notice = notices[v.number]
            let values: [String: String?] = [
                "date": v.date, "time": v.time, "channel": v.channel, "method": v.method, "persons": String(v.persons),
                "petitioner.name": v.name, "petitioner.id_number": v.idNumber, "petitioner.phone": v.phone,
                "petitioner.address": v.address, "where": v.place, "category": v.category, "topic": v.topic,
                "request": v.request, "opinion": v.opinion, "disposition": v.disposition, "reason": v.reason,
                "leader": v.leader, "case.leader": belongs?.leader, "case.unit": belongs?.unit,
                "new_matter": v.newMatter ? "是" : nil,
                "notice.date": notice?.date, "notice.method": notice?.method, "notice.by": notice?.by,
                "extension.days": opened?.extensionDays.map(String.init), "extension.approver": opened?.approver,
                "extension.reason": opened?.extensionReason, "extension.date": opened?.extendedOn,
                "closing.date": opened?.closedOn, "closing.result": opened?.result,
                "closing.reply_date": opened?.replyDate, "closing.satisfaction": opened?.satisfaction,
                "closing.follow_up": opened?.followUp, "closing.stopped": opened?.stopped.map { $0 ? "是" : "否" },
                "progress": opened.map { c in
                    CarriedState.progressText((progress[c.number] ?? []).map { ($0.date, $0.by, $0.text) })
                },
            ]
            return [v.number] + columns.map { (values[$0.field] ?? nil) ?? "" } + [
                v.repeatOf ?? "", v.caseNumber ?? "", opened?.notifyBy ?? "", opened?.finishBy ?? "",
                opened?.extendedTo ?? "", opened.map { $0.isOpen ? "办理中" : "已办结" } ?? "",
            ]
        }
        return [header] + rows
    }
}

extension Ledger {
    /// Every 告知 and every progress entry, for an export.
    public func noticesAndProgress() throws(Diagnostic) -> (
        notices: [String: Notice], progress: [String: [CaseProgress]]
    ) {
        try read { db in
            let notices = Dictionary(
                try Notice.fetchAll(db).map { ($0.visitNumber, $0) }, uniquingKeysWith: { a, _ in a })
            let progress = Dictionary(
                grouping: try CaseProgress.fetchAll(db, sql: "SELECT * FROM progress ORDER BY date, id"),
                by: \.caseNumber)
            return (notices, progress)
        }
    }

    /// Stores many visits in one transaction: all of them, or none.
    public func add(_ drafts: [VisitDraft], by: String, at time: Date = Date()) throws(Diagnostic) -> [Visit] {
        try write { db in
            let stamp = Self.stamp(time)
            let visits = try drafts.map { try insert($0, db, by: by, stamp: stamp) }
            // Cases are put back as they stood only once every visit is in: a later visit joins its
            // case as it did when the case was open, before its closing is put back.
            for (draft, visit) in zip(drafts, visits) {
                if let carried = draft.carried { try restore(carried, of: visit, db, by: by, stamp: stamp) }
            }
            return visits
        }
    }

    /// A copy of the ledger, made while others keep writing (SQLite's online backup).
    public func backup(to destination: String) throws(Diagnostic) {
        let whole = SourceLocation(file: destination)
        guard !FileManager.default.fileExists(atPath: destination) else {
            throw .error(.fileExists, at: whole)
        }
        let fd = Foundation.open(destination, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw .error(.backupFailed, ["detail": "\(String(cString: strerror(errno)))"], at: whole)
        }
        _ = Foundation.close(fd)
        do {
            let copy = try DatabaseQueue(path: destination)
            try pool.backup(to: copy)
        } catch {
            try? FileManager.default.removeItem(atPath: destination)
            throw .error(.backupFailed, ["detail": "\(error.localizedDescription)"], at: whole)
        }
    }

    /// SQLite's integrity check, then the ledger's own rules; every problem found, or none.
    public func check() throws(Diagnostic) -> [Diagnostic] {
        let whole = SourceLocation(file: path)
        return try read { db in
            var problems: [(DiagnosticCode, [String: Phrase])] = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                .filter { $0 != "ok" }.map { (.ledgerIntegrity, ["detail": "\($0)"]) }
            problems += try String.fetchAll(db, sql: "PRAGMA foreign_key_check").map {
                (.checkDangling, ["table": "\($0)"])
            }
            for v in try Visit.fetchAll(db) {
                if let id = v.idNumber, let why = IDNumber.problem(id) {
                    problems.append((.checkIDNumber, ["number": "\(v.number)", "why": why]))
                }
                if (v.disposition == "交办" || v.disposition == "包案") && v.caseNumber == nil {
                    problems.append((.checkNoCase, ["number": "\(v.number)", "disposition": "\(v.disposition)"]))
                }
            }
            for c in try PetitionCase.fetchAll(db) {
                guard let accepted = CivilDate(iso: c.accepted) else {
                    problems.append((.checkAcceptedDate, ["number": "\(c.number)", "raw": "\(c.accepted)"]))
                    continue
                }
                if c.notifyBy != deadlines.notifyBy(accepted: accepted).iso
                    || c.finishBy != deadlines.finishBy(accepted: accepted).iso
                {
                    problems.append((.checkDeadlines, ["number": "\(c.number)", "accepted": "\(c.accepted)"]))
                }
                if c.status == "closed" && (c.result == nil || c.replyDate == nil || c.satisfaction == nil) {
                    problems.append((.checkClosedIncomplete, ["number": "\(c.number)"]))
                }
                if let days = c.extensionDays, days > deadlines.limits.extend {
                    problems.append(
                        (
                            .checkExtension,
                            ["number": "\(c.number)", "days": "\(days)", "limit": "\(deadlines.limits.extend)"]
                        ))
                }
            }
            return problems.map { Diagnostic.error($0.0, $0.1, at: whole) }
        }
    }
}
