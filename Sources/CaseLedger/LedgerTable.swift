import CampaignSpec
import Diagnostics
import Foundation

/// The one seam through which the ledger meets the office's spreadsheets: a table of named
/// columns, read from or written to a file. CSV (UTF-8) today; other formats plug in here.
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

    /// Reads a table, by its file's kind.
    public static func read(_ path: String) -> Result<LedgerTable, Diagnostic> {
        let whole = SourceLocation(file: path)
        guard path.lowercased().hasSuffix(".csv") else {
            return .failure(.error("the ledger can be read from a .csv file", at: whole))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("cannot read this file", at: whole))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(.error("this file is not UTF-8 text; save it as CSV UTF-8", at: whole))
        }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: text)
        } catch {
            switch error {
            case .unterminatedQuote(let line, let column):
                return .failure(
                    .error("a quoted field is never closed", at: SourceLocation(file: path, line: line, column: column))
                )
            case .textAfterQuote(let line, let column):
                return .failure(
                    .error(
                        "text after a closing quote; double a quote inside a quoted field",
                        at: SourceLocation(file: path, line: line, column: column)))
            }
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
