import Diagnostics
import Foundation

/// One cell of a table an office keeps, and where it stands: a CSV file's line and column, or a
/// workbook's cell (`班子成员!F4`).
public struct TableCell: Sendable, Hashable {
    public let text: String
    public let at: SourceLocation

    public init(text: String, at: SourceLocation) {
        self.text = text
        self.at = at
    }

    /// The text without the spaces a spreadsheet leaves around it.
    public var trimmed: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// A table as an office keeps it (a roster, an old ledger): a CSV file in UTF-8 or GB18030 (what
/// Excel saves on a Chinese Windows PC), or the first sheet of an Excel workbook. The one reader
/// of both, with one rule for empty rows and one wording for a file it cannot read.
public struct TableFile: Sendable {
    public let file: String
    /// What the file turned out to be, for saying where data came from: `CSV, GB18030` or
    /// `Excel, sheet '班子成员'`.
    public let form: String
    /// The first row that holds anything.
    public let header: [TableCell]
    /// The rows after the header that hold anything: rows a spreadsheet leaves empty are not data.
    public let rows: [[TableCell]]

    /// Reads `path`, a `.xlsx` workbook (its first sheet, or `preferredSheet` when it has one of
    /// that name) or CSV text, by its name.
    public static func read(_ path: String, preferredSheet: String? = nil) -> Result<TableFile, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(.tableUnreadable, at: SourceLocation(file: path)))
        }
        return read(
            Array(data), file: path, excel: path.lowercased().hasSuffix(".xlsx"), preferredSheet: preferredSheet)
    }

    /// Reads a file's bytes; `file` is the name its problems are reported at.
    public static func read(
        _ bytes: [UInt8], file: String, excel: Bool, preferredSheet: String? = nil
    ) -> Result<TableFile, Diagnostic> {
        let whole = SourceLocation(file: file)
        let form: String
        let cells: [[TableCell]]
        if excel {
            switch SheetTable.read(bytes, file: file, preferring: preferredSheet) {
            case .failure(let problem): return .failure(problem)
            case .success(let sheet):
                form = "Excel, sheet '\(sheet.sheet)'"
                cells = sheet.rows
            }
        } else {
            guard let (text, encoding) = TextEncoding.decode(bytes) else {
                return .failure(
                    .error(.tableEncoding, at: whole))
            }
            form = "CSV, \(encoding.rawValue)"
            switch CSVTable.parse(text, file: file) {
            case .failure(let problem): return .failure(problem)
            case .success(let table):
                cells = table.rows.map { row in
                    row.map {
                        TableCell(text: $0.text, at: SourceLocation(file: file, line: $0.line, column: $0.column))
                    }
                }
            }
        }
        let filled = cells.filter { $0.contains { !$0.trimmed.isEmpty } }
        guard let header = filled.first else {
            return .failure(.error(.tableEmpty, at: whole))
        }
        let rows = Array(filled.dropFirst())
        // A workbook's rows are all as wide as its widest; a CSV row must match its header.
        if let short = rows.first(where: { $0.count != header.count }) {
            return .failure(
                .error(.tableRowWidth, ["count": "\(short.count)", "header": "\(header.count)"], at: short[0].at))
        }
        return .success(TableFile(file: file, form: form, header: header, rows: rows))
    }

    public init(file: String, form: String, header: [TableCell], rows: [[TableCell]]) {
        self.file = file
        self.form = form
        self.header = header
        self.rows = rows
    }
}
