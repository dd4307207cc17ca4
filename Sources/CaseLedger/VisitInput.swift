import CampaignSpec
import Diagnostics
import Yams

/// One visit as the office writes it (SPEC §7, `jiefang visit add`), checked against the
/// campaign and its plan before anything is stored. Every problem is reported at its
/// `FILE:LINE:COL`, all at once.
public struct VisitDraft: Sendable {
    public var visit: Visit
    /// For 交办 and 包案: the 包案 leader and the responsible unit.
    public var caseLeader: String?
    public var caseUnit: String?
}

public enum VisitInput {
    public static let channels = ["来访", "来信", "电话", "网上", "上级交办"]
    public static let categories = ["建议意见", "检举控告", "申诉求决"]
    public static let dispositions = ["当场解决", "当场答复", "交办", "包案", "转送", "不予受理"]
    static let keys = [
        "date", "time", "channel", "method", "persons", "petitioner", "where", "category", "topic", "request",
        "opinion", "disposition", "reason", "leader", "case",
    ]

    /// - Parameter dutyLeaders: each duty day's leader in the current plan, for the receiving
    ///   leader when the visit names none.
    public static func read(
        _ yaml: String, file: String, campaign: Campaign, dutyLeaders: [CivilDate: String]
    )
        -> (draft: VisitDraft?, diagnostics: [Diagnostic])
    {
        var log = DiagnosticLog()
        func at(_ node: Node?) -> SourceLocation {
            SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
        }
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: yaml) else {
                return (nil, [.error("the visit is empty", at: at(nil))])
            }
            root = parsed
        } catch {
            return (nil, [CampaignLoader.syntaxDiagnostic(error, file: file)])
        }
        guard let top = Entries(root) else { return (nil, [.error("a visit is a mapping of keys", at: at(root))]) }
        top.unknown(allowed: keys, what: "the visit", file: file, into: &log)
        func text(_ e: Entries, _ key: String, required: Bool = false, what: String = "the visit") -> String? {
            guard let node = e.values[key] else {
                if required { log.error("\(what) needs '\(key)'", at: at(e.node)) }
                return nil
            }
            guard let value = node.scalar?.string, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                log.error("'\(key)' must be text", at: at(node))
                return nil
            }
            return value.trimmingCharacters(in: .whitespaces)
        }
        func oneOf(_ key: String, _ allowed: [String], required: Bool = true) -> String? {
            guard let value = text(top, key, required: required) else { return nil }
            guard allowed.contains(value) else {
                log.error(
                    "'\(key)' must be one of \(allowed.joined(separator: ", ")), found '\(value)'",
                    at: at(top.values[key]))
                return nil
            }
            return value
        }
        let dateText = text(top, "date", required: true)
        let date = dateText.flatMap { CivilDate(iso: $0) }
        if let dateText, date == nil {
            log.error("'date' must be a YYYY-MM-DD date, found '\(dateText)'", at: at(top.values["date"]))
        }
        let time = text(top, "time", required: true)
        if let time, !isTime(time) { log.error("'time' must be HH:MM, found '\(time)'", at: at(top.values["time"])) }
        let channel = oneOf("channel", channels)
        let method = oneOf("method", campaign.reception.methods)
        var persons = 1
        if let raw = text(top, "persons") {
            if let n = Int(raw), n >= 1 {
                persons = n
            } else {
                log.error(
                    "'persons' must be a whole number of at least 1, found '\(raw)'", at: at(top.values["persons"]))
            }
        }
        var name: String?, idNumber: String?, phone: String?, address: String?
        if let node = top.values["petitioner"] {
            if let p = Entries(node) {
                p.unknown(
                    allowed: ["name", "id_number", "phone", "address"], what: "petitioner", file: file, into: &log)
                name = text(p, "name", required: true, what: "petitioner")
                idNumber = text(p, "id_number", what: "petitioner")
                if let id = idNumber, let problem = IDNumber.problem(id) {
                    log.error(problem, at: at(p.values["id_number"]))
                }
                phone = text(p, "phone", what: "petitioner")
                address = text(p, "address", what: "petitioner")
            } else {
                log.error("'petitioner' must be a mapping: {name, id_number, phone, address}", at: at(node))
            }
        } else {
            log.error("the visit needs 'petitioner' (name 匿名 for an anonymous petitioner)", at: at(root))
        }
        let place = text(top, "where")
        let category = oneOf("category", categories)
        let topic = oneOf("topic", campaign.topics)
        let request = text(top, "request", required: true)
        let opinion = text(top, "opinion")
        let disposition = oneOf("disposition", dispositions)
        let reason = text(top, "reason")
        if disposition == "不予受理" && reason == nil {
            log.error("a visit not accepted (不予受理) needs 'reason'", at: at(top.values["disposition"]))
        }
        let roster = campaign.leaders.map(\.id)
        var leader = text(top, "leader")
        if let given = leader {
            if !roster.contains(given) {
                log.error(
                    "'leader' must be a leader of the roster (\(roster.joined(separator: ", "))), found '\(given)'",
                    at: at(top.values["leader"]))
                leader = nil
            } else if let date, let onDuty = dutyLeaders[date], onDuty != given {
                log.warning(
                    "\(given) received this visit, but \(onDuty) is on duty on \(date.iso)",
                    at: at(top.values["leader"]))
            }
        } else if let date {
            leader = dutyLeaders[date]
            if leader == nil {
                log.error(
                    "\(date.iso) is not a duty day of the plan; say who received the visit with 'leader'",
                    at: at(top.values["date"]))
            }
        }
        var caseLeader: String?, caseUnit: String?
        let opensCase = disposition == "交办" || disposition == "包案"
        if let node = top.values["case"] {
            if !opensCase {
                log.error("only a 交办 or 包案 visit opens a case", at: at(node))
            } else if let c = Entries(node) {
                c.unknown(allowed: ["leader", "unit"], what: "case", file: file, into: &log)
                caseLeader = text(c, "leader", required: true, what: "case")
                caseUnit = text(c, "unit", required: disposition == "交办", what: "case")
                if let l = caseLeader, !roster.contains(l) {
                    log.error(
                        "the 包案 leader must be a leader of the roster (\(roster.joined(separator: ", "))), found '\(l)'",
                        at: at(c.values["leader"]))
                }
            } else {
                log.error("'case' must be a mapping: {leader, unit}", at: at(node))
            }
        } else if opensCase {
            log.error(
                "a \(disposition ?? "") visit opens a case: give 'case: {leader, unit}'",
                at: at(top.values["disposition"]))
        }
        guard !log.hasErrors, let date, let time, let channel, let method, let name, let category, let topic,
            let request,
            let disposition, let leader
        else { return (nil, log.sorted) }
        let visit = Visit(
            number: "", date: date.iso, time: time, channel: channel, method: method, persons: persons, name: name,
            idNumber: idNumber?.uppercased(), phone: phone, address: address, place: place, category: category,
            topic: topic,
            request: request, opinion: opinion, disposition: disposition, reason: reason, leader: leader, repeatOf: nil,
            caseNumber: nil)
        return (VisitDraft(visit: visit, caseLeader: caseLeader, caseUnit: caseUnit), log.sorted)
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1])
        else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m)
    }
}

/// A YAML mapping's entries by key, with the node of each.
struct Entries {
    let node: Node
    let values: [String: Node]
    let keys: [(String, Node)]

    init?(_ node: Node) {
        guard let mapping = node.mapping else { return nil }
        self.node = node
        var values: [String: Node] = [:], keys: [(String, Node)] = []
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            values[name] = value
            keys.append((name, key))
        }
        self.values = values
        self.keys = keys
    }

    func unknown(allowed: [String], what: String, file: String, into log: inout DiagnosticLog) {
        for (name, key) in keys where !allowed.contains(name) {
            log.error(
                "unknown key '\(name)' in \(what)" + Suggestion.hint(for: name, among: allowed),
                at: SourceLocation(file: file, line: key.mark?.line ?? 1, column: key.mark?.column ?? 1))
        }
    }
}
