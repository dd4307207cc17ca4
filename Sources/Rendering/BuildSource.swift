import CampaignSpec
import Diagnostics
import PlanReport
import ScheduleXML

/// Everything a build renders from: a planned campaign, and whether the build also prints PDFs.
/// The views below name what each template's list items are made from.
public struct BuildSource: Sendable {
    public let planned: PlannedCampaign
    /// Whether this build also prints PDFs (`build --pdf`), so the index links them.
    public var withPDFs: Bool
    /// Each leader's duty days, as positions in `days`, in roster order.
    let daysByLeader: [[Int]]
    let publicPhaseIDs: Set<String>
    /// Contexts computed once per build, shared by every page that shows them.
    var memo: RenderMemo?

    public init(_ planned: PlannedCampaign, withPDFs: Bool = false) {
        self.planned = planned
        self.withPDFs = withPDFs
        let position = Dictionary(
            planned.campaign.leaders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byLeader = Array(repeating: [Int](), count: planned.campaign.leaders.count)
        for (i, day) in planned.plan.days.enumerated() {
            if let leader = position[day.leader.id] { byLeader[leader].append(i) }
        }
        daysByLeader = byLeader
        publicPhaseIDs = Set(planned.campaign.phases.filter(\.isPublic).map(\.id))
    }

    public var campaign: Campaign { planned.campaign }
    var days: [RosterDay] { planned.plan.days }

    /// The same source, with each duty day's context computed once (on every core) for all
    /// the pages that show it.
    func memoized() -> BuildSource {
        var copy = self
        let contexts = ParallelWork.run(duties.map { day in { RenderMemo.Context(Views.duty.context(day)) } })
        copy.memo = RenderMemo(duties: contexts.map(\.value))
        return copy
    }
    var duties: [DutyItem] { days.indices.map { DutyItem(build: self, index: $0) } }
    var publicDuties: [DutyItem] { duties.filter { publicPhaseIDs.contains($0.day.phaseID) } }
}

/// Each duty day's template context, computed once for the days list, the registers and the rotas.
final class RenderMemo: @unchecked Sendable {
    // Written once before any page renders, then only read.
    let duties: [[String: Any]]

    init(duties: [[String: Any]]) { self.duties = duties }

    /// A context handed from the thread that computed it; nothing changes it afterwards.
    struct Context: @unchecked Sendable {
        let value: [String: Any]
        init(_ value: [String: Any]) { self.value = value }
    }
}

/// One duty day of the plan, and where it stands among the others.
struct DutyItem: Sendable {
    let build: BuildSource
    let index: Int
    var day: RosterDay { build.days[index] }
    var previous: DutyItem? { index > 0 ? DutyItem(build: build, index: index - 1) : nil }
    var next: DutyItem? { index + 1 < build.days.count ? DutyItem(build: build, index: index + 1) : nil }
}

/// A leader of the roster, with their share of the plan.
struct LeaderItem: Sendable {
    let build: BuildSource
    let index: Int
    var leader: Leader { build.campaign.leaders[index] }
    var load: LeaderLoad { build.planned.plan.loads[index] }
}

/// A phase, with its place among the phases.
struct PhaseItem: Sendable {
    let build: BuildSource
    let index: Int
    var phase: Phase { build.campaign.phases[index] }
    var isLast: Bool { index == build.campaign.phases.count - 1 }
}

/// A leader's own rota.
struct RotaItem: Sendable {
    let build: BuildSource
    let leader: Int
    var owner: LeaderItem { LeaderItem(build: build, index: leader) }
    var duties: [DutyItem] { build.daysByLeader[leader].map { DutyItem(build: build, index: $0) } }
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
