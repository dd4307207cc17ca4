import Diagnostics
import Yams

/// The roster: written inline as a list, or kept in a spreadsheet as `leaders: {csv: FILE}`.
extension SectionReader {
    static let leaderKeys = ["id", "name", "title", "phone", "principal", "away"]

    mutating func readLeaders(_ node: Node) -> [LeaderDraft] {
        if case .mapping = node {
            guard let e = fields.mapping(node, what: "leaders", allowed: ["csv"], required: ["csv"]),
                let path = fields.text(e, "csv", what: "leaders")
            else { return [] }
            return readCSVRoster(path, at: fields.location(e.values["csv"]!))
        }
        guard case .sequence(let seq) = node else {
            fields.log.error(
                "'leaders' must be a list of leaders or {csv: FILE}, found \(fields.describe(node))",
                at: fields.location(node))
            return []
        }
        var leaders: [LeaderDraft] = []
        for (index, item) in seq.enumerated() {
            let what = "leader \(index + 1)"
            guard
                let e = fields.mapping(
                    item, what: what, allowed: SectionReader.leaderKeys,
                    required: ["id", "name", "title"])
            else { continue }
            var row = LeaderRow(what: what, location: e.location)
            for key in ["id", "name", "title", "phone", "principal"] {
                if let text = fields.text(e, key, what: what), let node = e.values[key] {
                    row.cells[key] = (text, fields.location(node))
                }
            }
            row.away = fields.textList(e, "away", what: what) ?? []
            row.principalKey = e.keyLocations["principal"]
            if let draft = leader(from: row) { leaders.append(draft) }
        }
        return leaders
    }

    private mutating func readCSVRoster(_ path: String, at loc: SourceLocation) -> [LeaderDraft] {
        guard let (shownPath, content) = readFile(path) else {
            fields.log.error("cannot read the roster file '\(path)'", at: loc)
            return []
        }
        guard let content else {
            fields.log.error("the roster file '\(path)' is not UTF-8 text", at: loc)
            return []
        }
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: shownPath, line: line, column: column)
        }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: content)
        } catch {
            switch error {
            case .unterminatedQuote(let line, let column):
                fields.log.error("a quoted field is never closed", at: at(line, column))
            case .textAfterQuote(let line, let column):
                fields.log.error(
                    "text after a closing quote; double a quote inside a quoted field", at: at(line, column))
            }
            return []
        }
        guard let header = table.rows.first else {
            fields.log.error(
                "the roster file is empty; it needs a header row: \(SectionReader.leaderKeys.joined(separator: ","))",
                at: at(1, 1))
            return []
        }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = cell.text.trimmingSpaces
            if !SectionReader.leaderKeys.contains(name) {
                fields.log.error(
                    "unknown column '\(name)'" + Suggestion.hint(for: name, among: SectionReader.leaderKeys),
                    at: at(cell.line, cell.column))
            } else if columns[name] != nil {
                fields.log.error("column '\(name)' appears twice", at: at(cell.line, cell.column))
            } else {
                columns[name] = index
            }
        }
        for key in ["id", "name", "title"] where columns[key] == nil {
            fields.log.error("the roster's header row has no '\(key)' column", at: at(header[0].line, header[0].column))
        }
        var leaders: [LeaderDraft] = []
        for row0 in table.rows.dropFirst() {
            let rowLoc = at(row0[0].line, row0[0].column)
            if row0.count != header.count {
                fields.log.error("this row has \(row0.count) fields, the header has \(header.count)", at: rowLoc)
                continue
            }
            var row = LeaderRow(what: nil, location: rowLoc)
            var ok = true
            for (index, field) in row0.enumerated() {
                if let bad = field.text.firstUnprintable {
                    fields.log.error(
                        "'\(header[index].text.trimmingSpaces)' holds the control character \(bad); remove it",
                        at: at(field.line, field.column))
                    ok = false
                }
            }
            for (key, index) in columns {
                let field = row0[index], text = field.text.trimmingSpaces
                if text.isEmpty {
                    if ["id", "name", "title"].contains(key) {
                        fields.log.error("'\(key)' must not be empty", at: at(field.line, field.column))
                        ok = false
                    }
                } else if key == "away" {
                    row.away = text.split(separator: ";").map { (String($0), at(field.line, field.column)) }
                        .filter { !$0.0.trimmingSpaces.isEmpty }
                } else {
                    row.cells[key] = (text, at(field.line, field.column))
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

    /// The one reading of a leader, whichever form the roster takes: the id's pattern, the
    /// spellings of `principal`, the leave ranges. Nil (with the reason logged) when the
    /// leader cannot be used.
    mutating func leader(from row: LeaderRow) -> LeaderDraft? {
        let inWhat = row.what.map { " in \($0)" } ?? ""
        guard let id = row.cells["id"], let name = row.cells["name"]?.text, let title = row.cells["title"]?.text else {
            if let raw = row.cells["id"]?.text { rejected.leaderIDs.insert(raw) }
            return nil
        }
        guard SectionReader.isValidID(id.text) else {
            rejected.leaderIDs.insert(id.text)
            fields.log.error(
                "id '\(id.text)'\(inWhat) must use only a-z, 0-9 and '-' (\(SectionReader.idPattern))", at: id.at)
            return nil
        }
        var principal = false
        if let cell = row.cells["principal"] {
            switch cell.text.trimmingSpaces.lowercased() {
            case "true", "yes", "1", "是": principal = true
            case "false", "no", "0", "否": principal = false
            default:
                fields.log.error(
                    "'principal'\(inWhat) must be true or false (or yes/no, 1/0, 是/否), found '\(cell.text)'",
                    at: cell.at)
            }
        }
        var away: [DateSpan] = [], awayLocations: [SourceLocation] = []
        for (raw, at) in row.away {
            if let span = fields.span(raw, key: "away", at: at) {
                away.append(span)
                awayLocations.append(at)
            }
        }
        let leader = Leader(
            id: id.text, name: name, title: title, phone: row.cells["phone"]?.text, isPrincipal: principal,
            away: away, location: row.location)
        return LeaderDraft(
            leader: leader, idLocation: id.at, principalLocation: row.principalKey, awayLocations: awayLocations)
    }
}

/// One leader as written, in either form of the roster (an entry of the campaign file's
/// `leaders` list, or a row of a roster spreadsheet): each key's text and where it stands.
struct LeaderRow {
    /// How messages name the entry ("leader 3"); nil for a spreadsheet row, which its location names.
    var what: String?
    /// The entry or the row.
    var location: SourceLocation
    var cells: [String: (text: String, at: SourceLocation)] = [:]
    var away: [(String, SourceLocation)] = []
    /// Where `principal` is written, for a second principal's error.
    var principalKey: SourceLocation?
}
