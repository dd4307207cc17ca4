import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import OfficeFiles

/// The ledger as a whole: the office's old ledger brought in, a copy sent out, a backup, a check.
extension CaseWork {
    /// What an import stored: how many visits, and how many of them opened a case.
    public struct Imported: Sendable {
        public let visits: Int
        public let cases: Int
    }

    /// Brings in the office's existing ledger (.csv in UTF-8 or GBK, or the first sheet of an
    /// .xlsx): every row a visit, all of them or none. The rows are checked before the ledger is
    /// opened, so a refused file creates no ledger.
    public static func importLedger(
        _ path: String, campaign: Campaign, by: String, at time: Date = Date(),
        dutyLeaders: DutyLeaders = .plannedAgainst(output: "output")
    ) -> Recorded<Imported> {
        let whole = SourceLocation(file: path)
        let kind = path.lowercased()
        guard kind.hasSuffix(".csv") || kind.hasSuffix(".xlsx") else {
            return Recorded(
                value: nil,
                diagnostics: [
                    .error(.importRefused, at: whole)
                ])
        }
        let records: [VisitFields]
        let table = TableFile.read(path, preferredSheet: LedgerImport.recordsSheet)
        switch table.mapError({ DiagnosticLog([$0]) }).flatMap(LedgerImport.fields) {
        case .success(let fields): records = fields
        case .failure(let problems): return Recorded(value: nil, diagnostics: problems.items)
        }
        let checked = check(records, campaign: campaign, dutyLeaders: dutyLeaders, importedFrom: path)
        guard let drafts = checked.value else {
            let errors = checked.errors.count
            return Recorded(
                value: nil,
                diagnostics: checked.diagnostics + [
                    .error(.importErrors, ["count": "\(errors)"], at: whole)
                ])
        }
        let work: CaseWork
        switch open(campaign, create: true, dutyLeaders: dutyLeaders) {
        case .success(let opened): work = opened
        case .failure(let problem): return Recorded(value: nil, diagnostics: checked.diagnostics + [problem])
        }
        return work.store(drafts, checked.diagnostics, by: by, at: time).map { visits in
            Imported(visits: visits.count, cases: visits.filter { $0.caseNumber == $0.number }.count)
        }
    }

    /// What an export wrote: rows of visits (.csv) or of cases (.xlsx).
    public enum Exported: Sendable, Equatable {
        case visits(Int)
        case cases(Int)
    }

    /// Writes the ledger as a table, never over an existing file: .csv, one row a visit (what
    /// import reads back); .xlsx, the 接访台账, one row a case.
    /// - Parameter by: who exports: the file holds every full ID number, so the export is on record.
    public func export(to path: String, by: String, at time: Date = Date()) -> Result<Exported, Diagnostic> {
        let excel = path.lowercased().hasSuffix(".xlsx")
        guard excel || path.lowercased().hasSuffix(".csv") else {
            return .failure(
                .error(.exportKind, at: SourceLocation(file: path)))
        }
        do throws(Diagnostic) {
            // Refused before the whole ledger is read and laid out.
            try PrivateFile.refuseExisting(path)
            let (visits, cases) = (try ledger.visits(), try ledger.cases())
            let (notices, progress) = try ledger.noticesAndProgress()
            let records = LedgerImport.table(visits: visits, cases: cases, notices: notices, progress: progress)
            try ledger.record(.idNumberShown, by: by, subject: path, detail: "jiefang ledger export", at: time)
            if excel {
                // The 台账 the office reads first, and the records an import gives back whole.
                let ledgerRows = CaseLedgerSheet.rows(visits: visits, cases: cases, campaign: campaign)
                let bytes = try WorkbookWriter.xlsx(
                    sheets: [(CaseLedgerSheet.sheetName, ledgerRows), (LedgerImport.recordsSheet, records)], file: path)
                try PrivateFile.write(bytes, to: path, replacing: false)
                return .success(.cases(ledgerRows.count - 1))
            }
            try PrivateFile.write(Array(CSVTable.text(records).utf8), to: path, replacing: false)
            return .success(.visits(records.count - 1))
        } catch {
            return .failure(error)
        }
    }

    /// A copy of the ledger, made while others keep writing.
    public func backup(to destination: String) -> Result<Void, Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.backup(to: destination) }
    }

    /// A dated copy in `folder`, checked, and only the newest `keep` copies left there.
    public func backup(into folder: String, keep: Int, at time: Date = Date()) -> Result<Ledger.Rotation, Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.rotatingBackup(into: folder, keep: keep, at: time) }
    }

    /// SQLite's integrity check, then the ledger's own rules: every problem, or none.
    public func check() -> Result<[Diagnostic], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.check() }
    }
}
