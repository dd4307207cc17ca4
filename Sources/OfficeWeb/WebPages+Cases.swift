import CampaignSpec
import CaseLedger
import Foundation
import Rendering

/// The case list with its filters, and one case with the forms that move it on.
extension WebPages {
    static let cases = "web-cases.html.mustache"
    static let casePage = "web-case.html.mustache"

    /// The case list as filtered: `?status=open|overdue|closed&leader=ID&page=N`.
    struct CaseList: Sendable {
        static let pageSize = 50
        let page: Page
        let status: String
        let leader: String
        let matching: [PetitionCase]
        let pageNumber: Int

        var shown: ArraySlice<PetitionCase> {
            let start = min(matching.count, (pageNumber - 1) * Self.pageSize)
            return matching[start..<min(matching.count, start + Self.pageSize)]
        }

        func query(page number: Int) -> String {
            "?status=\(status)&leader=\(leader.addingPercentEncodingForQuery)&page=\(number)"
        }
    }

    struct Option: Sendable {
        let value: String
        let label: String
        let selected: Bool
    }

    static let optionRow = TemplateView<Option>([
        .text("value", "what the form posts") { $0.value },
        .text("label", "what the office reads") { $0.label },
        .flag("selected", "the current choice") { $0.selected },
    ])

    static func leaderOptions(_ campaign: Campaign, selected: String?) -> [Option] {
        campaign.leaders.map { Option(value: $0.id, label: "\($0.name)（\($0.title)）", selected: $0.id == selected) }
    }

    static let casesView = TemplateView<CaseList>(
        shared.map { $0.on { (list: CaseList) in list.page } } + [
            .list("statuses", "the status filter's choices (all, open, due within 3 days, overdue, closed)", optionRow)
            { list in
                [("", "全部"), ("open", "办理中"), ("due", "三日内到期"), ("overdue", "已超期"), ("closed", "已办结")].map {
                    Option(value: $0.0, label: $0.1, selected: $0.0 == list.status)
                }
            },
            .list("leaders", "the leader filter's choices (office only)", optionRow) { list in
                [Option(value: "", label: "全部", selected: list.leader.isEmpty)]
                    + leaderOptions(list.page.campaign, selected: list.leader)
            },
            .text("total", "how many cases match the filters") { String($0.matching.count) },
            .list("cases", "this page's cases (50 a page)", caseRow) { list in list.shown.map { ($0, list.page) } },
            .flag("has_previous", "whether there is an earlier page") { $0.pageNumber > 1 },
            .text("previous_query", "the earlier page's query, as ?status=…&page=N") {
                $0.query(page: $0.pageNumber - 1)
            },
            .flag("has_next", "whether there is a later page") {
                $0.pageNumber * CaseList.pageSize < $0.matching.count
            },
            .text("next_query", "the later page's query") { $0.query(page: $0.pageNumber + 1) },
        ])

    /// One case as the web page shows it, with what the last form said.
    struct CaseItem: Sendable {
        let page: Page
        let record: PetitionCase
        let visit: Visit?
        let progress: [CaseProgress]
        /// The 告知 given, if any.
        let notice: Notice?
        let error: String?
        let satisfactions: [String]
    }

    static let progressRow = TemplateView<CaseProgress>([
        .text("date", "the day of the entry") { $0.date },
        .text("by", "who wrote it") { $0.by },
        .text("text", "what was done") { $0.text },
    ])

    static let caseView = TemplateView<CaseItem>(
        shared.map { $0.on { (item: CaseItem) in item.page } } + [
            .text("case_number", "the case's number (the visit that opened it)") { $0.record.number },
            .text("leader_name", "the 包案 leader") { $0.page.leaderName($0.record.leader) },
            .text("unit", "the responsible unit") { $0.record.unit ?? "" },
            .flag("is_open", "still being handled") { $0.record.isOpen },
            .flag("is_overdue", "past its deadline today") { $0.record.isOverdue(asOf: $0.page.day) },
            .text("accepted", "accepted on") { $0.record.accepted },
            .text("notify_by", "the petitioner told of acceptance by") { $0.record.notifyBy },
            .flag("is_notified", "whether the 告知 was given") { $0.notice != nil },
            .text("notified", "the 告知, as 2026-09-10 电话") { item in
                item.notice.map { "\($0.date) \($0.method)（\($0.by)）" } ?? ""
            },
            .flag("is_notice_overdue", "not told, and past the 告知 deadline today") { item in
                item.notice == nil && item.record.notifyBy < item.page.day.iso
            },
            .list("notice_methods", "how a 告知 may be given: 当面, 书面, 电话, 短信", optionRow) { _ in
                Ledger.noticeMethods.map { Option(value: $0, label: $0, selected: false) }
            },
            .text("finish_by", "to be finished by") { $0.record.finishBy },
            .flag("is_extended", "whether it was extended") { $0.record.extendedTo != nil },
            .text("extended_to", "the deadline as extended") { $0.record.extendedTo ?? "" },
            .text("approver", "who approved the extension") { $0.record.approver ?? "" },
            .text("petitioner", "the petitioner's name") { $0.visit?.name ?? "" },
            .text("id_number", "the petitioner's ID number, masked") { $0.visit?.idNumber.map(IDNumber.masked) ?? "" },
            .text("category", "问题类别") { $0.visit?.category ?? "" },
            .text("topic", "问题分类") { $0.visit?.topic ?? "" },
            .text("request", "what the petitioner asked") { $0.visit?.request ?? "" },
            .text("result", "the result, once closed") { $0.record.result ?? "" },
            .text("satisfaction", "the petitioner's satisfaction, once closed") { $0.record.satisfaction ?? "" },
            .list("progress", "the progress log, oldest first", progressRow) { $0.progress },
            .flag("can_extend", "office staff may extend it: open and not yet extended") {
                $0.page.account.role == .office && $0.record.isOpen && $0.record.extendedTo == nil
            },
            .flag("can_close", "office staff may close it") { $0.page.account.role == .office && $0.record.isOpen },
            .flag("can_reopen", "office staff may reopen it") { $0.page.account.role == .office && !$0.record.isOpen },
            .list("satisfactions", "the satisfaction choices for closing", optionRow) { item in
                item.satisfactions.map { Option(value: $0, label: $0, selected: false) }
            },
            .flag("has_error", "whether the last form was refused") { $0.error != nil },
            .text("error", "why it was refused") { $0.error ?? "" },
        ])
}

extension String {
    var addingPercentEncodingForQuery: String {
        addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-_."))) ?? ""
    }
}
