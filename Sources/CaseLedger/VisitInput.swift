import CampaignSpec
import Diagnostics
import Foundation
import Yams

/// One visit as the office writes it (SPEC §7), checked against the campaign and its plan before
/// anything is stored. It comes as YAML (`jiefang visit add`) or as a row of a spreadsheet
/// (`jiefang ledger import`); both become the same fields and pass the same checks, and every
/// problem is reported at its place in the file, all at once.
public struct VisitDraft: Sendable {
    public var visit: Visit
    /// For 交办 and 包案: the 包案 leader and the responsible unit.
    public var caseLeader: String?
    public var caseUnit: String?
    /// What an exported ledger's row brings back beyond the visit (an import of an export).
    public var carried: CarriedState?
    /// The file the visit was imported from, for its history.
    public var importedFrom: String?
    /// The appointment this visit keeps: marked 已接待 with the visit, in the same transaction.
    public var appointment: String?

    public init(visit: Visit, caseLeader: String?, caseUnit: String?) {
        self.visit = visit
        self.caseLeader = caseLeader
        self.caseUnit = caseUnit
    }
}

/// A visit's fields by name (`petitioner.name`, `case.leader`, …): each value and where it stands
/// in a file (nowhere, for a form: its problems are placed by field).
public struct VisitFields: Sendable {
    public var values: [String: (text: String, at: SourceLocation?)] = [:]
    /// The whole record, for what is missing from it.
    public var record: SourceLocation?

    public init(record: SourceLocation?) { self.record = record }

    /// A form's fields, by the same names; empty values are left out, as a form leaves them blank.
    public init(form: [String: String], names: [String] = Self.names) {
        record = nil
        for name in names {
            if let text = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
                values[name] = (text, nil)
            }
        }
    }

    /// An appointment being kept: what it already says fills the fields the visit leaves out
    /// (day, time, petitioner, topic, request, leader), and it came in person (来访), by the
    /// campaign's 重点约访 method when it is one of those.
    public mutating func carry(_ appointment: Appointment, campaign: Campaign) {
        let method =
            appointment.kind == "重点约访" && campaign.reception.methods.contains("重点约访")
            ? "重点约访" : campaign.reception.methods.first ?? "定点接访"
        let carried: [(String, String?)] = [
            ("date", appointment.date), ("time", appointment.time), ("petitioner.name", appointment.name),
            ("petitioner.phone", appointment.phone), ("petitioner.id_number", appointment.idNumber),
            ("topic", appointment.topic), ("request", appointment.request), ("leader", appointment.leader),
            ("channel", "来访"), ("method", method),
        ]
        for (key, value) in carried where values[key] == nil {
            if let value { values[key] = (value, nil) }
        }
    }

    /// Each field's label on the register form, as the office names it.
    public static let labels = [
        "date": "日期", "time": "时间", "channel": "信访形式", "method": "接访方式", "persons": "人数",
        "petitioner.name": "姓名", "petitioner.id_number": "身份证号", "petitioner.phone": "电话",
        "petitioner.address": "住址", "where": "接访地点", "category": "问题类别", "topic": "问题分类",
        "request": "反映问题及诉求", "opinion": "领导处理意见", "disposition": "处理方式", "reason": "不予受理理由",
        "leader": "接访领导", "case.leader": "包案领导", "case.unit": "责任单位", "new_matter": "另立新事项",
        "kind": "约访类型",
    ]

    /// A field as messages name it: its label in Chinese, its key in English.
    public static func label(_ key: String) -> Phrase {
        Phrase(zh: labels[key] ?? key, en: "'\(key)'")
    }

    /// Every field a visit has.
    public static let names = [
        "date", "time", "channel", "method", "persons", "petitioner.name", "petitioner.id_number", "petitioner.phone",
        "petitioner.address", "where", "category", "topic", "request", "opinion", "disposition", "reason", "leader",
        "case.leader", "case.unit", "new_matter",
    ]
}

public enum VisitInput {
    public static let channels = ["来访", "来信", "电话", "网上", "上级交办"]
    public static let categories = ["建议意见", "检举控告", "申诉求决"]
    public static let dispositions = ["当场解决", "当场答复", "交办", "包案", "转送", "不予受理"]

    /// A visit written as YAML.
    /// - Parameter dutyLeaders: each duty day's leader in the current plan, for the receiving
    ///   leader when the visit names none.
    public static func read(
        _ yaml: String, file: String, campaign: Campaign, dutyLeaders: [CivilDate: String],
        appointment: Appointment? = nil
    )
        -> (draft: VisitDraft?, diagnostics: [Diagnostic])
    {
        var log = DiagnosticLog()
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: yaml) else {
                return (
                    nil,
                    [
                        .error(.visitEmpty, at: SourceLocation(file: file, line: 1, column: 1))
                    ]
                )
            }
            root = parsed
        } catch {
            return (nil, [CampaignLoader.syntaxDiagnostic(error, file: file)])
        }
        var fields = YAMLVisit.fields(root, file: file, log: &log)
        if let appointment { fields.carry(appointment, campaign: campaign) }
        let checked = check(fields, campaign: campaign, dutyLeaders: dutyLeaders)
        log.append(contentsOf: checked.diagnostics)
        var draft = checked.draft
        draft?.appointment = appointment?.number
        return (log.hasErrors ? nil : draft, log.sorted)
    }

    /// Checks a visit's fields, wherever they came from.
    public static func check(
        _ fields: VisitFields, campaign: Campaign, dutyLeaders: [CivilDate: String]
    )
        -> (draft: VisitDraft?, diagnostics: [Diagnostic])
    {
        var log = DiagnosticLog()
        func at(_ key: String) -> SourceLocation? { fields.values[key]?.at ?? fields.record }
        /// A problem with one field, located where it was written and named for the form.
        /// - Parameter near: where to point in the file when `key` itself is missing from it.
        func problem(_ key: String, _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:], near: String? = nil) {
            let place = fields.values[key] == nil ? near.flatMap(at) ?? at(key) : at(key)
            log.error(code, arguments.merging(["field": VisitFields.label(key)]) { a, _ in a }, at: place, field: key)
        }
        func value(_ key: String, required: Bool = false) -> String? {
            guard let v = fields.values[key] else {
                if required { problem(key, .visitMissing) }
                return nil
            }
            return v.text
        }
        func oneOf(_ key: String, _ allowed: [String]) -> String? {
            guard let v = value(key, required: true) else { return nil }
            guard allowed.contains(v) else {
                problem(key, .visitChoice, ["allowed": Phrase.list(allowed), "raw": "\(v)"])
                return nil
            }
            return v
        }
        for (key, written) in fields.values.sorted(by: { $0.key < $1.key }) {
            if let tooLong = TextLimits.problem(key, written.text, at: written.at ?? fields.record) {
                log.append(tooLong)
            }
        }
        let dateText = value("date", required: true)
        let date = dateText.flatMap { CivilDate(iso: $0) }
        if let dateText, date == nil {
            problem("date", .visitDate, ["raw": "\(dateText)"])
        }
        let time = value("time", required: true)
        if let time, !isTime(time) { problem("time", .visitTime, ["raw": "\(time)"]) }
        let channel = oneOf("channel", channels)
        let method = oneOf("method", campaign.reception.methods)
        var persons = 1
        if let raw = value("persons") {
            if let n = Int(raw), n >= 1 {
                persons = n
            } else {
                problem("persons", .visitPersons, ["raw": "\(raw)"])
            }
        }
        let name = value("petitioner.name", required: true)
        let idNumber = value("petitioner.id_number")
        if let id = idNumber, let why = IDNumber.problem(id) {
            problem("petitioner.id_number", .visitIDNumber, ["why": why])
        }
        let category = oneOf("category", categories)
        let topic = oneOf("topic", campaign.topics)
        let request = value("request", required: true)
        let disposition = oneOf("disposition", dispositions)
        let reason = value("reason")
        if disposition == "不予受理" && reason == nil {
            problem("reason", .visitReason, near: "disposition")
        }
        /// A leader named by id or by a name the roster holds once; the id, or nil with the problem said.
        func rosterLeader(_ key: String) -> String? {
            guard let written = value(key) else { return nil }
            switch campaign.leaderID(written) {
            case .success(let id): return id
            case .failure(let why): problem(key, .visitLeader, ["why": why.text])
            }
            return nil
        }
        var leader = rosterLeader("leader")
        if let given = leader {
            if let date, let onDuty = dutyLeaders[date], onDuty != given {
                log.warning(
                    .visitNotOnDuty,
                    [
                        "given": Phrase(zh: campaign.leaderLabel(given), en: given),
                        "onDuty": Phrase(zh: campaign.leaderLabel(onDuty), en: onDuty),
                        "date": date.phrase,
                    ], at: at("leader"), field: "leader")
            }
        } else if fields.values["leader"] == nil, let date {
            leader = dutyLeaders[date]
            if leader == nil {
                problem("leader", .visitNotDutyDay, ["date": date.phrase], near: "date")
            }
        }
        var newMatter = false
        if let raw = value("new_matter") {
            switch raw.lowercased() {
            case "true", "yes", "1", "是", "on": newMatter = true
            case "false", "no", "0", "否": newMatter = false
            default: problem("new_matter", .visitNewMatter, ["raw": "\(raw)"])
            }
        }
        let opensCase = disposition == "交办" || disposition == "包案"
        let caseLeaderWritten = value("case.leader"), caseUnit = value("case.unit")
        let caseLeader = opensCase ? rosterLeader("case.leader") : caseLeaderWritten
        if opensCase {
            if caseLeaderWritten == nil && caseUnit == nil {
                problem("case.leader", .visitCase, ["disposition": "\(disposition ?? "")"], near: "disposition")
            } else if caseLeaderWritten == nil {
                problem("case.leader", .visitCaseLeader, near: "case.unit")
            }
            if disposition == "交办" && caseUnit == nil && caseLeaderWritten != nil {
                problem("case.unit", .visitCaseUnit, near: "case.leader")
            }
        } else if let key = ["case.leader", "case.unit"].first(where: { fields.values[$0] != nil }) {
            problem(key, .visitNoCase)
        }
        guard !log.hasErrors, let date, let time, let channel, let method, let name, let category, let topic,
            let request,
            let disposition, let leader
        else { return (nil, log.sorted) }
        let visit = Visit(
            number: "", date: date.iso, time: time, channel: channel, method: method, persons: persons, name: name,
            idNumber: idNumber?.uppercased(), phone: value("petitioner.phone"), address: value("petitioner.address"),
            place: value("where"), category: category, topic: topic, request: request, opinion: value("opinion"),
            disposition: disposition, reason: reason, leader: leader, repeatOf: nil, caseNumber: nil,
            newMatter: newMatter)
        return (
            VisitDraft(visit: visit, caseLeader: opensCase ? caseLeader : nil, caseUnit: opensCase ? caseUnit : nil),
            log.sorted
        )
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1])
        else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m)
    }
}

/// A visit's YAML, flattened into its fields: `petitioner: {name: …}` becomes `petitioner.name`.
enum YAMLVisit {
    static let top = [
        "date", "time", "channel", "method", "persons", "petitioner", "where", "category", "topic", "request",
        "opinion", "disposition", "reason", "leader", "case", "new_matter",
    ]
    static let nested = ["petitioner": ["name", "id_number", "phone", "address"], "case": ["leader", "unit"]]

    /// - Parameters: top, nested: the keys a record of this kind may have (a visit's by default).
    static func fields(
        _ root: Node, file: String, log: inout DiagnosticLog, top: [String] = top,
        nested: [String: [String]] = nested, what: Phrase = Phrase(zh: "登记内容", en: "the visit")
    ) -> VisitFields {
        func at(_ node: Node) -> SourceLocation {
            SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        }
        var fields = VisitFields(record: at(root))
        guard let mapping = root.mapping else {
            log.error(.visitNotMapping, at: at(root))
            return fields
        }
        func take(_ key: Node, _ value: Node, prefix: String, allowed: [String], what: Phrase) {
            let name = key.scalar?.string ?? ""
            guard allowed.contains(name) else {
                log.error(
                    .visitUnknownKey,
                    ["key": "\(name)", "what": what, "hint": Suggestion.hint(for: name, among: allowed)],
                    at: at(key))
                return
            }
            if let keys = nested[name], prefix.isEmpty {
                guard let inner = value.mapping else {
                    log.error(
                        .visitNestedNotMapping, ["key": "\(name)", "keys": "{\(keys.joined(separator: ", "))}"],
                        at: at(value),
                        field: name)
                    return
                }
                for (k, v) in inner { take(k, v, prefix: name + ".", allowed: keys, what: "\(name)") }
                return
            }
            guard let text = value.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                log.error(
                    .visitNotText, ["field": VisitFields.label(prefix + name)], at: at(value), field: prefix + name)
                return
            }
            fields.values[prefix + name] = (text, at(value))
        }
        for (key, value) in mapping { take(key, value, prefix: "", allowed: top, what: what) }
        return fields
    }
}
