import ArgumentParser
import CampaignSpec
import Foundation
import Rendering
import ScheduleXML

/// The schedule.xml a re-plan keeps to (SPEC §5): read, checked against the schema and
/// matched to the campaign, or reported with its file and line and a way out.
struct PreviousSchedule {
    /// The file to read, whether it must exist, and what to do instead when it is unusable.
    struct Request {
        let path: String
        let mustExist: Bool
        let instead: String

        /// `build`'s own output folder: a first build has no schedule yet.
        static func output(_ folder: String) -> Request {
            Request(path: (folder as NSString).appendingPathComponent("schedule.xml"), mustExist: false,
                    instead: "to plan from scratch and replace it, build with --fresh")
        }

        /// `--previous FILE`, named by the user.
        static func named(_ path: String) -> Request {
            Request(path: path, mustExist: true, instead: "leave out --previous to plan from scratch")
        }
    }

    /// The schedule, or nil when a first build finds none.
    /// - Parameter templates: asked for only when there is a schedule to check against their schema.
    static func load(_ request: Request?, for campaign: Campaign, templates: () throws -> TemplateSet) throws -> Schedule? {
        guard let request else { return nil }
        guard let data = FileManager.default.contents(atPath: request.path) else {
            if !request.mustExist && !FileManager.default.fileExists(atPath: request.path) { return nil }
            throw fail(request, line: 1, "cannot read the previous schedule")
        }
        let schema: XMLSchemaCheck
        switch try templates().scheduleSchema() {
        case .success(let compiled): schema = compiled
        case .failure(let error):
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            throw ExitCode(1)
        }
        let owner = ScheduleReader.Owner(title: campaign.title, organization: campaign.organization)
        switch ScheduleReader.read(Array(data), name: request.path, schema: schema, owner: owner) {
        case .success(let schedule): return schedule
        case .failure(let problem): throw fail(request, line: problem.line, "not a usable previous schedule: \(problem.message)")
        }
    }

    private static func fail(_ request: Request, line: Int, _ message: String) -> ExitCode {
        let at = SourceLocation(file: request.path, line: max(1, line), column: 1)
        // libxml2 ends its messages with a full stop; the advice follows after a semicolon.
        let sentence = message.hasSuffix(".") ? String(message.dropLast()) : message
        Console.error(Diagnostic(.error, "\(sentence); \(request.instead)", at: at).description)
        return ExitCode(1)
    }
}
