import CampaignSpec

/// The whole plan as `schedule.xml` carries it (SPEC §4): enough for another program, or a
/// later build, to know who is on duty on each day. No phone numbers.
public struct Schedule: Sendable, Equatable {
    public struct Phase: Sendable, Equatable {
        public var id: String
        public var name: String
        public var start: CivilDate
        public var end: CivilDate
        public var isPublic: Bool

        public init(id: String, name: String, start: CivilDate, end: CivilDate, isPublic: Bool) {
            self.id = id
            self.name = name
            self.start = start
            self.end = end
            self.isPublic = isPublic
        }
    }

    /// One build that changed an earlier plan: kept in every later schedule, so a rebuild that
    /// changes nothing still prints the revision lines of the last real change.
    public struct Revision: Sendable, Equatable {
        /// The campaign's `issued` date in the build that made the change.
        public var issued: CivilDate
        /// The `issued` date of the plan it replaced.
        public var replaces: CivilDate
        /// Days whose leader changed, added days and dropped days.
        public var changedDays: Int
        /// Whether the public notice changed, so every posting site had to reprint it.
        public var noticeChanged: Bool

        public init(issued: CivilDate, replaces: CivilDate, changedDays: Int, noticeChanged: Bool) {
            self.issued = issued
            self.replaces = replaces
            self.changedDays = changedDays
            self.noticeChanged = noticeChanged
        }
    }

    public var title: String
    public var organization: String
    public var issued: CivilDate
    public var calendar: String
    public var phases: [Phase]
    public var days: [RosterDay]
    public var loads: [LeaderLoad]
    /// Whether the planner proved objectives 1–3 optimal.
    public var optimal: Bool
    /// Oldest first; empty for a plan made from scratch.
    public var revisions: [Revision]

    /// Who was on duty each day: what a re-plan keeps to (`PlanningProblem(previous:)`).
    public var leaderIDsByDate: [CivilDate: String] {
        Dictionary(days.map { ($0.date, $0.leader.id) }, uniquingKeysWith: { first, _ in first })
    }

    public init(
        title: String, organization: String, issued: CivilDate, calendar: String, phases: [Phase],
        days: [RosterDay], loads: [LeaderLoad], optimal: Bool, revisions: [Revision] = []
    ) {
        self.title = title
        self.organization = organization
        self.issued = issued
        self.calendar = calendar
        self.phases = phases
        self.days = days
        self.loads = loads
        self.optimal = optimal
        self.revisions = revisions
    }
}
