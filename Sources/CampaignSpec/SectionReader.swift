import Diagnostics
import Yams

/// Reads each section of the campaign file into model values, then hands the cross-checks
/// (dates, references) to `CampaignValidator`.
struct SectionReader {
    var fields: YAMLFields
    /// What was written but rejected for other errors: references to it are not reported again.
    var rejected = RejectedEntries()
    /// A file the campaign names (the roster), by the path written: the path to show and its bytes.
    let readFile: (String) -> (path: String, bytes: [UInt8])?
    /// Where the roster came from, when it is kept in a spreadsheet.
    var rosterFile: RosterFile?

    static let idPattern = "[a-z0-9-]+"
    static let siteKinds = Site.kinds

    init(fields: YAMLFields, readFile: @escaping (String) -> (path: String, bytes: [UInt8])?) {
        self.fields = fields
        self.readFile = readFile
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    mutating func read(_ root: Node) -> Campaign? {
        let required = ["title", "organization", "office", "issued", "phases", "reception", "leaders"]
        guard let top = fields.mapping(root, what: .theCampaign, allowed: CampaignLoader.topKeys, required: required)
        else {
            return nil
        }
        let title = fields.text(top, "title", what: .theCampaign)
        let organization = fields.text(top, "organization", what: .theCampaign)
        let issued = fields.date(top, "issued", what: .theCampaign)
        let office = top.values["office"].flatMap { readOffice($0) }
        let calendar = readCalendarMode(top)
        let holidays = readDates(top, "holidays")
        let workdays = readDates(top, "workdays")
        let phases = top.values["phases"].map { readPhases(top, $0) } ?? []
        let reception = top.values["reception"].flatMap { readReception($0) }
        let errorsBeforeRoster = fields.log.errors.count
        let leaders = top.values["leaders"].map { readLeaders($0) } ?? []
        if fields.log.errors.count > errorsBeforeRoster && leaders.isEmpty { rejected.wholeRoster = true }
        let rosterEmptyAt =
            leaders.isEmpty && fields.log.errors.count == errorsBeforeRoster
            ? top.values["leaders"].map { fields.location($0) } : nil
        let rules = top.values["rules"].map { readRules($0) } ?? Rules()
        let pins = top.values["pins"].map { _ in readPins(top) } ?? []
        let sites = top.values["sites"].map { _ in readSites(top) } ?? []
        let ledger = fields.text(top, "ledger", what: .theCampaign)
        let deadlines = top.values["deadlines"].map { readDeadlines($0) } ?? CaseDeadlines()
        let appointments = top.values["appointments"].map { readAppointments($0) } ?? AppointmentSlots()
        let topics =
            top.values["topics"] != nil ? (fields.textList(top, "topics", what: .theCampaign) ?? []).map(\.0) : nil

        var validator = CampaignValidator(log: fields.log, file: fields.file)
        validator.checkPhases(phases)
        let span = campaignSpan(phases)
        validator.checkLeaders(leaders, campaignSpan: span, emptyAt: rosterEmptyAt)
        validator.checkDateOverrides(holidays + workdays, campaignSpan: span)
        let calendarMode = calendar ?? .everyDay
        validator.checkSites(sites)
        // One calendar for the pins and the warnings; none for a campaign already refused as too long.
        let tooLong = (span.map { $0.end.dayNumber - $0.start.dayNumber } ?? 0) >= CampaignValidator.longestCampaign
        var resolvedPins: [Pin] = []
        if !tooLong {
            let dutyCalendar = DutyCalendar(
                phases: phases, mode: calendarMode, extraHolidays: holidays.map(\.0),
                extraWorkdays: workdays.map(\.0))
            resolvedPins = validator.resolvePins(
                pins, rejected: rejected, phases: phases, leaders: leaders.map(\.leader),
                rules: rules, calendar: dutyCalendar)
            validator.warnAboutCalendar(
                dutyCalendar, phases: phases, mode: calendarMode,
                at: top.keyLocations["calendar"] ?? top.keyLocations["phases"] ?? top.location)
        }
        fields.log = validator.log

        guard !fields.log.hasErrors, let title, let organization, let issued, let office, let reception else {
            return nil
        }
        var campaign = Campaign(
            title: title, organization: organization, office: office, issued: issued,
            calendar: calendarMode, extraHolidays: holidays.map(\.0), extraWorkdays: workdays.map(\.0),
            phases: phases, reception: reception, leaders: leaders.map(\.leader), rules: rules,
            pins: resolvedPins, sites: sites.map(\.0), sourceFile: fields.file)
        campaign.issuedLocation = top.values["issued"].map { fields.location($0) } ?? top.location
        campaign.ledger = ledger
        campaign.deadlines = deadlines
        campaign.appointments = appointments
        if let topics, !topics.isEmpty { campaign.topics = topics }
        return campaign
    }

    private func campaignSpan(_ phases: [Phase]) -> DateSpan? {
        guard let first = phases.map(\.start).min(), let last = phases.map(\.end).max(), first <= last else {
            return nil
        }
        return DateSpan(start: first, end: last)
    }

    private mutating func readOffice(_ node: Node) -> Office? {
        let what = Phrase.office
        guard
            let e = fields.mapping(
                node, what: what, allowed: ["name", "phone", "address"],
                required: ["name", "phone"])
        else { return nil }
        let address = fields.text(e, "address", what: what)
        guard let name = fields.text(e, "name", what: what), let phone = fields.text(e, "phone", what: what)
        else { return nil }
        return Office(name: name, phone: phone, address: address)
    }

    private mutating func readCalendarMode(_ top: Entries) -> CalendarMode? {
        guard let raw = fields.text(top, "calendar", what: .theCampaign) else { return nil }
        if let mode = CalendarMode(rawValue: raw) { return mode }
        let names = CalendarMode.allCases.map(\.rawValue)
        fields.log.error(
            .calendarUnknown,
            ["names": Phrase.list(names), "raw": "\(raw)", "hint": Suggestion.hint(for: raw, among: names)],
            at: fields.location(top.values["calendar"]!))
        return nil
    }

    /// `holidays` / `workdays`: dates or ranges, flattened to dates with their location.
    private mutating func readDates(_ top: Entries, _ key: String) -> [(CivilDate, SourceLocation)] {
        guard let items = fields.textList(top, key, what: .theCampaign) else { return [] }
        return items.flatMap { raw, loc in
            (fields.span(raw, key: key, at: loc)?.dates ?? []).map { ($0, loc) }
        }
    }

    private mutating func readPhases(_ top: Entries, _ node: Node) -> [Phase] {
        guard let items = fields.list(top, "phases", what: .theCampaign) else { return [] }
        if items.isEmpty { fields.log.error(.noPhases, at: fields.location(node)) }
        var phases: [Phase] = []
        var explicitPublic: [Bool?] = []
        for (index, item) in items.enumerated() {
            let what = Phrase.phase(index + 1)
            guard
                let e = fields.mapping(
                    item, what: what, allowed: ["id", "name", "start", "end", "public"],
                    required: ["id", "name", "start", "end"])
            else { continue }
            let id = readID(e, what: what)
            let name = fields.text(e, "name", what: what)
            let start = fields.date(e, "start", what: what)
            let end = fields.date(e, "end", what: what)
            let isPublic = fields.boolean(e, "public", what: what)
            guard let id, let name, let start, let end else {
                if let raw = e.values["id"].flatMap({ $0.scalar?.string }) { rejected.phaseIDs.insert(raw) }
                continue
            }
            phases.append(
                Phase(id: id, name: name, start: start, end: end, isPublic: isPublic ?? true, location: e.location))
            explicitPublic.append(isPublic)
        }
        // Marking some phases `public: true` means only those go on the notice; with no
        // marks at all, every phase does.
        if explicitPublic.contains(true) {
            for i in phases.indices where explicitPublic[i] == nil { phases[i].isPublic = false }
        }
        return phases
    }

    mutating func readID(_ e: Entries, what: Phrase) -> String? {
        guard let id = fields.text(e, "id", what: what) else { return nil }
        guard SectionReader.isValidID(id) else {
            fields.log.error(
                .badID, ["id": "\(id)", "what": what, "pattern": "\(SectionReader.idPattern)"],
                at: fields.location(e.values["id"]!))
            return nil
        }
        return id
    }

    private mutating func readReception(_ node: Node) -> Reception? {
        let what = Phrase.reception
        guard
            let e = fields.mapping(
                node, what: what, allowed: ["location", "hours", "methods"],
                required: ["location", "hours", "methods"])
        else { return nil }
        let location = fields.text(e, "location", what: what)
        var hours: [TimeRange] = []
        for (raw, loc) in fields.textList(e, "hours", what: what) ?? [] {
            if let range = TimeRange(text: raw.trimmingSpaces) {
                if let last = hours.last, range.startMinute < last.endMinute {
                    fields.log.error(.hoursOverlap, ["raw": "\(raw)"], at: loc)
                }
                hours.append(range)
            } else {
                fields.log.error(.hoursNotRange, ["raw": "\(raw)"], at: loc)
            }
        }
        let methods = (fields.textList(e, "methods", what: what) ?? []).map(\.0)
        if e.has("hours"), hours.isEmpty, !fields.log.hasErrors {
            fields.log.error(.hoursEmpty, at: fields.location(e.values["hours"]!))
        }
        guard let location, !hours.isEmpty else { return nil }
        return Reception(location: location, hours: hours, methods: methods)
    }

    /// The petition regulations' limits (信访工作条例 2022, Arts 23 and 34), for places whose
    /// local rules differ.
    private mutating func readDeadlines(_ node: Node) -> CaseDeadlines {
        let what = Phrase.deadlines
        guard let e = fields.mapping(node, what: what, allowed: ["notify", "finish", "extend"]) else {
            return CaseDeadlines()
        }
        let standard = CaseDeadlines()
        return CaseDeadlines(
            notify: fields.integer(e, "notify", what: what, minimum: 1, maximum: 366) ?? standard.notify,
            finish: fields.integer(e, "finish", what: what, minimum: 1, maximum: 366) ?? standard.finish,
            extend: fields.integer(e, "extend", what: what, minimum: 0, maximum: 366) ?? standard.extend)
    }

    private mutating func readAppointments(_ node: Node) -> AppointmentSlots {
        let what = Phrase(zh: "appointments（约访）", en: "appointments")
        guard let e = fields.mapping(node, what: what, allowed: ["slot", "per_slot"]) else { return AppointmentSlots() }
        let standard = AppointmentSlots()
        return AppointmentSlots(
            minutes: fields.integer(e, "slot", what: what, minimum: 5, maximum: 240) ?? standard.minutes,
            perSlot: fields.integer(e, "per_slot", what: what, minimum: 1, maximum: 50) ?? standard.perSlot)
    }

    private mutating func readRules(_ node: Node) -> Rules {
        let what = Phrase.rules
        guard let e = fields.mapping(node, what: what, allowed: ["rest_days", "max_duties"]) else { return Rules() }
        let rest = fields.integer(e, "rest_days", what: what, minimum: 0, maximum: 366) ?? 1
        let maxDuties = fields.integer(e, "max_duties", what: what, minimum: 1)
        return Rules(restDays: rest, maxDuties: maxDuties)
    }

    private mutating func readPins(_ top: Entries) -> [PinDraft] {
        guard let items = fields.list(top, "pins", what: .theCampaign) else { return [] }
        var pins: [PinDraft] = []
        for (index, item) in items.enumerated() {
            let what = Phrase.pin(index + 1)
            guard let e = fields.mapping(item, what: what, allowed: ["day", "leader"], required: ["day", "leader"]),
                let day = fields.text(e, "day", what: what), let leader = fields.text(e, "leader", what: what)
            else { continue }
            pins.append(
                PinDraft(
                    day: day.trimmingSpaces, dayLocation: fields.location(e.values["day"]!),
                    leaderID: leader, leaderLocation: fields.location(e.values["leader"]!)))
        }
        return pins
    }

    private mutating func readSites(_ top: Entries) -> [(Site, SourceLocation)] {
        guard let items = fields.list(top, "sites", what: .theCampaign) else { return [] }
        var sites: [(Site, SourceLocation)] = []
        for (index, item) in items.enumerated() {
            let what = Phrase.site(index + 1)
            guard
                let e = fields.mapping(
                    item, what: what, allowed: ["id", "name", "kind", "copies"],
                    required: ["id", "name", "kind"])
            else { continue }
            let id = readID(e, what: what)
            let name = fields.text(e, "name", what: what)
            var kind = fields.text(e, "kind", what: what)
            if let k = kind, !SectionReader.siteKinds.contains(k) {
                fields.log.error(
                    .siteKindUnknown,
                    [
                        "what": what, "kinds": Phrase.list(SectionReader.siteKinds), "raw": "\(k)",
                        "hint": Suggestion.hint(for: k, among: SectionReader.siteKinds),
                    ], at: fields.location(e.values["kind"]!))
                kind = nil
            }
            let copies = e.has("copies") ? fields.integer(e, "copies", what: what, minimum: 1) : 1
            guard let id, let name, let kind, let copies else { continue }
            sites.append((Site(id: id, name: name, kind: kind, copies: copies), fields.location(e.values["id"]!)))
        }
        return sites
    }
}

/// A pin as written, before its day is resolved against the phases.
struct PinDraft {
    let day: String
    let dayLocation: SourceLocation
    let leaderID: String
    let leaderLocation: SourceLocation
}

/// A leader with the locations of what may need pointing at later.
struct LeaderDraft {
    var leader: Leader
    var idLocation: SourceLocation
    var principalLocation: SourceLocation?
    var awayLocations: [SourceLocation]
}

/// Entries the reader rejected, so that references to them don't produce a second error.
struct RejectedEntries {
    var phaseIDs = Set<String>()
    var leaderIDs = Set<String>()
    /// The roster file could not be read at all.
    var wholeRoster = false
}
