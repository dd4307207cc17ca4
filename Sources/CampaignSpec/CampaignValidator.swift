import Diagnostics

/// Cross-checks between sections: dates against phases, references against the roster.
struct CampaignValidator {
    var log: DiagnosticLog
    let file: String

    /// Ten years: longer is surely a typo in a year, and would only make the planner slow.
    static let longestCampaign = 3660

    mutating func checkPhases(_ phases: [Phase]) {
        if let first = phases.map(\.start).min(), let last = phases.map(\.end).max(),
            last.dayNumber - first.dayNumber >= CampaignValidator.longestCampaign, let phase = phases.last
        {
            log.error(
                "the campaign spans \(last.dayNumber - first.dayNumber + 1) days (\(first)..\(last)); "
                    + "jiefang plans campaigns of at most \(CampaignValidator.longestCampaign) days", at: phase.location
            )
            return
        }
        var seen: [String: Phase] = [:]
        for (index, phase) in phases.enumerated() {
            if let first = seen[phase.id] {
                log.error(
                    "duplicate phase id '\(phase.id)' (first used at line \(first.location.line))", at: phase.location)
            }
            seen[phase.id] = seen[phase.id] ?? phase
            if phase.end < phase.start {
                log.error(
                    "phase '\(phase.id)' ends (\(phase.end)) before it starts (\(phase.start))", at: phase.location)
                continue
            }
            guard index > 0 else { continue }
            let previous = phases[index - 1]
            guard previous.start <= previous.end else { continue }
            if phase.start < previous.start {
                log.error(
                    "phases must be in date order: '\(phase.id)' starts (\(phase.start)) before '\(previous.id)' (\(previous.start))",
                    at: phase.location)
            } else if phase.start < previous.end {
                let shared = previous.end.dayNumber - phase.start.dayNumber + 1
                log.error(
                    "phase '\(phase.id)' overlaps '\(previous.id)' by \(shared) days (\(phase.start)..\(previous.end)); neighbours may share only one boundary day",
                    at: phase.location)
            } else if phase.start == previous.end {
                log.warning(
                    "phase '\(phase.id)' starts on the day '\(previous.id)' ends (\(phase.start)); that day is counted once, in '\(previous.id)'",
                    at: phase.location)
            }
        }
    }

    mutating func checkLeaders(_ drafts: [LeaderDraft], campaignSpan: DateSpan?, emptyAt: SourceLocation?) {
        if drafts.isEmpty, let emptyAt {
            log.error("the roster is empty: at least one leader must be on duty", at: emptyAt)
        }
        var ids: [String: SourceLocation] = [:]
        var principal: LeaderDraft?
        for draft in drafts {
            let leader = draft.leader
            if let first = ids[leader.id] {
                log.error(
                    "duplicate leader id '\(leader.id)' (first used at \(first.file):\(first.line))",
                    at: draft.idLocation)
            } else {
                ids[leader.id] = draft.idLocation
            }
            if leader.isPrincipal {
                if let first = principal {
                    log.error(
                        "two principals (第一责任人): '\(first.leader.id)' and '\(leader.id)'; at most one leader may be principal",
                        at: draft.principalLocation ?? leader.location)
                } else {
                    principal = draft
                }
            }
            // Leave is a fact about the leader, not the campaign (SPEC §2): when the dates move it
            // stays as written, and only its days inside the campaign count.
            guard let campaignSpan else { continue }
            for (span, loc) in zip(leader.away, draft.awayLocations)
            where span.end < campaignSpan.start || span.start > campaignSpan.end {
                log.warning(
                    "away \(span.text) of '\(leader.id)' lies wholly outside the campaign (\(campaignSpan.text)); "
                        + "it is kept, and counts only if the dates move onto it", at: loc)
            }
        }
    }

    mutating func checkDateOverrides(_ dates: [(CivilDate, SourceLocation)], campaignSpan: DateSpan?) {
        guard let campaignSpan else { return }
        var reported = Set<SourceLocation>()
        for (date, loc) in dates where !campaignSpan.contains(date) && !reported.contains(loc) {
            reported.insert(loc)
            log.warning("\(date) is outside the campaign (\(campaignSpan.text)) and has no effect", at: loc)
        }
    }

    mutating func resolvePins(
        _ drafts: [PinDraft], rejected: RejectedEntries, phases: [Phase], leaders: [Leader],
        rules: Rules, calendar: DutyCalendar
    ) -> [Pin] {
        let days = calendar.days
        let dayIndex = Dictionary(
            days.enumerated().map { ($0.element.date, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let leaderIDs = leaders.map(\.id)
        var pins: [Pin] = []
        var byDate: [CivilDate: Pin] = [:]
        for draft in drafts {
            var resolved: CivilDate?
            if let dot = draft.day.lastIndex(of: "."), CivilDate(iso: draft.day) == nil {
                let phaseID = String(draft.day[..<dot]), which = String(draft.day[draft.day.index(after: dot)...])
                if let phaseIndex = phases.firstIndex(where: { $0.id == phaseID }) {
                    let phaseDays = days.filter { $0.phaseIndex == phaseIndex }
                    switch which {
                    case "first", "last":
                        if let d = which == "first" ? phaseDays.first : phaseDays.last {
                            resolved = d.date
                        } else {
                            log.error(
                                "pin day '\(draft.day)': phase '\(phaseID)' has no duty days", at: draft.dayLocation)
                        }
                    default:
                        log.error(
                            "pin day '\(draft.day)' must end in '.first' or '.last'"
                                + Suggestion.hint(for: which, among: ["first", "last"]),
                            at: draft.dayLocation)
                    }
                } else if !rejected.phaseIDs.contains(phaseID) {
                    log.error(
                        "pin day '\(draft.day)' names unknown phase '\(phaseID)'"
                            + Suggestion.hint(for: phaseID, among: phases.map(\.id)),
                        at: draft.dayLocation)
                }
            } else if let date = CivilDate(iso: draft.day) {
                resolved = date
                if dayIndex[date] == nil {
                    let inside = phases.contains { $0.start <= date && date <= $0.end }
                    log.error(
                        inside
                            ? "pin day \(date) is not a duty day (the working-days calendar skips it)"
                            : "pin day \(date) is outside the campaign's phases", at: draft.dayLocation)
                    resolved = nil
                }
            } else {
                log.error(
                    "pin day '\(draft.day)' must be a date (YYYY-MM-DD) or PHASE.first / PHASE.last",
                    at: draft.dayLocation)
            }
            guard let leader = leaders.first(where: { $0.id == draft.leaderID }) else {
                if rejected.wholeRoster || rejected.leaderIDs.contains(draft.leaderID) { continue }
                log.error(
                    "pin names unknown leader '\(draft.leaderID)'"
                        + Suggestion.hint(for: draft.leaderID, among: leaderIDs),
                    at: draft.leaderLocation)
                continue
            }
            guard let date = resolved else { continue }
            if leader.isAway(on: date) {
                log.error("pin puts '\(leader.id)' on duty on \(date), a day they are away", at: draft.dayLocation)
                continue
            }
            let pin = Pin(date: date, leaderID: leader.id, written: draft.day, location: draft.dayLocation)
            if let other = byDate[date] {
                log.error(
                    "two pins on \(date): '\(other.leaderID)' (line \(other.location.line)) and '\(leader.id)'",
                    at: draft.dayLocation)
                continue
            }
            if let close = pins.first(where: { p in
                p.leaderID == leader.id && abs(dayIndex[p.date]! - dayIndex[date]!) <= rules.restDays
            }) {
                log.error(
                    "pins put '\(leader.id)' on duty on \(close.date) and \(date), closer than rest_days (\(rules.restDays)) allows",
                    at: draft.dayLocation)
                continue
            }
            byDate[date] = pin
            pins.append(pin)
        }
        return pins
    }

    mutating func checkSites(_ sites: [(Site, SourceLocation)]) {
        var seen: [String: SourceLocation] = [:]
        for (site, loc) in sites {
            if let first = seen[site.id] {
                log.error("duplicate site id '\(site.id)' (first used at line \(first.line))", at: loc)
            } else {
                seen[site.id] = loc
            }
        }
    }

    mutating func warnAboutCalendar(
        _ calendar: DutyCalendar, phases: [Phase], mode: CalendarMode, at loc: SourceLocation
    ) {
        guard !phases.isEmpty, phases.allSatisfy({ $0.start <= $0.end }), !log.hasErrors else { return }
        if mode == .workingDays {
            for year in calendar.yearsWithoutData {
                log.warning(
                    "no official holiday data for \(year): only weekends are skipped that year; list its holidays under 'holidays' and make-up workdays under 'workdays'",
                    at: loc)
            }
        }
        if calendar.days.isEmpty {
            log.error("the campaign has no duty days", at: loc)
        }
    }
}
