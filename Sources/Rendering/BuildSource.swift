import CampaignSpec
import PlanReport
import ScheduleXML

/// Everything a build renders from: the campaign, its plan, what loading it warned about,
/// and what the plan changed against the previous schedule.
public struct BuildSource: Sendable {
    public let campaign: Campaign
    public let plan: PlanView
    /// Loader warnings and `replanWarnings`, shown on the index page.
    public let warnings: [Diagnostic]
    /// What re-planning found questionable, such as an unchanged `issued` date on a changed plan.
    public let replanWarnings: [Diagnostic]
    /// Against the previous schedule; nil for a plan made from scratch.
    public let changes: ChangeReport?
    /// The revision history the new schedule.xml carries, oldest first.
    public let revisions: [Schedule.Revision]
    /// Whether this build also prints PDFs (`build --pdf`), so the index links them.
    public var withPDFs = false
    let duties: [Duty]
    /// Each leader's duties, as indices into `duties`, in roster order.
    let dutiesByLeader: [[Int]]

    /// - Parameter previous: the schedule the plan was made to keep (`PlanningProblem(previous:)`).
    public init(campaign: Campaign, plan: PlanView, warnings: [Diagnostic], previous: Schedule? = nil) {
        self.campaign = campaign
        self.plan = plan
        let changes = previous.map { ChangeReport(previous: $0, now: plan, campaign: campaign) }
        self.changes = changes
        replanWarnings = changes.flatMap { $0.staleIssuedWarning(campaign) }.map { [$0] } ?? []
        self.warnings = warnings + replanWarnings
        revisions = previous.flatMap { changes?.revisions(after: $0, issued: campaign.issued) } ?? []
        let leaderIndex = Dictionary(uniqueKeysWithValues: campaign.leaders.enumerated().map { ($1.id, $0) })
        let phaseIndex = Dictionary(uniqueKeysWithValues: campaign.phases.enumerated().map { ($1.id, $0) })
        var duties: [Duty] = []
        var byLeader = Array(repeating: [Int](), count: campaign.leaders.count)
        for (i, day) in plan.days.enumerated() {
            let leader = leaderIndex[day.leaderID] ?? 0
            duties.append(Duty(index: i, date: day.date, phase: phaseIndex[day.phaseID] ?? 0, leader: leader,
                               isNonWorking: day.isNonWorking))
            byLeader[leader].append(i)
        }
        self.duties = duties
        self.dutiesByLeader = byLeader
    }

    /// One duty day of the plan.
    struct Duty: Sendable {
        let index: Int
        let date: CivilDate
        let phase: Int
        let leader: Int
        let isNonWorking: Bool
    }

    func phase(of duty: Duty) -> Phase { campaign.phases[duty.phase] }
    func leader(of duty: Duty) -> Leader { campaign.leaders[duty.leader] }
    func previous(_ duty: Duty) -> Duty? { duty.index > 0 ? duties[duty.index - 1] : nil }
    func next(_ duty: Duty) -> Duty? { duty.index + 1 < duties.count ? duties[duty.index + 1] : nil }
    var publicDuties: [Duty] { duties.filter { campaign.phases[$0.phase].isPublic } }

    /// A leader's own rota.
    struct Rota: Sendable {
        let build: BuildSource
        let leader: Int
        var duties: [Duty] { build.dutiesByLeader[leader].map { build.duties[$0] } }
    }

    /// One day's reception register.
    struct Register: Sendable {
        let build: BuildSource
        let duty: Duty
    }
}

/// Where each output lives inside the output folder; names come only from validated ids and dates.
public enum OutputPaths {
    public static func rota(_ leaderID: String) -> String { "rota/\(leaderID).html" }
    public static func rotaCalendar(_ leaderID: String) -> String { "rota/\(leaderID).ics" }
    public static func register(_ date: CivilDate) -> String { "register/\(date.iso).html" }

    /// The PDF `build --pdf` prints a page to: the notice, posting list, plan, every rota and
    /// all registers in one; nil for pages that are not printed (the index, single registers).
    public static func pdf(for htmlPath: String) -> String? {
        let printed = ["notice.html", "posting.html", "plan.html", "registers.html"]
        let isRota = htmlPath.hasPrefix("rota/") && htmlPath.hasSuffix(".html")
        guard printed.contains(htmlPath) || isRota else { return nil }
        return String(htmlPath.dropLast(".html".count)) + ".pdf"
    }
}
