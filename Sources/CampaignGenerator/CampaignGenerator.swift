import CampaignSpec
import Diagnostics

/// Builds synthetic campaigns for property tests and benchmarks: three phases over the
/// requested span, a roster with leave, and optional pins.
public struct CampaignShape: Sendable {
    public var start: CivilDate
    public var days: Int
    public var leaders: Int
    public var restDays: Int
    public var maxDuties: Int?
    public var calendar: CalendarMode
    /// Chance that a leader has some leave, and the longest leave in days.
    public var leaveChance: Double
    public var longestLeave: Int
    public var pins: Int

    public init(
        start: CivilDate = CivilDate(year: 2026, month: 1, day: 5)!, days: Int, leaders: Int, restDays: Int = 1,
        maxDuties: Int? = nil, calendar: CalendarMode = .everyDay, leaveChance: Double = 0.3,
        longestLeave: Int = 5, pins: Int = 0
    ) {
        self.start = start
        self.days = days
        self.leaders = leaders
        self.restDays = restDays
        self.maxDuties = maxDuties
        self.calendar = calendar
        self.leaveChance = leaveChance
        self.longestLeave = longestLeave
        self.pins = pins
    }
}

public enum CampaignGenerator {
    public static func make(_ shape: CampaignShape, seed: UInt64) -> Campaign {
        var rng = SeededRandom(seed: seed)
        let here = SourceLocation(file: "generated.yaml", line: 1, column: 1)
        let end = shape.start.adding(days: shape.days - 1)
        // Three phases, the first two sharing nothing, the last sharing its first day as the seed's do.
        let cut1 = shape.start.adding(days: shape.days / 4)
        let cut2 = shape.start.adding(days: shape.days / 2)
        var phases: [Phase] = []
        if shape.days >= 4 {
            phases = [
                Phase(
                    id: "mobilization", name: "动员部署阶段", start: shape.start, end: cut1.adding(days: -1), isPublic: true,
                    location: here),
                Phase(id: "resolution", name: "化解问题阶段", start: cut1, end: cut2, isPublic: true, location: here),
                Phase(id: "review", name: "督查总结阶段", start: cut2, end: end, isPublic: true, location: here),
            ]
        } else {
            phases = [
                Phase(id: "resolution", name: "化解问题阶段", start: shape.start, end: end, isPublic: true, location: here)
            ]
        }
        var leaders: [Leader] = []
        for i in 0..<shape.leaders {
            var away: [DateSpan] = []
            if rng.chance(shape.leaveChance) {
                for _ in 0..<rng.int(1...2) {
                    let length = rng.int(1...max(1, shape.longestLeave))
                    let first = rng.int(0...max(0, shape.days - 1))
                    let last = min(shape.days - 1, first + length - 1)
                    away.append(DateSpan(start: shape.start.adding(days: first), end: shape.start.adding(days: last)))
                }
            }
            leaders.append(
                Leader(
                    id: "leader-\(i + 1)", name: "领导\(i + 1)", title: "职务\(i + 1)",
                    phone: "1380000\(String(1000 + i).suffix(4))", isPrincipal: i == 0, away: away, location: here))
        }
        let campaign = Campaign(
            title: "领导干部大接访活动", organization: "某某镇人民政府",
            office: Office(name: "镇信访办", phone: "0768-1234567", address: "镇政府一楼"),
            issued: shape.start.adding(days: -1), calendar: shape.calendar, extraHolidays: [], extraWorkdays: [],
            phases: phases,
            reception: Reception(location: "镇政府二楼会议室", hours: [TimeRange(text: "08:30-12:00")!], methods: ["定点接访"]),
            leaders: leaders, rules: Rules(restDays: shape.restDays, maxDuties: shape.maxDuties),
            pins: [], sites: [Site(id: "gov-board", name: "镇政府公开栏", kind: "bulletin-board", copies: 1)],
            sourceFile: "generated.yaml")
        var withPins = campaign
        let days = DutyCalendar(campaign: campaign).days
        var pinnedDates = Set<CivilDate>()
        for _ in 0..<shape.pins where !days.isEmpty && !leaders.isEmpty {
            let day = days[rng.int(0...(days.count - 1))].date
            let leader = leaders[rng.int(0...(leaders.count - 1))]
            guard !leader.isAway(on: day), !pinnedDates.contains(day) else { continue }
            pinnedDates.insert(day)
            withPins.pins.append(Pin(date: day, leaderID: leader.id, written: day.iso, location: here))
        }
        return withPins
    }
}
