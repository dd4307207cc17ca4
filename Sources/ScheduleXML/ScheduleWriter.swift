import CLibXML2
import Diagnostics

/// Writes `schedule.xml` through libxml2, so every value is escaped by the XML library itself,
/// and checks the bytes against the schema before anyone writes them to disk.
public enum ScheduleWriter {
    /// The document's bytes, or every way it fails `schema`: a bug in jiefang, or in an
    /// edited `schedule.xsd`.
    public static func xml(_ schedule: Schedule, schema: XMLSchemaCheck) -> Result<[UInt8], DiagnosticLog> {
        let bytes = serialize(schedule)
        let problems = schema.problems(in: bytes, name: "schedule.xml")
        return problems.isEmpty ? .success(bytes) : .failure(DiagnosticLog(problems))
    }

    static func serialize(_ schedule: Schedule) -> [UInt8] {
        xmlInitParser()
        let doc = xmlNewDoc("1.0")!
        defer { xmlFreeDoc(doc) }
        let root = xmlNewDocNode(doc, nil, "schedule", nil)!
        xmlDocSetRootElement(doc, root)
        set(root, "format", "1")
        set(root, "optimal", schedule.optimal ? "true" : "false")

        let campaign = child(root, "campaign")
        set(campaign, "title", schedule.title)
        set(campaign, "organization", schedule.organization)
        set(campaign, "issued", schedule.issued.iso)
        set(campaign, "calendar", schedule.calendar)

        let phases = child(root, "phases")
        for phase in schedule.phases {
            let node = child(phases, "phase")
            set(node, "id", phase.id)
            set(node, "name", phase.name)
            set(node, "start", phase.start.iso)
            set(node, "end", phase.end.iso)
            set(node, "public", phase.isPublic ? "true" : "false")
        }

        let days = child(root, "days")
        for duty in schedule.days {
            let node = child(days, "day")
            set(node, "date", duty.date.iso)
            set(node, "phase", duty.phaseID)
            set(node, "non-working", duty.isNonWorking ? "true" : "false")
            let leader = child(node, "leader")
            set(leader, "id", duty.leader.id)
            set(leader, "name", duty.leader.name)
            set(leader, "title", duty.leader.title)
        }

        let load = child(root, "load")
        for entry in schedule.loads {
            let node = child(load, "leader")
            set(node, "id", entry.leader.id)
            set(node, "name", entry.leader.name)
            set(node, "title", entry.leader.title)
            set(node, "duties", String(entry.duties))
            set(node, "weekend-duties", String(entry.weekendDuties))
        }

        if !schedule.revisions.isEmpty {
            let revisions = child(root, "revisions")
            for revision in schedule.revisions {
                let node = child(revisions, "revision")
                set(node, "issued", revision.issued.iso)
                set(node, "replaces", revision.replaces.iso)
                set(node, "changed-days", String(revision.changedDays))
                set(node, "notice-changed", revision.noticeChanged ? "true" : "false")
            }
        }

        var buffer: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpFormatMemoryEnc(doc, &buffer, &size, "UTF-8", 1)
        guard let buffer else { return [] }
        defer { jiefang_xmlFree(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: Int(size)))
    }

    private static func child(_ parent: xmlNodePtr, _ name: String) -> xmlNodePtr {
        xmlNewChild(parent, nil, name, nil)!
    }

    private static func set(_ node: xmlNodePtr, _ name: String, _ value: String) {
        xmlNewProp(node, name, value)
    }
}
