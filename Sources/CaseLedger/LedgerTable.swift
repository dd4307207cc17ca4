import CampaignSpec
import Diagnostics
import Foundation
import OfficeFiles

/// The one seam through which the ledger meets the office's spreadsheets: a table of named
/// columns, read from a CSV file (UTF-8 or GB18030) or an Excel workbook, or written to CSV.
public struct LedgerTable: Sendable {
    public struct Cell: Sendable {
        public let text: String
        public let at: SourceLocation
    }

    public let file: String
    /// The header row's names, as written.
    public let header: [String]
    /// Rows after the header; each cell knows its row and column name.
    public let rows: [[Cell]]

    /// Reads a table, by its file's kind: a CSV file in UTF-8 or GB18030 (GBK), or the first
    /// sheet of an Excel workbook.
    public static func read(_ path: String) -> Result<LedgerTable, Diagnostic> {
        let whole = SourceLocation(file: path)
        let kind = path.lowercased()
        guard kind.hasSuffix(".csv") || kind.hasSuffix(".xlsx") else {
            return .failure(.error("the ledger can be read from a .csv or .xlsx file", at: whole))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("cannot read this file", at: whole))
        }
        if kind.hasSuffix(".xlsx") { return sheet(Array(data), path) }
        guard let (text, _) = TextEncoding.decode(Array(data)) else {
            return .failure(
                .error("this file is neither UTF-8 nor GB18030 (GBK) text; save it from Excel as CSV", at: whole))
        }
        let table: CSVTable
        switch CSVTable.parse(text, file: path) {
        case .success(let parsed): table = parsed
        case .failure(let problem): return .failure(problem)
        }
        guard let first = table.rows.first else {
            return .failure(.error("the file is empty; it needs a header row", at: whole))
        }
        let header = first.map { $0.text.trimmingCharacters(in: .whitespaces) }
        var rows: [[Cell]] = []
        for row in table.rows.dropFirst() {
            guard row.count == header.count else {
                let line = row.first?.line ?? 1
                return .failure(
                    .error(
                        "this row has \(row.count) fields, the header has \(header.count)",
                        at: SourceLocation(file: path, line: line, column: 1)))
            }
            rows.append(
                row.enumerated().map { i, field in
                    Cell(text: field.text, at: SourceLocation(file: path, row: field.line, columnName: header[i]))
                })
        }
        return .success(LedgerTable(file: path, header: header, rows: rows))
    }

    static func sheet(_ bytes: [UInt8], _ path: String) -> Result<LedgerTable, Diagnostic> {
        SheetTable.read(bytes, file: path).flatMap { sheet in
            let filled = sheet.rows.filter { $0.contains { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty } }
            guard let first = filled.first else {
                return .failure(
                    .error("the sheet '\(sheet.sheet)' is empty; it needs a header row", at: SourceLocation(file: path))
                )
            }
            let header = first.map { $0.text.trimmingCharacters(in: .whitespaces) }
            return .success(
                LedgerTable(
                    file: path, header: header,
                    rows: filled.dropFirst().map { $0.map { Cell(text: $0.text, at: $0.at) } }))
        }
    }

    public init(file: String, header: [String], rows: [[Cell]]) {
        self.file = file
        self.header = header
        self.rows = rows
    }

    /// A table to write: a header and rows of text.
    public init(header: [String], texts: [[String]]) {
        self.init(
            file: "", header: header,
            rows: texts.map { row in row.map { Cell(text: $0, at: SourceLocation(file: "")) } })
    }

    /// The table as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so Excel reads
    /// the Chinese right).
    public func csvText() -> String {
        func field(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return "\u{FEFF}"
            + ([header] + rows.map { $0.map(\.text) }).map { $0.map(field).joined(separator: ",") }
            .joined(separator: "\r\n") + "\r\n"
    }
}
