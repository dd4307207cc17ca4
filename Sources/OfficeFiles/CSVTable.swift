import Diagnostics
import Foundation

/// A small RFC 4180 reader that remembers where each field started, so a roster kept in a
/// spreadsheet gets the same `file:line:col` errors as the campaign file.
public struct CSVTable: Sendable {
    public struct Field: Sendable {
        public let text: String
        public let line: Int
        public let column: Int
    }

    public let rows: [[Field]]

    public enum Failure: Error {
        case unterminatedQuote(line: Int, column: Int)
        case textAfterQuote(line: Int, column: Int)
    }

    /// The table, or why it cannot be read, located in `file`: the one wording of a broken CSV
    /// file, for rosters and ledgers alike.
    public static func parse(_ text: String, file: String) -> Result<CSVTable, Diagnostic> {
        do {
            return .success(try CSVTable(parsing: text))
        } catch {
            switch error {
            case .unterminatedQuote(let line, let column):
                return .failure(
                    .error(.tableQuote, at: SourceLocation(file: file, line: line, column: column)))
            case .textAfterQuote(let line, let column):
                return .failure(
                    .error(.tableTextAfterQuote, at: SourceLocation(file: file, line: line, column: column)))
            }
        }
    }

    public init(parsing input: String) throws(Failure) {
        var text = Substring(input)
        if text.first == "\u{FEFF}" { text.removeFirst() }
        let chars = Array(text.unicodeScalars)
        var rows: [[Field]] = []
        var row: [Field] = []
        var i = 0, line = 1, col = 1
        var atRowStart = true

        while i < chars.count || !atRowStart {
            let fieldLine = line, fieldCol = col
            var value = String.UnicodeScalarView()
            atRowStart = false
            if i < chars.count, chars[i] == "\"" {
                i += 1; col += 1
                var closed = false
                while i < chars.count {
                    let c = chars[i]
                    if c == "\"" {
                        if i + 1 < chars.count, chars[i + 1] == "\"" {
                            value.append("\""); i += 2; col += 2
                        } else {
                            i += 1; col += 1; closed = true; break
                        }
                    } else {
                        value.append(c); i += 1
                        if c == "\n" { line += 1; col = 1 } else { col += 1 }
                    }
                }
                if !closed { throw .unterminatedQuote(line: fieldLine, column: fieldCol) }
                if i < chars.count, chars[i] != ",", chars[i] != "\n", chars[i] != "\r" {
                    throw .textAfterQuote(line: line, column: col)
                }
            } else {
                while i < chars.count, chars[i] != ",", chars[i] != "\n", chars[i] != "\r" {
                    value.append(chars[i]); i += 1; col += 1
                }
            }
            row.append(Field(text: String(value), line: fieldLine, column: fieldCol))
            if i < chars.count, chars[i] == "," {
                i += 1; col += 1
                continue
            }
            // End of row: newline (CRLF or LF) or end of input.
            if i < chars.count, chars[i] == "\r" { i += 1 }
            if i < chars.count, chars[i] == "\n" { i += 1 }
            line += 1; col = 1
            if !(row.count == 1 && row[0].text.isEmpty) { rows.append(row) }
            row = []
            atRowStart = true
        }
        self.rows = rows
    }
}

extension CSVTable {
    /// Rows as CSV (RFC 4180, CRLF line ends, UTF-8 with a byte-order mark so Excel reads the
    /// Chinese right), every cell neutralised so Excel never runs it as a formula.
    public static func text(_ rows: [[String]]) -> String {
        func field(_ raw: String) -> String {
            let s = neutralised(raw)
            return s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// What a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) behind a leading `'`,
    /// as OWASP advises. A value that already starts with quotes before such a character gets one
    /// more, so `restored` gives back exactly what was written.
    public static func neutralised(_ text: String) -> String {
        startsLikeFormula(text.drop { $0 == "'" }) ? "'" + text : text
    }

    /// The value `neutralised` was given.
    public static func restored(_ cell: String) -> String {
        cell.first == "'" && startsLikeFormula(cell.drop { $0 == "'" }) ? String(cell.dropFirst()) : cell
    }

    private static func startsLikeFormula(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "=+-@\t\r".unicodeScalars.contains(first)
    }
}
