import Yams

/// The roster: written inline as a list, or kept in a spreadsheet as `leaders: {csv: FILE}`.
extension SectionReader {
    static let leaderKeys = ["id", "name", "title", "phone", "principal", "away"]

    mutating func readLeaders(_ node: Node) -> [LeaderDraft] {
        if case .mapping = node {
            guard let e = fields.mapping(node, what: "leaders", allowed: ["csv"], required: ["csv"]),
                  let path = fields.text(e, "csv", what: "leaders") else { return [] }
            return readCSVRoster(path, at: fields.location(e.values["csv"]!))
        }
        guard case .sequence(let seq) = node else {
            fields.log.error("'leaders' must be a list of leaders or {csv: FILE}, found \(fields.describe(node))",
                             at: fields.location(node))
            return []
        }
        var leaders: [LeaderDraft] = []
        for (index, item) in seq.enumerated() {
            let what = "leader \(index + 1)"
            guard let e = fields.mapping(item, what: what, allowed: SectionReader.leaderKeys,
                                         required: ["id", "name", "title"]) else { continue }
            let id = readID(e, what: what)
            let name = fields.text(e, "name", what: what)
            let title = fields.text(e, "title", what: what)
            let phone = fields.text(e, "phone", what: what)
            let principal = fields.boolean(e, "principal", what: what) ?? false
            var away: [DateSpan] = [], awayLocs: [SourceLocation] = []
            for (raw, loc) in fields.textList(e, "away", what: what) ?? [] {
                if let span = fields.span(raw, key: "away", at: loc) {
                    away.append(span)
                    awayLocs.append(loc)
                }
            }
            guard let id, let name, let title else {
                if let raw = e.values["id"].flatMap({ $0.scalar?.string }) { rejected.leaderIDs.insert(raw) }
                continue
            }
            let leader = Leader(id: id, name: name, title: title, phone: phone, isPrincipal: principal,
                                away: away, location: e.location)
            leaders.append(LeaderDraft(leader: leader, idLocation: fields.location(e.values["id"]!),
                                       principalLocation: e.keyLocations["principal"], awayLocations: awayLocs))
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
        func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: shownPath, line: line, column: column) }
        let table: CSVTable
        do {
            table = try CSVTable(parsing: content)
        } catch {
            switch error {
            case .unterminatedQuote(let line, let column):
                fields.log.error("a quoted field is never closed", at: at(line, column))
            case .textAfterQuote(let line, let column):
                fields.log.error("text after a closing quote; double a quote inside a quoted field", at: at(line, column))
            }
            return []
        }
        guard let header = table.rows.first else {
            fields.log.error("the roster file is empty; it needs a header row: \(SectionReader.leaderKeys.joined(separator: ","))",
                             at: at(1, 1))
            return []
        }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = cell.text.trimmingSpaces
            if !SectionReader.leaderKeys.contains(name) {
                fields.log.error("unknown column '\(name)'" + Suggestion.hint(for: name, among: SectionReader.leaderKeys),
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
        for row in table.rows.dropFirst() {
            let rowLoc = at(row[0].line, row[0].column)
            if row.count != header.count {
                fields.log.error("this row has \(row.count) fields, the header has \(header.count)", at: rowLoc)
                continue
            }
            func cell(_ key: String) -> CSVTable.Field? { columns[key].map { row[$0] } }
            func value(_ key: String) -> String? {
                guard let text = cell(key)?.text.trimmingSpaces, !text.isEmpty else { return nil }
                return text
            }
            var ok = true
            for (index, field) in row.enumerated() {
                if let bad = field.text.firstUnprintable {
                    fields.log.error("'\(header[index].text.trimmingSpaces)' holds the control character \(bad); remove it",
                                     at: at(field.line, field.column))
                    ok = false
                }
            }
            for key in ["id", "name", "title"] where columns[key] != nil && value(key) == nil {
                fields.log.error("'\(key)' must not be empty", at: at(cell(key)!.line, cell(key)!.column))
                ok = false
            }
            guard ok, let id = value("id"), let name = value("name"), let title = value("title") else {
                if let raw = value("id") { rejected.leaderIDs.insert(raw) }
                continue
            }
            let idCell = cell("id")!
            guard SectionReader.isValidID(id) else {
                rejected.leaderIDs.insert(id)
                fields.log.error("id '\(id)' must use only a-z, 0-9 and '-' (\(SectionReader.idPattern))",
                                 at: at(idCell.line, idCell.column))
                continue
            }
            var principal = false
            if let raw = value("principal") {
                switch raw.lowercased() {
                case "true", "yes", "1": principal = true
                case "false", "no", "0": principal = false
                default:
                    let c = cell("principal")!
                    fields.log.error("'principal' must be true or false, found '\(raw)'", at: at(c.line, c.column))
                }
            }
            var away: [DateSpan] = [], awayLocs: [SourceLocation] = []
            if let raw = value("away"), let c = cell("away") {
                for part in raw.split(separator: ";") where !String(part).trimmingSpaces.isEmpty {
                    if let span = fields.span(String(part), key: "away", at: at(c.line, c.column)) {
                        away.append(span)
                        awayLocs.append(at(c.line, c.column))
                    }
                }
            }
            let leader = Leader(id: id, name: name, title: title, phone: value("phone"), isPrincipal: principal,
                                away: away, location: rowLoc)
            leaders.append(LeaderDraft(leader: leader, idLocation: at(idCell.line, idCell.column),
                                       principalLocation: cell("principal").map { at($0.line, $0.column) },
                                       awayLocations: awayLocs))
        }
        return leaders
    }
}
