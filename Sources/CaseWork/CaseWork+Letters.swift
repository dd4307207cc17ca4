import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import LedgerReports
import Rendering

/// Letters to the petitioner (SPEC §7): numbered by year, written as HTML and as a Word document
/// in the GB/T 9704 layout into a private folder, and recorded — a 告知 letter as the written
/// 告知 when none was recorded yet.
extension CaseWork {
    /// What a letter came to: its number and the files written.
    public struct WrittenLetter: Sendable {
        public let number: String
        public let files: [String]
    }

    /// Writes the letter of `kind` answering visit `number`, dated `day`, into `folder`.
    public func letter(
        _ kind: Letter.Kind, for number: String, on day: CivilDate, templates: TemplateSet, into folder: String,
        by: String, at time: Date = Date()
    ) -> Result<WrittenLetter, Diagnostic> {
        do throws(Diagnostic) {
            let next = try ledger.nextLetter(kind, for: number, on: day)
            let source = LetterSource(campaign: campaign, letter: next.letter, visit: next.visit, opened: next.case)
            let (html, document) = LedgerReports.renderLetter(source, templates: templates)
            let stem =
                folder + "/" + String(format: "%04d-%03d-", next.letter.year, next.letter.seq)
                + "\(kind.rawValue)-\(number)"
            let docx = try WordDocument.file(stem + ".docx", document, templates: templates).get()
            try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            // Only the office may read the folder: it holds petitioners' names and addresses.
            _ = chmod(folder, 0o700)
            try PrivateFile.write(Array(html.utf8), to: stem + ".html", replacing: false)
            try PrivateFile.write(docx[0].bytes, to: stem + ".docx", replacing: false)
            try ledger.record(next.letter, by: by, at: time)
            return .success(WrittenLetter(number: next.letter.numberText, files: [stem + ".html", stem + ".docx"]))
        } catch {
            return .failure(error)
        }
    }
}
