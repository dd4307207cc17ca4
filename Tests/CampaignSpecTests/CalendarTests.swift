import CampaignSpec
import Foundation
import TestSupport
import Testing

@Suite("Dates and the duty calendar")
struct CalendarTests {
    @Test func civilDateArithmetic() {
        let d = CivilDate(iso: "2026-09-07")!
        #expect(d.weekday == 1 && d.chineseWithWeekday == "9月7日（星期一）")
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(CivilDate(iso: "2024-02-29") != nil && CivilDate(iso: "2026-02-29") == nil)
        #expect(CivilDate(iso: "2026-12-31")!.adding(days: 1).iso == "2027-01-01")
        #expect(CivilDate(iso: "1970-01-01")!.dayNumber == 0)
    }

    @Test("2026: Mid-Autumn and National Day are off, 9月20日 and 10月10日 are make-up workdays")
    func holidays2026() {
        for day in ["2026-09-25", "2026-09-26", "2026-09-27", "2026-10-01", "2026-10-04", "2026-10-07"] {
            #expect(ChinaHolidays.kind(of: CivilDate(iso: day)!) == .holiday, "\(day)")
        }
        #expect(ChinaHolidays.entry(on: CivilDate(iso: "2026-09-25")!)?.festival == "中秋节")
        #expect(ChinaHolidays.entry(on: CivilDate(iso: "2026-10-01")!)?.festival == "国庆节")
        #expect(ChinaHolidays.kind(of: CivilDate(iso: "2026-09-20")!) == .workday)
        #expect(ChinaHolidays.kind(of: CivilDate(iso: "2026-10-10")!) == .workday)
        #expect(ChinaHolidays.kind(of: CivilDate(iso: "2026-10-08")!) == nil)
        #expect(ChinaHolidays.years == 2004...2026)
    }

    @Test("working days skip weekends and holidays and keep make-up workdays")
    func workingDays() throws {
        let text = yaml(replacing: [
            5: "calendar: working-days",
            9: "  - {id: review, name: 督查总结阶段, start: 2026-09-19, end: 2026-10-11}",
        ])
        let campaign = try #require(load(text).campaign)
        let dates = Set(DutyCalendar(campaign: campaign).days.map(\.date.iso))
        #expect(dates.contains("2026-09-20") && dates.contains("2026-10-10"))
        #expect(!dates.contains("2026-09-19") && !dates.contains("2026-09-25") && !dates.contains("2026-10-01"))
        #expect(dates.contains("2026-10-09") && !dates.contains("2026-10-11"))
    }

    @Test("every-day mode keeps all days but still knows which are days off")
    func everyDayNonWorking() throws {
        let campaign = try #require(
            load(yaml(replacing: [9: "  - {id: review, name: 督查总结阶段, start: 2026-09-19, end: 2026-09-27}"])).campaign)
        let days = DutyCalendar(campaign: campaign).days
        let off = days.filter(\.isNonWorking).map(\.date.iso)
        #expect(days.count == 27)
        #expect(
            off == [
                "2026-09-05", "2026-09-06", "2026-09-12", "2026-09-13", "2026-09-19", "2026-09-25", "2026-09-26",
                "2026-09-27",
            ])
    }

    @Test("extra holidays and workdays in the campaign file win")
    func overrides() throws {
        let text = yaml(replacing: [5: "calendar: working-days\nholidays: [2026-09-21]\nworkdays: [2026-09-19]"])
        let campaign = try #require(load(text).campaign)
        let dates = Set(DutyCalendar(campaign: campaign).days.map(\.date.iso))
        #expect(!dates.contains("2026-09-21") && dates.contains("2026-09-19"))
    }

    @Test("a year without official data falls back to weekends, with a warning naming the year")
    func yearWithoutData() {
        var lines = yaml(replacing: [5: "calendar: working-days"])
        lines = lines.replacingOccurrences(of: "2026-", with: "2031-")
        let result = load(lines)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.warnings.contains { $0.english.hasPrefix("no official holiday data for 2031") && $0.line == 5 })
    }

    @Test(
        "the shipped data matches the chinese-calendar package",
        .enabled(if: TestEnvironment.python("chinese_calendar")))
    func matchesChineseCalendar() throws {
        let script = """
            import chinese_calendar as c
            for kind, table in (("holiday", c.holidays), ("workday", c.workdays)):
                for d in sorted(table):
                    if d.year in (2004, 2008, 2015, 2020, 2024, 2025, 2026):
                        print(d.isoformat(), kind)
            """
        let run = try RealClient.python(script, [], modules: ["chinese_calendar"])
        #expect(run.status == 0, "\(run.stderr)")
        let output = run.stdout
        let expected = Set(output.split(separator: "\n").map(String.init))
        let years: Set<Int> = [2004, 2008, 2015, 2020, 2024, 2025, 2026]
        let shipped = Set(
            ChinaHolidays.entries.filter { years.contains($0.date.year) }.map { "\($0.date.iso) \($0.kind.rawValue)" })
        #expect(expected.count > 200)
        #expect(shipped == expected)
    }
}
