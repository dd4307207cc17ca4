import CampaignSpec

/// Case deadlines (SPEC §7): calendar days, the start day not counted; a deadline that falls on
/// a weekend or statutory holiday moves to the next working day (China's calendar, make-up
/// workdays included, and the campaign's own `holidays` and `workdays`).
public struct DeadlineCalendar: Sendable {
    public let limits: CaseDeadlines
    private let holidays: Set<CivilDate>
    private let workdays: Set<CivilDate>

    public init(campaign: Campaign) {
        limits = campaign.deadlines
        holidays = Set(campaign.extraHolidays)
        workdays = Set(campaign.extraWorkdays)
    }

    public func isWorkingDay(_ date: CivilDate) -> Bool {
        !DutyCalendar.isNonWorking(date, holidays: holidays, workdays: workdays)
    }

    /// `days` after `start`, moved on to the next working day when it falls on a day off.
    public func due(_ start: CivilDate, plus days: Int) -> CivilDate {
        var date = start.adding(days: days)
        while !isWorkingDay(date) { date = date.adding(days: 1) }
        return date
    }

    /// When the petitioner must be told whether and how the matter is handled (Art 23).
    public func notifyBy(accepted: CivilDate) -> CivilDate { due(accepted, plus: limits.notify) }

    /// When the case must be finished (Art 34).
    public func finishBy(accepted: CivilDate) -> CivilDate { due(accepted, plus: limits.finish) }
}
