import CampaignSpec
import Foundation

/// A valid campaign, line by line, so tests can break one line and know where the error is.
let validLines: [String] = [
    "title: 领导干部大接访活动",  // 1
    "organization: 某某镇人民政府",  // 2
    "office: {name: 镇信访办, phone: \"0768-1234567\", address: 镇政府一楼}",  // 3
    "issued: 2026-08-31",  // 4
    "calendar: every-day",  // 5
    "phases:",  // 6
    "  - {id: mobilization, name: 动员部署阶段, start: 2026-09-01, end: 2026-09-06}",  // 7
    "  - {id: resolution, name: 化解问题阶段, start: 2026-09-07, end: 2026-09-18, public: true}",  // 8
    "  - {id: review, name: 督查总结阶段, start: 2026-09-18, end: 2026-09-25}",  // 9
    "reception:",  // 10
    "  location: 镇政府二楼会议室",  // 11
    "  hours: [\"08:30-12:00\", \"14:30-17:30\"]",  // 12
    "  methods: [定点接访, 重点约访, 专题接访]",  // 13
    "leaders:",  // 14
    "  - {id: li-ming, name: 李明, title: 镇党委书记, phone: \"13800000001\", principal: true}",  // 15
    "  - {id: wang-jun, name: 王军, title: 镇长, away: [2026-09-10, 2026-09-14..2026-09-15]}",  // 16
    "  - {id: zhang-wei, name: 张伟, title: 副镇长}",  // 17
    "rules:",  // 18
    "  rest_days: 1",  // 19
    "  max_duties: 12",  // 20
    "pins:",  // 21
    "  - {day: resolution.first, leader: li-ming}",  // 22
    "sites:",  // 23
    "  - {id: gov-board, name: 镇政府公开栏, kind: bulletin-board, copies: 1}",  // 24
]

func yaml(replacing edits: [Int: String] = [:]) -> String {
    validLines.enumerated().map { edits[$0.offset + 1] ?? $0.element }.joined(separator: "\n") + "\n"
}

func load(_ text: String, files: [String: String] = [:]) -> LoadResult {
    CampaignLoader.load(text: text, file: "c.yaml") { path in
        files[path].map { (path, Array($0.utf8)) }
    }
}

/// The errors as "line:col: message" for compact assertions.
func errors(_ result: LoadResult) -> [String] {
    result.errors.map { "\($0.line):\($0.location?.column ?? 0): \($0.english)" }
}
