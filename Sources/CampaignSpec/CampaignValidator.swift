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
                .campaignTooLong,
                [
                    "days": "\(last.dayNumber - first.dayNumber + 1)", "span": DateSpan(start: first, end: last).phrase,
                    "longest": "\(CampaignValidator.longestCampaign)",
                ], at: phase.location)
            return
        }
        var seen: [String: Phase] = [:]
        for (index, phase) in phases.enumerated() {
            if let first = seen[phase.id] {
                log.error(
                    .phaseDuplicate, ["phase": "\(phase.id)", "line": "\(first.location.line)"], at: phase.location)
            }
            seen[phase.id] = seen[phase.id] ?? phase
            if phase.end < phase.start {
                log.error(
                    .phaseBackwards, ["phase": "\(phase.id)", "end": phase.end.phrase, "start": phase.start.phrase],
                    at: phase.location)
                continue
            }
            guard index > 0 else { continue }
            let previous = phases[index - 1]
            guard previous.start <= previous.end else { continue }
            if phase.start < previous.start {
                log.error(
                    .phasesOutOfOrder,
                    [
                        "phase": "\(phase.id)", "start": phase.start.phrase, "previous": "\(previous.id)",
                        "previousStart": previous.start.phrase,
                    ], at: phase.location)
            } else if phase.start < previous.end {
                let shared = previous.end.dayNumber - phase.start.dayNumber + 1
                log.error(
                    .phasesOverlap,
                    [
                        "phase": "\(phase.id)", "previous": "\(previous.id)", "days": "\(shared)",
                        "span": DateSpan(start: phase.start, end: previous.end).phrase,
                    ], at: phase.location)
            } else if phase.start == previous.end {
                log.warning(
                    .phaseSharedDay,
                    ["phase": "\(phase.id)", "previous": "\(previous.id)", "date": phase.start.phrase],
                    at: phase.location)
            }
        }
    }

    mutating func checkLeaders(_ drafts: [LeaderDraft], campaignSpan: DateSpan?, emptyAt: SourceLocation?) {
        if drafts.isEmpty, let emptyAt {
            log.error(.rosterEmpty, at: emptyAt)
        }
        var ids: [String: SourceLocation] = [:]
        var principal: LeaderDraft?
        for draft in drafts {
            let leader = draft.leader
            if let first = ids[leader.id] {
                log.error(
                    .leaderDuplicate, ["id": "\(leader.id)", "first": "\(first.file):\(first.line)"],
                    at: draft.idLocation)
            } else {
                ids[leader.id] = draft.idLocation
            }
            if leader.isPrincipal {
                if let first = principal {
                    log.error(
                        .twoPrincipals, ["first": "\(first.leader.id)", "second": "\(leader.id)"],
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
                    .awayOutside, ["span": span.phrase, "leader": "\(leader.id)", "campaign": campaignSpan.phrase],
                    at: loc)
            }
        }
    }

    mutating func checkDateOverrides(_ dates: [(CivilDate, SourceLocation)], campaignSpan: DateSpan?) {
        guard let campaignSpan else { return }
        var reported = Set<SourceLocation>()
        for (date, loc) in dates where !campaignSpan.contains(date) && !reported.contains(loc) {
            reported.insert(loc)
            log.warning(.dateOutside, ["date": date.phrase, "campaign": campaignSpan.phrase], at: loc)
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
                                .pinPhaseEmpty, ["day": "\(draft.day)", "phase": "\(phaseID)"], at: draft.dayLocation)
                        }
                    default:
                        log.error(
                            .pinDayForm,
                            ["day": "\(draft.day)", "hint": Suggestion.hint(for: which, among: ["first", "last"])],
                            at: draft.dayLocation)
                    }
                } else if !rejected.phaseIDs.contains(phaseID) {
                    log.error(
                        .pinPhaseUnknown,
                        [
                            "day": "\(draft.day)", "phase": "\(phaseID)",
                            "hint": Suggestion.hint(for: phaseID, among: phases.map(\.id)),
                        ], at: draft.dayLocation)
                }
            } else if let date = CivilDate(iso: draft.day) {
                resolved = date
                if dayIndex[date] == nil {
                    let inside = phases.contains { $0.start <= date && date <= $0.end }
                    log.error(inside ? .pinNotDutyDay : .pinOutside, ["date": date.phrase], at: draft.dayLocation)
                    resolved = nil
                }
            } else {
                log.error(.pinDaySyntax, ["day": "\(draft.day)"], at: draft.dayLocation)
            }
            guard let leader = leaders.first(where: { $0.id == draft.leaderID }) else {
                if rejected.wholeRoster || rejected.leaderIDs.contains(draft.leaderID) { continue }
                log.error(
                    .pinLeaderUnknown,
                    ["leader": "\(draft.leaderID)", "hint": Suggestion.hint(for: draft.leaderID, among: leaderIDs)],
                    at: draft.leaderLocation)
                continue
            }
            guard let date = resolved else { continue }
            if leader.isAway(on: date) {
                let who = Phrase(zh: "\(leader.name)（\(leader.id)）", en: "'\(leader.id)'")
                let day = Phrase(zh: date.chineseMonthDay, en: date.iso)
                log.error(.pinOnLeave, ["leader": who, "date": day], at: draft.dayLocation)
                continue
            }
            let pin = Pin(date: date, leaderID: leader.id, written: draft.day, location: draft.dayLocation)
            if let other = byDate[date] {
                log.error(
                    .pinsSameDay,
                    [
                        "date": date.phrase, "first": "\(other.leaderID)", "line": "\(other.location.line)",
                        "second": "\(leader.id)",
                    ], at: draft.dayLocation)
                continue
            }
            if let close = pins.first(where: { p in
                p.leaderID == leader.id && abs(dayIndex[p.date]! - dayIndex[date]!) <= rules.restDays
            }) {
                log.error(
                    .pinsTooClose,
                    [
                        "leader": "\(leader.id)", "first": close.date.phrase, "second": date.phrase,
                        "rest": "\(rules.restDays)",
                    ], at: draft.dayLocation)
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
                log.error(.siteDuplicate, ["id": "\(site.id)", "line": "\(first.line)"], at: loc)
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
                log.warning(.noHolidayData, ["year": "\(year)"], at: loc)
            }
        }
        if calendar.days.isEmpty {
            log.error(.noDutyDays, at: loc)
        }
    }
}
