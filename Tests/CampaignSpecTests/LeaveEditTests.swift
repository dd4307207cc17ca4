import CampaignSpec
import Diagnostics
import Testing

@Suite("Writing a leave into the campaign file")
struct LeaveEditTests {
    let span = DateSpan(start: CivilDate(iso: "2026-09-20")!, end: CivilDate(iso: "2026-09-21")!)

    func added(_ text: String, _ id: String) throws -> String {
        try LeaveEdit.adding(span, toLeader: id, in: text, file: "c.yaml").get()
    }

    /// The original with `inserted` put right after the first `anchor`: nothing else may differ.
    func expected(_ original: String, after anchor: String, _ inserted: String) -> String {
        original.replacingOccurrences(of: anchor, with: anchor + inserted, range: original.range(of: anchor))
    }

    func away(_ text: String, _ id: String) -> [String] {
        load(text).campaign?.leaders.first { $0.id == id }?.away.map(\.text) ?? ["not loaded"]
    }

    @Test("a flow entry without away gains one, and nothing else in the file changes")
    func flowWithoutAway() throws {
        let text = yaml()
        let edited = try added(text, "zhang-wei")
        #expect(edited == expected(text, after: "title: 副镇长", ", away: [2026-09-20..2026-09-21]"))
        #expect(away(edited, "zhang-wei") == ["2026-09-20..2026-09-21"])
    }

    @Test("a flow away list gains the span at its end")
    func flowList() throws {
        let text = yaml()
        let edited = try added(text, "wang-jun")
        #expect(edited == expected(text, after: "2026-09-14..2026-09-15", ", 2026-09-20..2026-09-21"))
        #expect(away(edited, "wang-jun") == ["2026-09-10", "2026-09-14..2026-09-15", "2026-09-20..2026-09-21"])
    }

    @Test("block entries and block lists keep their layout and comments")
    func blockEntries() throws {
        let text = yaml(replacing: [
            17: "  - id: zhang-wei   # 分管信访\n    name: 张伟\n    title: 副镇长",
            16: "  - id: wang-jun\n    name: 王军\n    title: 镇长\n    away:\n      - 2026-09-10",
        ])
        let zhang = try added(text, "zhang-wei")
        #expect(zhang == expected(text, after: "# 分管信访\n", "    away: [2026-09-20..2026-09-21]\n"))
        #expect(away(zhang, "zhang-wei") == ["2026-09-20..2026-09-21"])
        let wang = try added(text, "wang-jun")
        #expect(wang == expected(text, after: "      - 2026-09-10\n", "      - 2026-09-20..2026-09-21\n"))
        #expect(away(wang, "wang-jun") == ["2026-09-10", "2026-09-20..2026-09-21"])
    }

    @Test("Windows line endings stay Windows line endings")
    func crlf() throws {
        let text = yaml(replacing: [17: "  - id: zhang-wei\n    name: 张伟\n    title: 副镇长"])
            .replacingOccurrences(of: "\n", with: "\r\n")
        let edited = try added(text, "zhang-wei")
        #expect(edited == expected(text, after: "id: zhang-wei\r\n", "    away: [2026-09-20..2026-09-21]\r\n"))
    }

    @Test("a roster kept in a spreadsheet, or an unknown leader, is refused with the place")
    func refusals() {
        let csv = yaml(replacing: [15: "  {csv: leaders.csv}", 16: "", 17: ""])
            .replacingOccurrences(of: "leaders:\n  {csv", with: "leaders: {csv")
        let spreadsheet = LeaveEdit.adding(span, toLeader: "li-ming", in: csv, file: "c.yaml")
        #expect(throws: Diagnostic.self) { try spreadsheet.get() }
        let unknown = LeaveEdit.adding(span, toLeader: "nobody", in: yaml(), file: "c.yaml")
        #expect((try? unknown.get()) == nil)
        if case .failure(let problem) = unknown { #expect(problem.location?.line == 15) }
    }
}
