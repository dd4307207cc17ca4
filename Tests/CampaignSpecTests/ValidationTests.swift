import CampaignSpec
import Diagnostics
import TestSupport
import Testing

@Suite("Campaign validation")
struct ValidationTests {
    @Test("the valid fixture loads, with the shared-boundary-day warning")
    func validLoads() throws {
        let result = load(yaml())
        #expect(result.errors.isEmpty, "\(result.errors)")
        let campaign = try #require(result.campaign)
        #expect(campaign.leaders.map(\.id) == ["li-ming", "wang-jun", "zhang-wei"])
        #expect(campaign.pins.first?.date == CivilDate(iso: "2026-09-07"))
        #expect(campaign.phases.map(\.isPublic) == [false, true, false])
        #expect(
            result.warnings.map(\.englishLine) == [
                "c.yaml:9:5: warning: phase 'review' starts on the day 'resolution' ends (2026-09-18); that day is counted once, in 'resolution' [J0146]"
            ])
        // The office reads it in Chinese, the default.
        #expect(
            result.warnings.map { $0.description(in: .zh) } == [
                "c.yaml:9:5: warning: 阶段“review”开始的这天（2026年9月18日）也是“resolution”的最后一天；这一天只算一次，算在“resolution” [J0146]"
            ])
        #expect(DutyCalendar(campaign: campaign).days.count == 25)
    }

    @Test func unknownKeySuggestsTheRightOne() {
        let result = load(yaml(replacing: [2: "organisation: 某某镇人民政府"]))
        #expect(errors(result) == ["2:1: unknown key 'organisation' in the campaign; did you mean 'organization'?"])
        #expect(result.campaign == nil)
    }

    @Test func unknownNestedKey() {
        let result = load(yaml(replacing: [19: "  rest_day: 1"]))
        #expect(errors(result) == ["19:3: unknown key 'rest_day' in rules; did you mean 'rest_days'?"])
    }

    @Test func wrongType() {
        #expect(
            errors(load(yaml(replacing: [19: "  rest_days: one"]))) == [
                "19:14: 'rest_days' in rules must be a whole number, found 'one'"
            ])
        #expect(
            errors(load(yaml(replacing: [13: "  methods: 定点接访"]))) == [
                "13:12: 'methods' in reception must be a list, found '定点接访'"
            ])
        #expect(
            errors(load(yaml(replacing: [6: "phases: many", 7: "", 8: "", 9: ""]))).first
                == "6:9: 'phases' in the campaign must be a list, found 'many'")
    }

    @Test func badDate() {
        #expect(
            errors(load(yaml(replacing: [4: "issued: 2026-02-30"]))) == [
                "4:9: 'issued': '2026-02-30' is not a date; write it as YYYY-MM-DD"
            ])
        #expect(
            errors(load(yaml(replacing: [4: "issued: 2026/08/31"]))) == [
                "4:9: 'issued': '2026/08/31' is not a date; write it as YYYY-MM-DD"
            ])
    }

    @Test func phaseEndsBeforeItStarts() {
        let result = load(
            yaml(replacing: [7: "  - {id: mobilization, name: 动员部署阶段, start: 2026-09-06, end: 2026-09-01}"]))
        #expect(errors(result) == ["7:5: phase 'mobilization' ends (2026-09-01) before it starts (2026-09-06)"])
    }

    @Test func phasesOutOfOrder() {
        let result = load(yaml(replacing: [9: "  - {id: review, name: 督查总结阶段, start: 2026-09-02, end: 2026-09-25}"]))
        #expect(
            errors(result).contains(
                "9:5: phases must be in date order: 'review' starts (2026-09-02) before 'resolution' (2026-09-07)"))
    }

    @Test func overlapBeyondOneBoundaryDay() {
        let result = load(yaml(replacing: [9: "  - {id: review, name: 督查总结阶段, start: 2026-09-17, end: 2026-09-25}"]))
        #expect(
            errors(result) == [
                "9:5: phase 'review' overlaps 'resolution' by 2 days (2026-09-17..2026-09-18); neighbours may share only one boundary day"
            ])
    }

    @Test func duplicateIDs() {
        #expect(
            errors(load(yaml(replacing: [17: "  - {id: wang-jun, name: 张伟, title: 副镇长}"]))) == [
                "17:10: duplicate leader id 'wang-jun' (first used at c.yaml:16)"
            ])
        #expect(
            errors(load(yaml(replacing: [9: "  - {id: resolution, name: 督查总结阶段, start: 2026-09-19, end: 2026-09-25}"])))
                == ["9:5: duplicate phase id 'resolution' (first used at line 8)"])
    }

    @Test func idPattern() {
        #expect(
            errors(load(yaml(replacing: [17: "  - {id: Zhang_Wei, name: 张伟, title: 副镇长}"]))) == [
                "17:10: id 'Zhang_Wei' in leader 3 must use only a-z, 0-9 and '-' ([a-z0-9-]+)"
            ])
    }

    @Test func unknownLeaderInPin() {
        #expect(
            errors(load(yaml(replacing: [22: "  - {day: resolution.first, leader: li-mng}"]))) == [
                "22:37: pin names unknown leader 'li-mng'; did you mean 'li-ming'?"
            ])
    }

    @Test func unknownPhaseInPin() {
        #expect(
            errors(load(yaml(replacing: [22: "  - {day: resolutoin.first, leader: li-ming}"]))) == [
                "22:11: pin day 'resolutoin.first' names unknown phase 'resolutoin'; did you mean 'resolution'?"
            ])
    }

    @Test func pinOutsideCampaign() {
        #expect(
            errors(load(yaml(replacing: [22: "  - {day: 2026-10-01, leader: li-ming}"]))) == [
                "22:11: pin day 2026-10-01 is outside the campaign's phases"
            ])
    }

    @Test("leave partly outside the campaign is kept, and only its days inside count")
    func awayPartlyOutsideCampaign() throws {
        let result = load(
            yaml(replacing: [16: "  - {id: wang-jun, name: 王军, title: 镇长, away: [2026-08-30..2026-09-02]}"]))
        #expect(result.errors.isEmpty && result.warnings.count == 1, "\(result.diagnostics)")
        let leader = try #require(result.campaign?.leaders[1])
        #expect(leader.away.map(\.text) == ["2026-08-30..2026-09-02"])
        #expect(leader.isAway(on: CivilDate(iso: "2026-09-02")!) && !leader.isAway(on: CivilDate(iso: "2026-09-03")!))
    }

    @Test("leave wholly outside the campaign is a warning at its line, never an error; a pin outside stays an error")
    func awayWhollyOutsideCampaign() {
        let result = load(
            yaml(replacing: [16: "  - {id: wang-jun, name: 王军, title: 镇长, away: [2026-09-10, 2028-01-03..2028-01-14]}"])
        )
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(
            result.warnings.map(\.englishLine).contains(
                "c.yaml:16:60: warning: away 2028-01-03..2028-01-14 of 'wang-jun' lies wholly outside the campaign "
                    + "(2026-09-01..2026-09-25); it is kept, and counts only if the dates move onto it [J0150]"),
            "\(result.warnings)")
        #expect(result.campaign?.leaders[1].away.count == 2)
        #expect(!errors(load(yaml(replacing: [22: "  - {day: 2026-10-01, leader: li-ming}"]))).isEmpty)
    }

    @Test func pinOnAwayDay() {
        #expect(
            errors(load(yaml(replacing: [22: "  - {day: 2026-09-10, leader: wang-jun}"]))) == [
                "22:11: pin puts 'wang-jun' on duty on 2026-09-10, a day they are away"
            ])
    }

    @Test func twoPrincipals() {
        #expect(
            errors(load(yaml(replacing: [17: "  - {id: zhang-wei, name: 张伟, title: 副镇长, principal: true}"]))) == [
                "17:43: two principals (第一责任人): 'li-ming' and 'zhang-wei'; at most one leader may be principal"
            ])
    }

    @Test func emptyRoster() {
        let text = yaml(replacing: [14: "leaders: []", 15: "", 16: "", 17: "", 22: ""])
        #expect(errors(load(text)) == ["14:10: the roster is empty: at least one leader must be on duty"])
    }

    @Test func pinsTooCloseForRestDays() {
        let text = yaml(replacing: [
            22: "  - {day: 2026-09-07, leader: li-ming}\n  - {day: 2026-09-08, leader: li-ming}"
        ])
        #expect(
            errors(load(text)) == [
                "23:11: pins put 'li-ming' on duty on 2026-09-07 and 2026-09-08, closer than rest_days (1) allows"
            ])
    }

    @Test func unknownSiteKind() {
        #expect(
            errors(load(yaml(replacing: [24: "  - {id: gov-board, name: 镇政府公开栏, kind: bulletin-bord}"]))) == [
                "24:41: 'kind' of site 1 must be one of bulletin-board, market, main-road, crossroads, shop, other, found 'bulletin-bord'; did you mean 'bulletin-board'?"
            ])
    }

    @Test("absurd sizes are refused before they cost time or memory")
    func limits() {
        #expect(
            errors(load(yaml(replacing: [19: "  rest_days: 99999999999999999999"]))) == [
                "19:14: 'rest_days' in rules must be a whole number, found '99999999999999999999'"
            ])
        #expect(
            errors(load(yaml(replacing: [19: "  rest_days: 400"]))) == [
                "19:14: 'rest_days' in rules must be at most 366, found 400"
            ])
        #expect(
            errors(load(yaml(replacing: [9: "  - {id: review, name: 督查总结阶段, start: 2026-09-18, end: 9026-09-25}"])))
                == [
                    "9:5: the campaign spans 2556722 days (2026-09-01..9026-09-25); jiefang plans campaigns of at most 3660 days"
                ])
    }

    @Test func yamlSyntaxError() {
        let result = load(yaml(replacing: [12: "  hours: [\"08:30-12:00\", \"14:30-17:30\""]))
        #expect(result.errors.count == 1)
        #expect(result.errors[0].line == 13)
        #expect(result.errors[0].english.hasPrefix("YAML syntax:"))
    }

    @Test("five different mistakes are all reported, each with its line")
    func everyProblemAtOnce() {
        let text = yaml(replacing: [
            2: "organisation: 某某镇人民政府",
            8: "  - {id: resolution, name: 化解问题阶段, start: 2026-09-07, end: 2026-09-31}",
            15: "  - {id: li-ming, name: 李明, title: 镇党委书记, principal: maybe}",
            19: "  rest_days: -1",
            22: "  - {day: mobilization.first, leader: zhao}",
        ])
        let lines = load(text).errors.map(\.line)
        #expect(lines == [2, 8, 15, 19, 22])
    }
}
