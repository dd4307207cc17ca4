/// A leader as public lists name them: id, name and title, never the phone.
public struct LeaderName: Sendable, Hashable {
    public let id: String
    public let name: String
    public let title: String

    public init(id: String, name: String, title: String) {
        self.id = id
        self.name = name
        self.title = title
    }

    public init(_ leader: Leader) {
        self.init(id: leader.id, name: leader.name, title: leader.title)
    }
}

/// One planned duty day: the same facts in a new plan, in the table and JSON, in schedule.xml
/// and in the previous schedule a re-plan reads back.
public struct RosterDay: Sendable, Equatable {
    public var date: CivilDate
    public var phaseID: String
    public var phaseName: String
    /// A weekend or statutory holiday (less make-up workdays), whatever the calendar mode.
    public var isNonWorking: Bool
    public var leader: LeaderName

    public init(date: CivilDate, phaseID: String, phaseName: String, isNonWorking: Bool, leader: LeaderName) {
        self.date = date
        self.phaseID = phaseID
        self.phaseName = phaseName
        self.isNonWorking = isNonWorking
        self.leader = leader
    }
}

/// One leader's share of a plan.
public struct LeaderLoad: Sendable, Equatable {
    public var leader: LeaderName
    public var duties: Int
    public var weekendDuties: Int
    /// In duty days; nil with fewer than two duties, and in a schedule.xml, which does not record it.
    public var smallestGap: Int?

    public init(leader: LeaderName, duties: Int, weekendDuties: Int, smallestGap: Int? = nil) {
        self.leader = leader
        self.duties = duties
        self.weekendDuties = weekendDuties
        self.smallestGap = smallestGap
    }
}
