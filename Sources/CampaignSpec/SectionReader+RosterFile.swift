import Diagnostics
import OfficeFiles

/// The roster kept in a spreadsheet: a CSV file in UTF-8 or GB18030 (what Excel saves on a
/// Chinese Windows PC), or the first sheet of an Excel workbook. The header row names the
/// columns in Chinese or English; every problem is reported at its cell.
extension SectionReader {
    /// Each column's Chinese header, as an office names it.
    static let chineseHeaders = [
        "编号": "id", "姓名": "name", "职务": "title", "电话": "phone", "第一责任人": "principal", "请假": "away",
    ]

    mutating func readRosterFile(_ path: String, excel: Bool, at loc: SourceLocation) -> [LeaderDraft] {
        guard let (shownPath, bytes) = readFile(path) else {
            fields.log.error("cannot read the roster file '\(path)'", at: loc)
            return []
        }
        let rows: [[RosterCell]]
        if excel {
            switch SheetTable.read(bytes, file: shownPath) {
            case .failure(let problem):
                fields.log.append(problem)
                return []
            case .success(let sheet):
                rosterFile = RosterFile(path: shownPath, form: "Excel, sheet '\(sheet.sheet)'")
                rows = sheet.rows.map { $0.map { RosterCell(text: $0.text, at: $0.at) } }
            }
        } else {
            guard let (text, encoding) = TextEncoding.decode(bytes) else {
                fields.log.error(
                    "the roster file '\(path)' is neither UTF-8 nor GB18030 (GBK) text; save it from Excel as CSV (逗号分隔) or CSV UTF-8",
                    at: loc)
                return []
            }
            rosterFile = RosterFile(path: shownPath, form: "CSV, \(encoding.rawValue)")
            guard let table = csvRows(text, shownPath) else { return [] }
            rows = table
        }
        return readRosterRows(rows, file: shownPath)
    }

    private mutating func csvRows(_ text: String, _ file: String) -> [[RosterCell]]? {
        switch CSVTable.parse(text, file: file) {
        case .success(let table):
            return table.rows.map { row in
                row.map { RosterCell(text: $0.text, at: SourceLocation(file: file, line: $0.line, column: $0.column)) }
            }
        case .failure(let problem):
            fields.log.append(problem)
            return nil
        }
    }

    private mutating func readRosterRows(_ table: [[RosterCell]], file: String) -> [LeaderDraft] {
        let known = SectionReader.leaderKeys
        // Trailing empty rows and columns are what a spreadsheet leaves; they are not data.
        let rowsWithData = table.filter { $0.contains { !$0.text.trimmingSpaces.isEmpty } }
        guard let header = rowsWithData.first else {
            fields.log.error(
                "the roster file is empty; it needs a header row: \(known.joined(separator: ",")) (or 编号,姓名,职务,电话,第一责任人,请假)",
                at: SourceLocation(file: file, line: 1, column: 1))
            return []
        }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let written = cell.text.trimmingSpaces
            guard !written.isEmpty else { continue }
            let name = SectionReader.chineseHeaders[written] ?? written.lowercased()
            if !known.contains(name) {
                fields.log.error(
                    "unknown column '\(written)'"
                        + Suggestion.hint(
                            for: written, among: known + Array(SectionReader.chineseHeaders.keys).sorted()),
                    at: cell.at)
            } else if columns[name] != nil {
                fields.log.error("column '\(written)' appears twice", at: cell.at)
            } else {
                columns[name] = index
            }
        }
        for key in ["id", "name", "title"] where columns[key] == nil {
            fields.log.error("the roster's header row has no '\(key)' column", at: header[0].at)
        }
        let width = (columns.values.max() ?? 0) + 1
        var leaders: [LeaderDraft] = []
        for cells in rowsWithData.dropFirst() {
            if cells.count != header.count || cells.count < width {
                fields.log.error("this row has \(cells.count) fields, the header has \(header.count)", at: cells[0].at)
                continue
            }
            var row = LeaderRow(what: nil, location: cells[0].at)
            var ok = true
            for (index, cell) in cells.enumerated() {
                if let bad = cell.text.firstUnprintable {
                    fields.log.error(
                        "'\(header.indices.contains(index) ? header[index].text.trimmingSpaces : "")' holds the control character \(bad); remove it",
                        at: cell.at)
                    ok = false
                }
            }
            for (key, index) in columns {
                let cell = cells[index], text = cell.text.trimmingSpaces
                if text.isEmpty {
                    if ["id", "name", "title"].contains(key) {
                        fields.log.error("'\(key)' must not be empty", at: cell.at)
                        ok = false
                    }
                } else if key == "away" {
                    row.away = text.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { (String($0), cell.at) }
                        .filter { !$0.0.trimmingSpaces.isEmpty }
                } else {
                    row.cells[key] = (text, cell.at)
                }
            }
            row.principalKey = row.cells["principal"]?.at
            guard ok else {
                if let raw = row.cells["id"]?.text { rejected.leaderIDs.insert(raw) }
                continue
            }
            if let draft = leader(from: row) { leaders.append(draft) }
        }
        return leaders
    }
}

/// One cell of a roster spreadsheet and where it stands (a CSV line and column, or a sheet's cell).
struct RosterCell {
    let text: String
    let at: SourceLocation
}
