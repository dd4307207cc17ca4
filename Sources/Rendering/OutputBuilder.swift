import CampaignSpec
import ScheduleXML

/// One file of the output folder, rendered in memory.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, with `/` separators.
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Renders every file a build writes (SPEC §4), in memory, in a fixed order.
public enum OutputBuilder {
    public static func files(_ source: BuildSource, templates: TemplateSet) -> Result<[OutputFile], BuildError> {
        let schedule: [UInt8]
        switch scheduleXML(source, templates: templates) {
        case .success(let bytes): schedule = bytes
        case .failure(let error): return .failure(error)
        }
        let shared = Views.shared.context(source)
        let document = Views.document.context(source, shared: shared)
        var files: [OutputFile] = [
            html("index.html", templates.render(.index, document)),
            html("notice.html", templates.render(.notice, document)),
            html("plan.html", templates.render(.plan, document)),
            html("posting.html", templates.render(.posting, document)),
            html("registers.html", templates.render(.registers, Views.registers.context(source, shared: shared))),
            OutputFile(path: "schedule.xml", bytes: schedule),
        ]
        for leader in source.campaign.leaders.indices {
            let rota = Views.rota.context(BuildSource.Rota(build: source, leader: leader), shared: shared)
            let id = source.campaign.leaders[leader].id
            files.append(html(OutputPaths.rota(id), templates.render(.rota, rota)))
            files.append(OutputFile(path: OutputPaths.rotaCalendar(id),
                                    bytes: Array(ICalendarText.lines(templates.render(.rotaCalendar, rota)).utf8)))
        }
        for duty in source.duties {
            let register = Views.register.context(BuildSource.Register(build: source, duty: duty), shared: shared)
            files.append(html(OutputPaths.register(duty.date), templates.render(.register, register)))
        }
        return .success(files)
    }

    /// One leader's rota as plain text, for `jiefang rota`.
    public static func rotaText(_ source: BuildSource, leader: Int, templates: TemplateSet) -> String {
        templates.render(.rotaText, Views.rota.context(BuildSource.Rota(build: source, leader: leader),
                                                      shared: Views.shared.context(source)))
    }

    static func scheduleXML(_ source: BuildSource, templates: TemplateSet) -> Result<[UInt8], BuildError> {
        let check: XMLSchemaCheck
        switch templates.scheduleSchema() {
        case .success(let compiled): check = compiled
        case .failure(let error): return .failure(error)
        }
        switch ScheduleWriter.xml(ScheduleMapping.schedule(source), schema: check) {
        case .success(let bytes): return .success(bytes)
        case .failure(.invalid(let problems)):
            return .failure(.invalidSchedule(problems.map {
                Diagnostic(.error, "schedule.xml breaks \(TemplateSet.schema): \($0.message)",
                           at: SourceLocation(file: "schedule.xml", line: max(1, $0.line), column: 1))
            }))
        }
    }

    private static func html(_ path: String, _ text: String) -> OutputFile { OutputFile(path: path, bytes: Array(text.utf8)) }
}

public enum BuildError: Error, Sendable {
    case schema(Diagnostic)
    /// The written schedule does not match the schema: a bug, or an edited schema.
    case invalidSchedule([Diagnostic])

    public var diagnostics: [Diagnostic] {
        switch self {
        case .schema(let d): return [d]
        case .invalidSchedule(let ds): return ds
        }
    }
}

/// The plan in the shape `schedule.xml` carries it.
enum ScheduleMapping {
    static func schedule(_ source: BuildSource) -> Schedule {
        let c = source.campaign
        return Schedule(
            title: c.title, organization: c.organization, issued: c.issued, calendar: c.calendar.rawValue,
            phases: c.phases.map { Schedule.Phase(id: $0.id, name: $0.name, start: $0.start, end: $0.end, isPublic: $0.isPublic) },
            days: source.duties.map {
                let leader = source.leader(of: $0)
                return Schedule.Duty(date: $0.date, phaseID: source.phase(of: $0).id, isNonWorking: $0.isNonWorking,
                                     leaderID: leader.id, leaderName: leader.name, leaderTitle: leader.title)
            },
            loads: source.plan.loads.map {
                Schedule.Load(leaderID: $0.leaderID, name: $0.name, title: $0.title, duties: $0.duties,
                              weekendDuties: $0.weekendDuties)
            },
            optimal: source.plan.plan.isOptimal, revisions: source.revisions)
    }
}
