import CampaignSpec
import Diagnostics
import PlanReport

/// The campaign a build starts from: a file, or a campaign already loaded and checked (the
/// benchmark's generated campaigns).
public enum CampaignSource: Sendable {
    case file(String)
    case loaded(Campaign)
}

/// The schedule.xml a re-plan keeps to (SPEC §5), whether it must exist, and what to do
/// instead when it is unusable.
public struct PreviousSchedule: Sendable {
    public let path: String
    public let mustExist: Bool
    public let instead: Phrase

    /// `build`'s own output folder: a first build has no schedule yet.
    public static func output(_ folder: String) -> PreviousSchedule {
        PreviousSchedule(
            path: OutputLayout.join(folder, "schedule.xml"), mustExist: false,
            instead: Phrase(
                zh: "要重新排班并替换它，请加 --fresh 再生成", en: "to plan from scratch and replace it, build with --fresh"))
    }

    /// `--previous FILE`, named by the user.
    public static func named(_ path: String) -> PreviousSchedule {
        PreviousSchedule(
            path: path, mustExist: true,
            instead: Phrase(zh: "去掉 --previous 即可重新排班", en: "leave out --previous to plan from scratch"))
    }
}

/// Everything `jiefang build` is asked to do.
public struct BuildRequest: Sendable {
    public var campaign: CampaignSource
    /// The output folder.
    public var output: String
    /// A folder of edited templates, each replacing the built-in one of the same name.
    public var templates: String?
    /// Plan from scratch instead of keeping to the output folder's schedule.xml.
    public var fresh: Bool
    /// Search steps are counted against this many seconds (200,000 a second).
    public var timeLimit: Double
    /// Print PDFs too, when given.
    public var pdf: PDFRequest?
    /// Seconds to wait for another build writing the same folder (`--wait`).
    public var wait: Double
    /// The appointments booked in the ledger (number, day, time, leader), for the change report
    /// to name those a re-plan moves; none when there is no ledger.
    public var appointments: [ChangeReport.BookedAppointment]

    public init(
        campaign: CampaignSource, output: String, templates: String? = nil, fresh: Bool = false,
        timeLimit: Double = 10, pdf: PDFRequest? = nil, wait: Double = 30,
        appointments: [ChangeReport.BookedAppointment] = []
    ) {
        self.appointments = appointments
        self.campaign = campaign
        self.output = output
        self.templates = templates
        self.fresh = fresh
        self.timeLimit = timeLimit
        self.pdf = pdf
        self.wait = wait
    }
}

/// Where to find Chromium for `--pdf`.
public struct PDFRequest: Sendable {
    /// `--chromium PATH`, when given.
    public var chromium: String?
    /// The folders to look for Chromium and fc-list in (the front end's PATH).
    public var searchPath: String

    public init(chromium: String?, searchPath: String) {
        self.chromium = chromium
        self.searchPath = searchPath
    }
}

/// Why a build or a plan stopped, with everything it found on the way (warnings included),
/// in the order found. Nothing was written.
public struct BuildFailure: Error, Sendable {
    public enum Stage: Sendable, Equatable {
        /// The templates folder or a template is broken.
        case templates
        /// The campaign file is broken.
        case campaign(path: String)
        /// The previous schedule.xml is unusable.
        case previousSchedule
        /// No roster keeps the rules.
        case plan
        /// Rendering failed: an edited schema the output breaks.
        case render
        /// The output folder could not be replaced, or another build holds it.
        case write
    }

    public let stage: Stage
    public let diagnostics: [Diagnostic]

    public init(stage: Stage, diagnostics: [Diagnostic]) {
        self.stage = stage
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
}

/// Paths inside and beside the output folder.
enum OutputLayout {
    /// `folder/name`; `name` alone for an empty folder.
    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name)
    }
}
