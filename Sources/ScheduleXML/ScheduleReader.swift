import CLibXML2
import CampaignSpec
import Diagnostics

/// Reads a `schedule.xml` an earlier build wrote, after checking it against the schema, so a
/// re-plan can keep the days leaders were already told (SPEC §5).
public enum ScheduleReader {
    /// The campaign a schedule must belong to, so a re-plan never keeps another campaign's days.
    public struct Owner: Sendable {
        public var title: String
        public var organization: String

        public init(title: String, organization: String) {
            self.title = title
            self.organization = organization
        }
    }

    /// - Parameter owner: when given, a schedule with another title or organization is refused
    ///   at the line of its `campaign` element.
    public static func read(
        _ bytes: [UInt8], name: String, schema: XMLSchemaCheck,
        owner: Owner? = nil
    ) -> Result<Schedule, Diagnostic> {
        let doc: xmlDocPtr
        switch XMLParsing.parse(bytes, name: name) {
        case .failure(let problem): return .failure(problem)
        case .success(let parsed): doc = parsed
        }
        defer { xmlFreeDoc(doc) }
        if let problem = schema.problems(in: doc, name: name).first { return .failure(problem) }
        guard let root = xmlDocGetRootElement(doc) else {
            return .failure(.error(.scheduleEmpty, at: SourceLocation(file: name, line: 1, column: 1)))
        }
        do {
            return .success(try schedule(from: root, owner: owner, name: name))
        } catch {
            return .failure(error)
        }
    }

    private static func schedule(from root: xmlNodePtr, owner: Owner?, name file: String) throws(Diagnostic) -> Schedule
    {
        func date(_ node: xmlNodePtr, _ key: String) throws(Diagnostic) -> CivilDate { try Self.date(node, key, file) }
        var schedule = Schedule(
            title: "", organization: "", issued: CivilDate(dayNumber: 0), calendar: "", phases: [],
            days: [], loads: [], optimal: attribute(root, "optimal") == "true")
        for section in children(root) {
            switch name(of: section) {
            case "campaign":
                schedule.title = attribute(section, "title")
                schedule.organization = attribute(section, "organization")
                schedule.issued = try date(section, "issued")
                schedule.calendar = attribute(section, "calendar")
                if let owner { try check(section, schedule, belongsTo: owner, file) }
            case "phases":
                schedule.phases = try children(section).map { (p) throws(Diagnostic) in
                    Schedule.Phase(
                        id: attribute(p, "id"), name: attribute(p, "name"), start: try date(p, "start"),
                        end: try date(p, "end"), isPublic: attribute(p, "public") == "true")
                }
            case "days":
                // The schema requires the phases before the days and every day's phase among them.
                let phaseNames = Dictionary(schedule.phases.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
                schedule.days = try children(section).map { (day) throws(Diagnostic) in
                    let leader = children(day).first
                    let phaseID = attribute(day, "phase")
                    return RosterDay(
                        date: try date(day, "date"), phaseID: phaseID, phaseName: phaseNames[phaseID] ?? phaseID,
                        isNonWorking: attribute(day, "non-working") == "true",
                        leader: LeaderName(
                            id: leader.map { attribute($0, "id") } ?? "",
                            name: leader.map { attribute($0, "name") } ?? "",
                            title: leader.map { attribute($0, "title") } ?? ""))
                }
            case "load":
                schedule.loads = children(section).map {
                    LeaderLoad(
                        leader: LeaderName(
                            id: attribute($0, "id"), name: attribute($0, "name"), title: attribute($0, "title")),
                        duties: Int(attribute($0, "duties")) ?? 0,
                        weekendDuties: Int(attribute($0, "weekend-duties")) ?? 0)
                }
            case "revisions":
                schedule.revisions = try children(section).map { (r) throws(Diagnostic) in
                    Schedule.Revision(
                        issued: try date(r, "issued"), replaces: try date(r, "replaces"),
                        changedDays: Int(attribute(r, "changed-days")) ?? 0,
                        noticeChanged: attribute(r, "notice-changed") == "true")
                }
            default:
                break
            }
        }
        return schedule
    }

    private static func check(
        _ node: xmlNodePtr, _ schedule: Schedule, belongsTo owner: Owner, _ file: String
    )
        throws(Diagnostic)
    {
        var differences: [Phrase] = []
        if schedule.title != owner.title {
            differences.append(
                Phrase(
                    zh: "标题“\(schedule.title)”（本活动：“\(owner.title)”）",
                    en: "title '\(schedule.title)' (this campaign: '\(owner.title)')"))
        }
        if schedule.organization != owner.organization {
            differences.append(
                Phrase(
                    zh: "单位“\(schedule.organization)”（本活动：“\(owner.organization)”）",
                    en: "organization '\(schedule.organization)' (this campaign: '\(owner.organization)')"))
        }
        guard differences.isEmpty else {
            throw .error(.scheduleOtherCampaign, ["differences": Phrase.list(differences)], at: at(node, file))
        }
    }

    private static func children(_ node: xmlNodePtr) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    private static func name(of node: xmlNodePtr) -> String { String(cString: node.pointee.name) }

    /// The schema has already required the attribute, so absence cannot happen here.
    private static func attribute(_ node: xmlNodePtr, _ key: String) -> String {
        guard let value = xmlGetProp(node, key) else { return "" }
        defer { jiefang_xmlFree(value) }
        return String(cString: value)
    }

    /// jiefang writes plain YYYY-MM-DD; the schema also allows a zone suffix, which is refused.
    private static func date(_ node: xmlNodePtr, _ key: String, _ file: String) throws(Diagnostic) -> CivilDate {
        let text = attribute(node, key)
        guard let date = CivilDate(iso: text) else {
            throw .error(.scheduleDate, ["key": "\(key)", "raw": "\(text)"], at: at(node, file))
        }
        return date
    }

    private static func at(_ node: xmlNodePtr, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: max(1, Int(xmlGetLineNo(node))), column: 1)
    }
}
