import Diagnostics
import Yams

/// The roster: written inline as a list, or kept in a spreadsheet as `leaders: {csv: FILE}`.
extension SectionReader {
    static let leaderKeys = ["id", "name", "title", "phone", "principal", "away"]

    mutating func readLeaders(_ node: Node) -> [LeaderDraft] {
        if case .mapping = node {
            guard let e = fields.mapping(node, what: .leadersKey, allowed: ["csv", "xlsx"], required: []) else {
                return []
            }
            let kinds = ["csv", "xlsx"].filter { e.values[$0] != nil }
            guard kinds.count == 1, let kind = kinds.first, let path = fields.text(e, kind, what: .leadersKey) else {
                fields.log.error(.leadersFileForm, at: fields.location(node))
                return []
            }
            return readRosterFile(path, excel: kind == "xlsx", at: fields.location(e.values[kind]!))
        }
        guard case .sequence(let seq) = node else {
            fields.log.error(.leadersNotList, ["found": fields.describe(node)], at: fields.location(node))
            return []
        }
        var leaders: [LeaderDraft] = []
        for (index, item) in seq.enumerated() {
            let what = Phrase.leader(index + 1)
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

    /// The one reading of a leader, whichever form the roster takes: the id's pattern, the
    /// spellings of `principal`, the leave ranges. Nil (with the reason logged) when the
    /// leader cannot be used.
    mutating func leader(from row: LeaderRow) -> LeaderDraft? {
        let what = row.what ?? .rosterFile
        guard let id = row.cells["id"], let name = row.cells["name"]?.text, let title = row.cells["title"]?.text else {
            if let raw = row.cells["id"]?.text { rejected.leaderIDs.insert(raw) }
            return nil
        }
        guard SectionReader.isValidID(id.text) else {
            rejected.leaderIDs.insert(id.text)
            fields.log.error(
                .badID, ["id": "\(id.text)", "what": what, "pattern": "\(SectionReader.idPattern)"], at: id.at)
            return nil
        }
        var principal = false
        if let cell = row.cells["principal"] {
            switch cell.text.trimmingSpaces.lowercased() {
            case "true", "yes", "1", "是": principal = true
            case "false", "no", "0", "否": principal = false
            default:
                fields.log.error(.principalNotBoolean, ["what": what, "raw": "\(cell.text)"], at: cell.at)
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
    var what: Phrase?
    /// The entry or the row.
    var location: SourceLocation
    var cells: [String: (text: String, at: SourceLocation)] = [:]
    var away: [(String, SourceLocation)] = []
    /// Where `principal` is written, for a second principal's error.
    var principalKey: SourceLocation?
}
