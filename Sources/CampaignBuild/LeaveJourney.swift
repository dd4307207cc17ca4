import CampaignSpec
import Diagnostics
import Foundation
import PlanReport

/// "A leader is called away" (SPEC §8), for every front end: the leave written into a copy of
/// the campaign file's text (nothing else in it changed), the campaign loaded and re-planned
/// against the output folder's schedule.xml as `build` would, and, once confirmed, the file
/// written, the leave recorded and the build run through the output folder's lock.
public enum LeaveJourney {
    /// Whose leave, and where it goes.
    public struct Request: Sendable {
        public var campaignFile: String
        public var leader: String
        public var span: DateSpan
        /// The output folder `build` writes, whose schedule.xml the re-plan keeps to.
        public var output: String
        /// Edited templates for the build, as `build --templates`.
        public var templates: String?
        /// The day the new notice goes out, written as the file's `issued` with the leave; nil
        /// keeps the file's date.
        public var issued: CivilDate?
        /// The appointments booked in the ledger, for the change report to name those moved.
        public var appointments: [ChangeReport.BookedAppointment] = []

        public init(
            campaignFile: String, leader: String, span: DateSpan, output: String, templates: String? = nil,
            issued: CivilDate? = nil
        ) {
            self.campaignFile = campaignFile
            self.leader = leader
            self.span = span
            self.output = output
            self.templates = templates
            self.issued = issued
        }
    }

    /// The re-plan the leave leads to, with the file's new text; nothing written yet.
    public struct Review: Sendable {
        public let request: Request
        public let editedText: String
        public let planned: PlannedCampaign
    }

    public static func review(_ request: Request) -> Result<Review, DiagnosticLog> {
        let path = request.campaignFile
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            return .failure(
                DiagnosticLog([
                    .error(.leaveUnreadable, at: SourceLocation(file: path))
                ]))
        }
        var edited: String
        switch LeaveEdit.adding(request.span, toLeader: request.leader, in: text, file: path) {
        case .success(let result): edited = result
        case .failure(let problem): return .failure(DiagnosticLog([problem]))
        }
        if let issued = request.issued {
            switch LeaveEdit.settingIssued(issued, in: edited, file: path) {
            case .success(let result): edited = result
            case .failure(let problem): return .failure(DiagnosticLog([problem]))
            }
        }
        let loaded = CampaignLoader.load(text: edited, file: path)
        guard let campaign = loaded.campaign else { return .failure(DiagnosticLog(loaded.diagnostics)) }
        guard campaign.leaders.first(where: { $0.id == request.leader })?.away.contains(request.span) == true else {
            return .failure(
                DiagnosticLog([
                    .error(.leaveNotWritten, at: SourceLocation(file: path))
                ]))
        }
        return CampaignPlanning.plan(.loaded(campaign), previous: .output(request.output), timeLimit: 10)
            .map { Review(request: request, editedText: edited, planned: $0.moving(request.appointments)) }
            .mapError { DiagnosticLog($0.diagnostics) }
    }

    /// Reviews the leave again (the file may have changed), writes it into the file, records it
    /// with `record`, and builds. The re-plan comes before the file is written, so a leave that
    /// leaves no possible roster never reaches the office's file.
    public static func confirm(
        _ request: Request, record: (Request) -> Result<Void, Diagnostic>
    ) -> Result<BuiltOutput, BuildFailure> {
        let review: Review
        switch Self.review(request) {
        case .success(let reviewed): review = reviewed
        case .failure(let problems):
            return .failure(BuildFailure(stage: .campaign(path: request.campaignFile), diagnostics: problems.items))
        }
        do {
            try Data(review.editedText.utf8).write(to: URL(fileURLWithPath: request.campaignFile), options: .atomic)
        } catch {
            return .failure(
                BuildFailure(
                    stage: .campaign(path: request.campaignFile),
                    diagnostics: [
                        .error(.leaveUnwritable, at: SourceLocation(file: request.campaignFile))
                    ]))
        }
        if case .failure(let problem) = record(request) {
            return .failure(BuildFailure(stage: .write, diagnostics: [problem]))
        }
        return CampaignBuild.build(
            BuildRequest(
                campaign: .file(request.campaignFile), output: request.output, templates: request.templates,
                appointments: request.appointments))
    }
}
