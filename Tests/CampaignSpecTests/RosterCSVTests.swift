import CampaignSpec
import TestSupport
import Testing

@Suite("Leaders kept in a spreadsheet")
struct RosterCSVTests {
    let campaign = yaml(replacing: [14: "leaders: {csv: leaders.csv}", 15: "", 16: "", 17: ""])

    @Test("a UTF-8 roster with BOM, quotes and away ranges loads like the inline one")
    func loads() throws {
        let csv =
            "\u{FEFF}id,name,title,phone,principal,away\r\n"
            + "li-ming,李明,镇党委书记,13800000001,true,\r\n"
            + "wang-jun,王军,\"镇长, 兼武装部长\",,,2026-09-10;2026-09-14..2026-09-15\r\n"
            + "zhang-wei,张伟,副镇长,,,\r\n"
        let result = load(campaign, files: ["leaders.csv": csv])
        #expect(result.errors.isEmpty, "\(result.errors)")
        let leaders = try #require(result.campaign).leaders
        #expect(leaders.map(\.id) == ["li-ming", "wang-jun", "zhang-wei"])
        #expect(leaders[0].isPrincipal && leaders[0].phone == "13800000001")
        #expect(leaders[1].title == "镇长, 兼武装部长")
        #expect(leaders[1].away.map(\.text) == ["2026-09-10", "2026-09-14..2026-09-15"])
    }

    @Test func missingFile() {
        #expect(errors(load(campaign)) == ["14:16: cannot read the roster file 'leaders.csv'"])
    }

    @Test("a malformed roster is reported in its own file, at its own line")
    func malformed() {
        let unterminated = "id,name,title\nli-ming,李明,\"镇党委书记\n"
        let r1 = load(campaign, files: ["leaders.csv": unterminated])
        #expect(r1.errors.map(\.englishLine) == ["leaders.csv:2:12: error: a quoted field is never closed [J0404]"])

        let ragged = "id,name,title\nli-ming,李明,书记\nwang-jun,王军\n"
        let r2 = load(campaign, files: ["leaders.csv": ragged])
        #expect(
            r2.errors.map(\.englishLine) == ["leaders.csv:3:1: error: this row has 2 fields, the header has 3 [J0405]"])

        let badColumn = "id,nmae,title\nli-ming,李明,书记\n"
        let r3 = load(campaign, files: ["leaders.csv": badColumn])
        #expect(
            r3.errors.map(\.englishLine) == [
                "leaders.csv:1:1: error: the roster's header row has no 'name' column [J0137]",
                "leaders.csv:1:4: error: unknown column 'nmae'; did you mean 'name'? [J0135]",
            ])

        let badAway = "id,name,title,away\nli-ming,李明,书记,2026-09-40\n"
        let r4 = load(campaign, files: ["leaders.csv": badAway])
        #expect(
            r4.errors.map(\.englishLine) == [
                "leaders.csv:2:15: error: 'away': '2026-09-40' is not a date; write it as YYYY-MM-DD [J0109]"
            ])
    }
}

@Suite("One leader reader for both roster forms")
struct LeaderReaderTests {
    let sheetCampaign = yaml(replacing: [14: "leaders: {csv: leaders.csv}", 15: "", 16: "", 17: ""])

    func inline(_ principal: String) -> LoadResult {
        load(yaml(replacing: [15: "  - {id: li-ming, name: 李明, title: 镇党委书记, principal: \(principal)}"]))
    }

    func sheet(_ principal: String) -> LoadResult {
        load(sheetCampaign, files: ["leaders.csv": "id,name,title,principal\nli-ming,李明,镇党委书记,\(principal)\n"])
    }

    @Test(
        "principal takes the same spellings inline and in a spreadsheet",
        arguments: [
            ("true", true), ("yes", true), ("1", true), ("是", true), ("False", false), ("no", false), ("0", false),
            ("否", false),
        ])
    func principalSpellings(spelling: String, expected: Bool) throws {
        #expect(try #require(inline(spelling).campaign).leaders[0].isPrincipal == expected)
        #expect(try #require(sheet(spelling).campaign).leaders[0].isPrincipal == expected)
    }

    @Test("a wrong spelling is the same error in both forms, at the value")
    func wrongSpelling() {
        let accepted = "must be true or false (or yes/no, 1/0, 是/否), found 'maybe'"
        #expect(errors(inline("maybe")) == ["15:54: 'principal' in leader 1 \(accepted)"])
        #expect(
            sheet("maybe").errors.map(\.englishLine) == [
                "leaders.csv:2:18: error: 'principal' in the roster file \(accepted) [J0140]"
            ])
    }
}
