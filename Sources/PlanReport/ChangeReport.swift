import CampaignSpec
import Diagnostics
import ScheduleXML

/// What a re-plan changed against the schedule leaders were already given (SPEC §5): the
/// days whose leader changed, days added or dropped by new dates, who must be told, and
/// whether the posted notice must be reprinted.
public struct ChangeReport: Sendable {
    /// A day of either plan: `before` is nil for an added day, `after` for a dropped one.
    public struct Day: Sendable {
        public let date: CivilDate
        public let phaseName: String
        public let before: LeaderName?
        public let after: LeaderName?
        /// On the public notice, in the old plan or the new.
        public let isPublic: Bool
    }

    /// A leader whose duty days are not what they were told.
    public struct Notice: Sendable {
        public let leader: LeaderName
        /// False for a leader who has left the roster: they only need to hear they are free.
        public let isOnRoster: Bool
        public let gained: [CivilDate]
        public let lost: [CivilDate]
        /// All their days in the new plan.
        public let days: [CivilDate]
    }

    /// An appointment booked with a day's leader, as a re-plan needs it: number, day, time and
    /// leader, nothing about the petitioner.
    public struct BookedAppointment: Sendable, Equatable {
        public let number: String
        public let date: CivilDate
        public let time: String
        public let leader: String

        public init(number: String, date: CivilDate, time: String, leader: String) {
            self.number = number
            self.date = date
            self.time = time
            self.leader = leader
        }
    }

    /// A booked appointment whose day the re-plan gave to another leader: whom to call.
    public struct MovedAppointment: Sendable {
        public let appointment: BookedAppointment
        public let before: LeaderName
        public let after: LeaderName?
    }

    /// The booked appointments of changed or dropped days that were with the day's old leader.
    public var movedAppointments: [MovedAppointment] = []

    /// This report with the appointments it moves, from those booked.
    public func moving(_ booked: [BookedAppointment]) -> ChangeReport {
        var report = self
        let days = Dictionary((changed + dropped).map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        report.movedAppointments = booked.compactMap { appointment in
            guard let day = days[appointment.date], let before = day.before, before.id == appointment.leader else {
                return nil
            }
            return MovedAppointment(appointment: appointment, before: before, after: day.after)
        }.sorted {
            ($0.appointment.date, $0.appointment.time, $0.appointment.number) < (
                $1.appointment.date, $1.appointment.time, $1.appointment.number
            )
        }
        return report
    }

    /// The `issued` date of the plan this one is compared with.
    public let previousIssued: CivilDate
    public let changed: [Day]
    public let added: [Day]
    public let dropped: [Day]
    /// In roster order, then leaders who have left in the old plan's order.
    public let leadersToTell: [Notice]
    /// Whether any line of the public notice differs: a public day changed leader, was added
    /// or dropped, or its leader's name, title or phase name changed.
    public let reprintNotice: Bool
    /// Every posting site when the notice must be reprinted, none otherwise.
    public let sitesToReprint: [Site]

    public var isEmpty: Bool { changed.isEmpty && added.isEmpty && dropped.isEmpty && !reprintNotice }

    public init(previous: Schedule, now: PlanView, campaign: Campaign) {
        let oldPhases = Dictionary(previous.phases.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newPublic = Set(campaign.phases.filter(\.isPublic).map(\.id))
        let old = Dictionary(previous.days.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        let new = Dictionary(now.days.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
        func oldIsPublic(_ d: RosterDay) -> Bool { oldPhases[d.phaseID]?.isPublic ?? true }

        var changed: [Day] = [], added: [Day] = [], dropped: [Day] = []
        for day in now.days {
            let isPublic = newPublic.contains(day.phaseID)
            guard let was = old[day.date] else {
                added.append(
                    Day(date: day.date, phaseName: day.phaseName, before: nil, after: day.leader, isPublic: isPublic))
                continue
            }
            if was.leader.id != day.leader.id {
                changed.append(
                    Day(
                        date: day.date, phaseName: day.phaseName, before: was.leader, after: day.leader,
                        isPublic: isPublic || oldIsPublic(was)))
            }
        }
        for was in previous.days where new[was.date] == nil {
            dropped.append(
                Day(
                    date: was.date, phaseName: was.phaseName, before: was.leader,
                    after: nil, isPublic: oldIsPublic(was)))
        }
        self.previousIssued = previous.issued
        self.changed = changed
        self.added = added
        self.dropped = dropped.sorted { $0.date < $1.date }

        // The notice's lines, as far as a schedule records them.
        let oldNotice = previous.days.filter(oldIsPublic).map {
            [$0.date.iso, $0.leader.id, $0.leader.name, $0.leader.title, $0.phaseName]
        }
        let newNotice = now.days.filter { newPublic.contains($0.phaseID) }.map {
            [$0.date.iso, $0.leader.id, $0.leader.name, $0.leader.title, $0.phaseName]
        }
        reprintNotice = oldNotice != newNotice
        sitesToReprint = reprintNotice ? campaign.sites : []
        leadersToTell = Self.notices(previous: previous, now: now, campaign: campaign)
    }

    private static func notices(previous: Schedule, now: PlanView, campaign: Campaign) -> [Notice] {
        var oldDays: [String: Set<CivilDate>] = [:], newDays: [String: [CivilDate]] = [:]
        for d in previous.days { oldDays[d.leader.id, default: []].insert(d.date) }
        for d in now.days { newDays[d.leader.id, default: []].append(d.date) }
        let onRoster = Set(campaign.leaders.map(\.id))
        // Leaders who left, in the order the old plan lists them.
        var gone: [LeaderName] = []
        for load in previous.loads where !onRoster.contains(load.leader.id) { gone.append(load.leader) }
        let everyone = campaign.leaders.map(LeaderName.init) + gone
        return everyone.compactMap { leader in
            let was = oldDays[leader.id] ?? [], now = newDays[leader.id] ?? []
            let gained = now.filter { !was.contains($0) }
            let lost = was.subtracting(now).sorted()
            guard !gained.isEmpty || !lost.isEmpty else { return nil }
            return Notice(
                leader: leader, isOnRoster: onRoster.contains(leader.id), gained: gained, lost: lost, days: now)
        }
    }

    /// A changed plan needs a new date on what is printed, or the revision line would say the
    /// new arrangement replaces one issued the same day or later.
    public func staleIssuedWarning(_ campaign: Campaign) -> Diagnostic? {
        guard !isEmpty, campaign.issued <= previousIssued else { return nil }
        return Diagnostic(
            .warning, .staleIssued, ["issued": campaign.issued.phrase, "previous": previousIssued.phrase],
            at: campaign.issuedLocation ?? SourceLocation(file: campaign.sourceFile, line: 1, column: 1))
    }

    /// The schedule's revision history after this build: one entry more when it changed anything.
    public func revisions(after previous: Schedule, issued: CivilDate) -> [Schedule.Revision] {
        guard !isEmpty else { return previous.revisions }
        return previous.revisions + [
            Schedule.Revision(
                issued: issued, replaces: previous.issued,
                changedDays: changed.count + added.count + dropped.count,
                noticeChanged: reprintNotice)
        ]
    }
}
