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
            fields.log.error(.rosterUnreadable, ["path": "\(path)"], at: loc)
            return []
        }
        switch TableFile.read(bytes, file: shownPath, excel: excel) {
        case .failure(let problem):
            // An empty roster is told which columns it needs.
            let columns =
                "\(SectionReader.leaderKeys.joined(separator: ",")) (or 编号,姓名,职务,电话,第一责任人,请假)"
            fields.log.append(
                problem.code == .tableEmpty
                    ? problem.adding(Phrase(zh: "名单的列：\(columns)", en: "the roster's columns: \(columns)")) : problem)
            return []
        case .success(let table):
            rosterFile = RosterFile(path: shownPath, form: table.form)
            return readRosterRows(table)
        }
    }

    private mutating func readRosterRows(_ table: TableFile) -> [LeaderDraft] {
        let known = SectionReader.leaderKeys
        let header = table.header
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let written = cell.text.trimmingSpaces
            guard !written.isEmpty else { continue }
            let name = SectionReader.chineseHeaders[written] ?? written.lowercased()
            if !known.contains(name) {
                fields.log.error(
                    .rosterColumnUnknown,
                    [
                        "column": "\(written)",
                        "hint": Suggestion.hint(
                            for: written, among: known + Array(SectionReader.chineseHeaders.keys).sorted()),
                    ], at: cell.at)
            } else if columns[name] != nil {
                fields.log.error(.rosterColumnTwice, ["column": "\(written)"], at: cell.at)
            } else {
                columns[name] = index
            }
        }
        for key in ["id", "name", "title"] where columns[key] == nil {
            fields.log.error(.rosterColumnMissing, ["column": "\(key)"], at: header[0].at)
        }
        var leaders: [LeaderDraft] = []
        for cells in table.rows {
            var row = LeaderRow(what: nil, location: cells[0].at)
            var ok = true
            for (index, cell) in cells.enumerated() {
                if let bad = cell.text.firstUnprintable {
                    let column = header.indices.contains(index) ? header[index].text.trimmingSpaces : ""
                    fields.log.error(
                        .controlCharacter, ["key": "\(column)", "what": .rosterFile, "character": "\(bad)"], at: cell.at
                    )
                    ok = false
                }
            }
            for (key, index) in columns {
                let cell = cells[index], text = cell.text.trimmingSpaces
                if text.isEmpty {
                    if ["id", "name", "title"].contains(key) {
                        fields.log.error(.emptyValue, ["key": "\(key)", "what": .rosterFile], at: cell.at)
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
