import CampaignSpec
import Diagnostics
import Dispatch
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
    /// The index page's path, which `index(_:templates:)` renders again.
    public static let indexPath = "index.html"

    /// One piece of the rendering: its files, or why they could not be made.
    public typealias Page = @Sendable () -> Result<[OutputFile], Diagnostic>

    /// The work of rendering every file, one piece a page (or a rota with its calendar), in the
    /// files' fixed order; each piece reads only shared read-only data, so they may run at once
    /// (`ParallelWork`). schedule.xml is written and checked against the schema first: a failure
    /// there stops the build before any page is rendered.
    public static func pages(
        _ plain: BuildSource, templates: TemplateSet
    )
        -> Result<[Page], DiagnosticLog>
    {
        let schedule: [UInt8]
        switch scheduleXML(plain, templates: templates) {
        case .success(let bytes): schedule = bytes
        case .failure(let error): return .failure(error)
        }
        let source = plain.memoized()
        // Read-only from here on, so the pages may read them from several threads at once.
        nonisolated(unsafe) let shared = Views.shared.context(source)
        nonisolated(unsafe) let document = Views.document.context(source, shared: shared)
        var pages: [Page] = [
            { .success([html(indexPath, templates.render(.index, document))]) },
            { .success([html("notice.html", templates.render(.notice, document))]) },
            { .success([html("plan.html", templates.render(.plan, document))]) },
            { .success([html("posting.html", templates.render(.posting, document))]) },
            { WordDocument.file("plan.docx", templates.render(.planDocument, document), templates: templates) },
            { WordDocument.file("notice.docx", templates.render(.noticeDocument, document), templates: templates) },
            {
                .success([
                    html(
                        "registers.html", templates.render(.registers, Views.registers.context(source, shared: shared)))
                ])
            },
            { .success([OutputFile(path: "schedule.xml", bytes: schedule)]) },
        ]
        for leader in source.campaign.leaders.indices {
            pages.append {
                let rota = Views.rota.context(RotaItem(build: source, leader: leader), shared: shared)
                let id = source.campaign.leaders[leader].id
                return .success([
                    html(OutputPaths.rota(id), templates.render(.rota, rota)),
                    OutputFile(
                        path: OutputPaths.rotaCalendar(id),
                        bytes: Array(calendar(rota, templates: templates).utf8)),
                ])
            }
        }
        for duty in source.duties {
            pages.append {
                let register = Views.register.context(duty, shared: shared)
                return .success([html(OutputPaths.register(duty.day.date), templates.render(.register, register))])
            }
        }
        return .success(pages)
    }

    /// The index page alone: what changes when PDFs could not be printed after all.
    public static func index(_ source: BuildSource, templates: TemplateSet) -> OutputFile {
        html(indexPath, templates.render(.index, Views.document.context(source, shared: Views.shared.context(source))))
    }

    /// The public notice alone, for the web page's live preview.
    public static func notice(_ source: BuildSource, templates: TemplateSet) -> String {
        templates.render(.notice, Views.document.context(source, shared: Views.shared.context(source)))
    }

    /// One leader's duty calendar, for the web page.
    public static func rotaCalendar(_ source: BuildSource, leader: Int, templates: TemplateSet) -> String {
        calendar(
            Views.rota.context(RotaItem(build: source, leader: leader), shared: Views.shared.context(source)),
            templates: templates)
    }

    /// The web page's events added to a leader's calendar: their appointments.
    public static let webAppointmentsCalendar = "web-appointments.ics.mustache"

    /// The same calendar with more events (a leader's appointments, for the web page), put before
    /// its end; `events` is the rendered `web-appointments.ics.mustache`.
    public static func rotaCalendar(
        _ source: BuildSource, leader: Int, templates: TemplateSet, adding events: [String: Any]
    ) -> String {
        let rota = templates.render(
            .rotaCalendar,
            Views.rota.context(RotaItem(build: source, leader: leader), shared: Views.shared.context(source)))
        let extra = templates.render(webAppointmentsCalendar, events)
        return ICalendarText.lines(rota.replacingOccurrences(of: "END:VCALENDAR", with: extra + "END:VCALENDAR"))
    }

    /// A rota's calendar, folded and ended as RFC 5545 wants its lines.
    static func calendar(_ rota: [String: Any], templates: TemplateSet) -> String {
        ICalendarText.lines(templates.render(.rotaCalendar, rota))
    }

    /// One leader's rota as plain text, for `jiefang rota`.
    public static func rotaText(_ source: BuildSource, leader: Int, templates: TemplateSet) -> String {
        templates.render(
            .rotaText,
            Views.rota.context(
                RotaItem(build: source, leader: leader),
                shared: Views.shared.context(source)))
    }

    static func scheduleXML(_ source: BuildSource, templates: TemplateSet) -> Result<[UInt8], DiagnosticLog> {
        let check: XMLSchemaCheck
        switch templates.scheduleSchema() {
        case .success(let compiled): check = compiled
        case .failure(let error): return .failure(DiagnosticLog([error]))
        }
        switch ScheduleWriter.xml(ScheduleMapping.schedule(source), schema: check) {
        case .success(let bytes): return .success(bytes)
        case .failure(let problems):
            return .failure(
                DiagnosticLog(
                    problems.items.map {
                        .error(
                            .scheduleBreaksSchema, ["schema": "\(ScheduleSchema.fileName)", "detail": $0.text],
                            at: $0.location)
                    }))
        }
    }

    private static func html(_ path: String, _ text: String) -> OutputFile {
        OutputFile(path: path, bytes: Array(text.utf8))
    }
}

/// The plan in the shape `schedule.xml` carries it.
enum ScheduleMapping {
    static func schedule(_ source: BuildSource) -> Schedule {
        let c = source.campaign
        return Schedule(
            title: c.title, organization: c.organization, issued: c.issued, calendar: c.calendar.rawValue,
            phases: c.phases.map {
                Schedule.Phase(id: $0.id, name: $0.name, start: $0.start, end: $0.end, isPublic: $0.isPublic)
            },
            days: source.days,
            // schedule.xml does not record the smallest gap.
            loads: source.planned.plan.loads.map {
                LeaderLoad(leader: $0.leader, duties: $0.duties, weekendDuties: $0.weekendDuties)
            },
            optimal: source.planned.plan.plan.isOptimal, revisions: source.planned.revisions)
    }
}
