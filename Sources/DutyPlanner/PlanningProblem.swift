import CampaignSpec

/// The roster problem in the planner's own terms: duty days in order, leaders by roster
/// position, and which leader may take which day. Built from a campaign, or directly in tests.
public struct PlanningProblem: Sendable {
    public var days: [DutyDay]
    public var leaderIDs: [String]
    public var leaderNames: [String]
    /// `available[day][leader]`: not away, and not ruled out by a pin.
    public var available: [[Bool]]
    /// The pinned leader of each day, if any.
    public var pinned: [Int?]
    /// Away days per leader, for explaining why a day cannot be covered.
    public var away: [[Bool]]
    public var restDays: Int
    public var maxDuties: Int?
    /// The leader each day had in the previous plan (objective 1), if there was one.
    public var previous: [Int?]

    /// - Parameter previous: the previous plan's leader id by date; ids no longer on the
    ///   roster count as a change wherever they were.
    public init(campaign: Campaign, previous: [CivilDate: String] = [:]) {
        let days = DutyCalendar(campaign: campaign).days
        let ids = campaign.leaders.map(\.id)
        let index = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let dayIndex = Dictionary(days.enumerated().map { ($1.date, $0) }, uniquingKeysWith: { a, _ in a })
        var pinned = [Int?](repeating: nil, count: days.count)
        for pin in campaign.pins {
            if let d = dayIndex[pin.date], let l = index[pin.leaderID] { pinned[d] = l }
        }
        let away = days.map { day in campaign.leaders.map { $0.isAway(on: day.date) } }
        self.init(
            days: days, leaderIDs: ids, leaderNames: campaign.leaders.map(\.name), away: away, pinned: pinned,
            restDays: campaign.rules.restDays, maxDuties: campaign.rules.maxDuties,
            previous: days.map { day in previous[day.date].map { index[$0] ?? -1 } })
    }

    /// `previous` holds -1 for a leader who has left the roster.
    public init(
        days: [DutyDay], leaderIDs: [String], leaderNames: [String], away: [[Bool]], pinned: [Int?],
        restDays: Int, maxDuties: Int?, previous: [Int?]? = nil
    ) {
        self.days = days
        self.leaderIDs = leaderIDs
        self.leaderNames = leaderNames
        self.away = away
        self.pinned = pinned
        self.restDays = restDays
        self.maxDuties = maxDuties
        self.previous = previous ?? [Int?](repeating: nil, count: days.count)
        var available = away.map { $0.map { !$0 } }
        for (d, pin) in pinned.enumerated() {
            guard let p = pin else { continue }
            for l in leaderIDs.indices where l != p { available[d][l] = false }
            // A pinned leader cannot take a day so close to the pin that rest would be broken.
            for e in max(0, d - restDays)...min(days.count - 1, d + restDays) where e != d {
                available[e][p] = false
            }
        }
        self.available = available
    }

    /// Whether day d's leader in the previous plan may no longer take it (left the roster, away,
    /// or pinned elsewhere): such a day must change, so their count bounds objective 1 from below.
    public func mustChange(_ d: Int) -> Bool {
        previous[d].map { $0 < 0 || !available[d][$0] } ?? false
    }

    /// An assignment as the previous plan a later re-plan keeps to (`init(campaign:previous:)`).
    public func leaderIDsByDate(_ assignment: [Int]) -> [CivilDate: String] {
        Dictionary(zip(days, assignment).map { ($0.date, leaderIDs[$1]) }, uniquingKeysWith: { first, _ in first })
    }

    public var dayCount: Int { days.count }
    public var leaderCount: Int { leaderIDs.count }
}
