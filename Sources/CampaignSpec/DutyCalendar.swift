/// One day on which a leader must be on duty.
public struct DutyDay: Sendable, Hashable {
    public let date: CivilDate
    /// Index into `Campaign.phases`.
    public let phaseIndex: Int
    /// A weekend or statutory holiday (less make-up workdays), whatever the calendar mode:
    /// the planner spreads these days evenly too.
    public let isNonWorking: Bool

    public init(date: CivilDate, phaseIndex: Int, isNonWorking: Bool) {
        self.date = date
        self.phaseIndex = phaseIndex
        self.isNonWorking = isNonWorking
    }
}

/// Which days of a campaign are duty days, and which of them are days off for most people.
public struct DutyCalendar: Sendable {
    public let days: [DutyDay]
    /// Years in the campaign for which no official holiday data is shipped.
    public let yearsWithoutData: [Int]

    public init(phases: [Phase], mode: CalendarMode, extraHolidays: [CivilDate], extraWorkdays: [CivilDate]) {
        let holidays = Set(extraHolidays), workdays = Set(extraWorkdays)
        var days: [DutyDay] = []
        var seen = Set<CivilDate>()
        var missing = Set<Int>()
        for (index, phase) in phases.enumerated() where phase.start <= phase.end {
            for date in DateSpan(start: phase.start, end: phase.end).dates where !seen.contains(date) {
                seen.insert(date)
                if !ChinaHolidays.hasData(for: date.year) { missing.insert(date.year) }
                let nonWorking = DutyCalendar.isNonWorking(date, holidays: holidays, workdays: workdays)
                if mode == .workingDays && nonWorking { continue }
                days.append(DutyDay(date: date, phaseIndex: index, isNonWorking: nonWorking))
            }
        }
        self.days = days.sorted { $0.date < $1.date }
        self.yearsWithoutData = missing.sorted()
    }

    public init(campaign: Campaign) {
        self.init(
            phases: campaign.phases, mode: campaign.calendar,
            extraHolidays: campaign.extraHolidays, extraWorkdays: campaign.extraWorkdays)
    }

    /// Extra holidays and workdays in the campaign file win over the official calendar.
    public static func isNonWorking(_ date: CivilDate, holidays: Set<CivilDate>, workdays: Set<CivilDate>) -> Bool {
        if holidays.contains(date) { return true }
        if workdays.contains(date) { return false }
        if let official = ChinaHolidays.kind(of: date) { return official == .holiday }
        return date.isWeekend
    }
}
