import CLibXML2
import CampaignSpec

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
    public static func read(_ bytes: [UInt8], name: String, schema: XMLSchemaCheck,
                            owner: Owner? = nil) -> Result<Schedule, XMLProblem> {
        let doc: xmlDocPtr
        switch XMLParsing.parse(bytes, name: name) {
        case .failure(let problem): return .failure(problem)
        case .success(let parsed): doc = parsed
        }
        defer { xmlFreeDoc(doc) }
        if let problem = schema.problems(in: doc).first { return .failure(problem) }
        guard let root = xmlDocGetRootElement(doc) else { return .failure(XMLProblem(line: 0, message: "the document is empty")) }
        do {
            return .success(try schedule(from: root, owner: owner))
        } catch {
            return .failure(error)
        }
    }

    private static func schedule(from root: xmlNodePtr, owner: Owner?) throws(XMLProblem) -> Schedule {
        var schedule = Schedule(title: "", organization: "", issued: CivilDate(dayNumber: 0), calendar: "", phases: [],
                                days: [], loads: [], optimal: attribute(root, "optimal") == "true")
        for section in children(root) {
            switch name(of: section) {
            case "campaign":
                schedule.title = attribute(section, "title")
                schedule.organization = attribute(section, "organization")
                schedule.issued = try date(section, "issued")
                schedule.calendar = attribute(section, "calendar")
                if let owner { try check(section, schedule, belongsTo: owner) }
            case "phases":
                schedule.phases = try children(section).map { (p) throws(XMLProblem) in
                    Schedule.Phase(id: attribute(p, "id"), name: attribute(p, "name"), start: try date(p, "start"),
                                   end: try date(p, "end"), isPublic: attribute(p, "public") == "true")
                }
            case "days":
                schedule.days = try children(section).map { (day) throws(XMLProblem) in
                    let leader = children(day).first
                    return Schedule.Duty(date: try date(day, "date"), phaseID: attribute(day, "phase"),
                                         isNonWorking: attribute(day, "non-working") == "true",
                                         leaderID: leader.map { attribute($0, "id") } ?? "",
                                         leaderName: leader.map { attribute($0, "name") } ?? "",
                                         leaderTitle: leader.map { attribute($0, "title") } ?? "")
                }
            case "load":
                schedule.loads = children(section).map {
                    Schedule.Load(leaderID: attribute($0, "id"), name: attribute($0, "name"), title: attribute($0, "title"),
                                  duties: Int(attribute($0, "duties")) ?? 0,
                                  weekendDuties: Int(attribute($0, "weekend-duties")) ?? 0)
                }
            case "revisions":
                schedule.revisions = try children(section).map { (r) throws(XMLProblem) in
                    Schedule.Revision(issued: try date(r, "issued"), replaces: try date(r, "replaces"),
                                      changedDays: Int(attribute(r, "changed-days")) ?? 0,
                                      noticeChanged: attribute(r, "notice-changed") == "true")
                }
            default:
                break
            }
        }
        return schedule
    }

    private static func check(_ node: xmlNodePtr, _ schedule: Schedule, belongsTo owner: Owner) throws(XMLProblem) {
        var differences: [String] = []
        if schedule.title != owner.title { differences.append("title '\(schedule.title)' (this campaign: '\(owner.title)')") }
        if schedule.organization != owner.organization {
            differences.append("organization '\(schedule.organization)' (this campaign: '\(owner.organization)')")
        }
        guard differences.isEmpty else {
            throw XMLProblem(line: Int(xmlGetLineNo(node)),
                             message: "this schedule belongs to another campaign: " + differences.joined(separator: ", "))
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
    private static func date(_ node: xmlNodePtr, _ key: String) throws(XMLProblem) -> CivilDate {
        let text = attribute(node, key)
        guard let date = CivilDate(iso: text) else {
            throw XMLProblem(line: Int(xmlGetLineNo(node)), message: "'\(key)': '\(text)' is not a YYYY-MM-DD date")
        }
        return date
    }
}
