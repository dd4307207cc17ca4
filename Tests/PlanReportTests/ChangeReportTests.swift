import CampaignGenerator
import CampaignSpec
import DutyPlanner
import Foundation
import PlanReport
import ScheduleXML
import TestSupport
import Testing

/// The change report as a library: what a re-plan changed, whom to tell, where to reprint.
@Suite("The change report")
struct ChangeReportTests {
    /// The bundled sample campaign, planned from scratch.
    static func sample() throws -> Campaign {
        let loaded = CampaignLoader.load(path: repositoryRoot.appendingPathComponent("Templates/campaign.yaml").path)
        return try #require(loaded.campaign, "\(loaded.diagnostics)")
    }

    static func plan(_ campaign: Campaign, keepingTo previous: Schedule? = nil) throws -> PlannedCampaign {
        let problem = PlanningProblem(campaign: campaign, previous: previous?.leaderIDsByDate ?? [:])
        let plan = try Planner.plan(problem, timeLimit: 10).get()
        return PlannedCampaign(campaign: campaign, problem: problem, plan: plan, previous: previous, loadWarnings: [])
    }

    /// What schedule.xml would carry of a plan.
    static func schedule(_ planned: PlannedCampaign) -> Schedule {
        let c = planned.campaign
        return Schedule(
            title: c.title, organization: c.organization, issued: c.issued, calendar: c.calendar.rawValue,
            phases: c.phases.map {
                .init(id: $0.id, name: $0.name, start: $0.start, end: $0.end, isPublic: $0.isPublic)
            },
            days: planned.plan.days, loads: planned.plan.loads, optimal: true, revisions: planned.revisions)
    }

    @Test("a leader called away on a public day: that day alone changes, two leaders are told, every site reprints")
    func leaveOnAPublicDay() throws {
        let campaign = try Self.sample()
        let first = try Self.plan(campaign)
        let previous = Self.schedule(first)
        let day = try #require(first.plan.days.first { $0.phaseID == "resolution" && $0.date.day == 10 })
        var edited = CampaignEdit.leave(leaderID: day.leader.id, dates: [day.date]).apply(to: campaign)
        edited.issued = campaign.issued.adding(days: 8)
        let second = try Self.plan(edited, keepingTo: previous)
        let report = try #require(second.changes)
        #expect(report.changed.map(\.date) == [day.date])
        #expect(report.changed.first?.before?.id == day.leader.id && report.changed.first?.isPublic == true)
        #expect(report.added.isEmpty && report.dropped.isEmpty)
        #expect(report.leadersToTell.count == 2)
        let away = try #require(report.leadersToTell.first { $0.leader.id == day.leader.id })
        #expect(away.lost == [day.date] && away.gained.isEmpty && !away.days.contains(day.date))
        #expect(report.reprintNotice && report.sitesToReprint.map(\.id) == campaign.sites.map(\.id))
        #expect(
            second.revisions.count == 1 && second.revisions[0].noticeChanged && second.revisions[0].changedDays == 1)
        #expect(second.warnings.isEmpty, "a later issued date needs no warning")
    }

    @Test("nothing changed: the report is empty, no revision is added, nothing to reprint")
    func noChange() throws {
        let first = try Self.plan(try Self.sample())
        let second = try Self.plan(first.campaign, keepingTo: Self.schedule(first))
        let report = try #require(second.changes)
        #expect(
            report.isEmpty && !report.reprintNotice && report.sitesToReprint.isEmpty && report.leadersToTell.isEmpty)
        #expect(second.revisions.isEmpty)
    }

    @Test("a change only on days not on the notice: leaders are told, nothing is reprinted")
    func changeOffTheNotice() throws {
        let campaign = try Self.sample()
        let first = try Self.plan(campaign)
        let day = try #require(first.plan.days.first { $0.phaseID == "mobilization" })
        var edited = CampaignEdit.leave(leaderID: day.leader.id, dates: [day.date]).apply(to: campaign)
        edited.issued = campaign.issued.adding(days: 1)
        let report = try #require(try Self.plan(edited, keepingTo: Self.schedule(first)).changes)
        #expect(report.changed.map(\.date) == [day.date] && report.changed[0].isPublic == false)
        #expect(!report.reprintNotice && report.sitesToReprint.isEmpty)
    }

    @Test("a leader who leaves is told they are free; shifted dates show as days added and dropped")
    func leaverAndShift() throws {
        let campaign = try Self.sample()
        let first = try Self.plan(campaign)
        let previous = Self.schedule(first)
        let leaver = campaign.leaders[3].id
        let removed = try #require(
            try Self.plan(CampaignEdit.removeLeader(id: leaver).apply(to: campaign), keepingTo: previous).changes)
        let notice = try #require(removed.leadersToTell.last)
        #expect(notice.leader.id == leaver && !notice.isOnRoster && notice.days.isEmpty)
        #expect(Set(removed.changed.map(\.date)) == Set(first.plan.days.filter { $0.leader.id == leaver }.map(\.date)))

        let shifted = try #require(
            try Self.plan(CampaignEdit.shift(days: 3).apply(to: campaign), keepingTo: previous).changes)
        #expect(shifted.added.count == 3 && shifted.dropped.count == 3)
        #expect(shifted.dropped.map(\.date) == first.plan.days.prefix(3).map(\.date))
    }

    @Test("a changed plan that keeps the old issued date is warned about at the issued line")
    func staleIssued() throws {
        let campaign = try Self.sample()
        let first = try Self.plan(campaign)
        let day = first.plan.days[10]
        let second = try Self.plan(
            CampaignEdit.leave(leaderID: day.leader.id, dates: [day.date]).apply(to: campaign),
            keepingTo: Self.schedule(first))
        let warning = try #require(second.warnings.first)
        #expect(warning.severity == .warning && warning.location == campaign.issuedLocation)
        #expect(warning.english.contains("is not later than the previous plan's (2026-08-31)"))
    }
}
