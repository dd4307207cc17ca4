import Diagnostics

/// A validated campaign: everything the planner and the renderers need, with dates
/// resolved and every reference checked. Built only by `CampaignLoader`.
public struct Campaign: Sendable {
    public var title: String
    public var organization: String
    public var office: Office
    public var issued: CivilDate
    public var calendar: CalendarMode
    public var extraHolidays: [CivilDate]
    public var extraWorkdays: [CivilDate]
    public var phases: [Phase]
    public var reception: Reception
    public var leaders: [Leader]
    public var rules: Rules
    public var pins: [Pin]
    public var sites: [Site]
    /// The file the campaign was read from, as given by the user.
    public var sourceFile: String
    /// Where `issued` is written, for warnings about the date printed on outputs.
    public var issuedLocation: SourceLocation?
    /// The case ledger's file as written (`ledger:`), relative to the campaign file; nil for
    /// the default, `ledger.sqlite` beside it.
    public var ledger: String?
    /// How long a case may take (SPEC §7).
    public var deadlines = CaseDeadlines()
    /// How appointments (约访) are booked (`appointments:`).
    public var appointments = AppointmentSlots()
    /// The topics a visit may be filed under (`topics:`).
    public var topics = Campaign.standardTopics
    /// Where the roster was read from when it is kept in a spreadsheet (`leaders: {csv|xlsx: FILE}`).
    public var rosterFile: RosterFile?

    public static let standardTopics = ["土地征收", "劳动社保", "城乡建设", "涉农", "涉法涉诉", "生态环境", "其他"]

    public init(
        title: String, organization: String, office: Office, issued: CivilDate,
        calendar: CalendarMode, extraHolidays: [CivilDate], extraWorkdays: [CivilDate],
        phases: [Phase], reception: Reception, leaders: [Leader], rules: Rules,
        pins: [Pin], sites: [Site], sourceFile: String
    ) {
        self.title = title
        self.organization = organization
        self.office = office
        self.issued = issued
        self.calendar = calendar
        self.extraHolidays = extraHolidays
        self.extraWorkdays = extraWorkdays
        self.phases = phases
        self.reception = reception
        self.leaders = leaders
        self.rules = rules
        self.pins = pins
        self.sites = sites
        self.sourceFile = sourceFile
    }

    public var firstDay: CivilDate { phases.map(\.start).min() ?? issued }
    public var lastDay: CivilDate { phases.map(\.end).max() ?? issued }

    public func leader(id: String) -> Leader? { leaders.first { $0.id == id } }
}

public enum CalendarMode: String, Sendable, CaseIterable {
    /// Every calendar day of every phase is a duty day.
    case everyDay = "every-day"
    /// Weekends and statutory holidays are skipped; official make-up workdays are kept.
    case workingDays = "working-days"
}

public struct Office: Sendable, Hashable {
    public var name: String
    public var phone: String
    /// Optional: the notice leaves its line out without it.
    public var address: String?

    public init(name: String, phone: String, address: String?) {
        self.name = name
        self.phone = phone
        self.address = address
    }
}

public struct Phase: Sendable, Hashable {
    public var id: String
    public var name: String
    public var start: CivilDate
    public var end: CivilDate
    /// Whether this phase's days appear on the public notice.
    public var isPublic: Bool
    public var location: SourceLocation

    public init(
        id: String, name: String, start: CivilDate, end: CivilDate, isPublic: Bool,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.start = start
        self.end = end
        self.isPublic = isPublic
        self.location = location
    }
}

public struct Reception: Sendable, Hashable {
    public var location: String
    public var hours: [TimeRange]
    public var methods: [String]

    public init(location: String, hours: [TimeRange], methods: [String]) {
        self.location = location
        self.hours = hours
        self.methods = methods
    }
}

/// A reception session within one day, e.g. `08:30-12:00`, in minutes after midnight.
public struct TimeRange: Sendable, Hashable {
    public var startMinute: Int
    public var endMinute: Int

    public init?(text: String) {
        let halves = text.split(separator: "-", omittingEmptySubsequences: false)
        guard halves.count == 2, let s = TimeRange.minutes(halves[0]), let e = TimeRange.minutes(halves[1]),
            s < e
        else { return nil }
        startMinute = s
        endMinute = e
    }

    private static func minutes(_ text: Substring) -> Int? {
        let hm = text.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, hm[0].count == 2, hm[1].count == 2,
            let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h) || (h == 24 && m == 0),
            (0...59).contains(m)
        else { return nil }
        return h * 60 + m
    }

    /// `08:30-12:00`.
    public var text: String { "\(startText)-\(endText)" }
    /// `08:30`.
    public var startText: String { TimeRange.clock(startMinute) }
    /// `12:00`.
    public var endText: String { TimeRange.clock(endMinute) }

    /// A minute after midnight as a clock reads it: 510 is `08:30`.
    public static func clock(_ minute: Int) -> String {
        let h = minute / 60, m = minute % 60
        return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
    }
}

public struct Leader: Sendable, Hashable {
    public var id: String
    public var name: String
    public var title: String
    /// Private: printed only on the leader's own rota.
    public var phone: String?
    /// 第一责任人.
    public var isPrincipal: Bool
    public var away: [DateSpan]
    public var location: SourceLocation

    public init(
        id: String, name: String, title: String, phone: String?, isPrincipal: Bool,
        away: [DateSpan], location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.title = title
        self.phone = phone
        self.isPrincipal = isPrincipal
        self.away = away
        self.location = location
    }

    public func isAway(on date: CivilDate) -> Bool { away.contains { $0.contains(date) } }
}

/// Days a case has (信访工作条例 2022): tell the petitioner within `notify` days of receipt (Art
/// 23), finish within `finish` days of acceptance (Art 34), one extension of at most `extend`.
public struct CaseDeadlines: Sendable, Hashable {
    public var notify: Int
    public var finish: Int
    public var extend: Int

    public init(notify: Int = 15, finish: Int = 60, extend: Int = 30) {
        self.notify = notify
        self.finish = finish
        self.extend = extend
    }
}

/// Appointments are booked in slots of `minutes` within the reception hours, at most `perSlot`
/// a slot for one leader (`appointments: {slot: 30, per_slot: 2}`).
public struct AppointmentSlots: Sendable, Hashable {
    public var minutes: Int
    public var perSlot: Int

    public init(minutes: Int = 30, perSlot: Int = 2) {
        self.minutes = minutes
        self.perSlot = perSlot
    }
}

public struct Rules: Sendable, Hashable {
    /// At least this many other duty days between two duties of one leader.
    public var restDays: Int
    /// Optional cap on one leader's duties.
    public var maxDuties: Int?

    public init(restDays: Int = 1, maxDuties: Int? = nil) {
        self.restDays = restDays
        self.maxDuties = maxDuties
    }
}

/// A fixed duty, resolved to a date.
public struct Pin: Sendable, Hashable {
    public var date: CivilDate
    public var leaderID: String
    /// How it was written (`resolution.first` or a date), for messages.
    public var written: String
    public var location: SourceLocation

    public init(date: CivilDate, leaderID: String, written: String, location: SourceLocation) {
        self.date = date
        self.leaderID = leaderID
        self.written = written
        self.location = location
    }
}

/// A place where the public notice is posted.
public struct Site: Sendable, Hashable {
    /// The kinds a site may be; templates print a label for each.
    public static let kinds = ["bulletin-board", "market", "main-road", "crossroads", "shop", "other"]

    public var id: String
    public var name: String
    public var kind: String
    public var copies: Int

    public init(id: String, name: String, kind: String, copies: Int) {
        self.id = id
        self.name = name
        self.kind = kind
        self.copies = copies
    }
}

/// A roster kept in a spreadsheet: the file, and how it was read ("CSV, GB18030", "Excel, sheet '班子成员'").
public struct RosterFile: Sendable, Equatable {
    public let path: String
    public let form: String

    public init(path: String, form: String) {
        self.path = path
        self.form = form
    }
}
