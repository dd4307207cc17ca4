import CampaignSpec
import CaseLedger
import Rendering

/// The data each report template gets (`Templates/case.html.mustache`, `weekly.html.mustache`,
/// `summary.html.mustache`); each key's meaning is written beside it.
enum ReportViews {
    static let office = TemplateView<Office>([
        .text("name", "the office's name") { $0.name },
        .text("phone", "the office's public phone") { $0.phone },
    ])

    /// Keys every report gets.
    static let shared: [Field<LedgerSnapshot>] = [
        .text("title", "the campaign's title") { $0.campaign.title },
        .text("organization", "the issuing body") { $0.campaign.organization },
        .object("office", "the petition office", office) { $0.campaign.office },
        .text("as_of", "the day the report is as of, as 2026年9月20日") { $0.asOf.chineseFull },
        .text("as_of_iso", "the same, as 2026-09-20") { $0.asOf.iso },
    ]

    static let count = TemplateView<(name: String, intake: Intake)>([
        .text("name", "what is counted") { $0.name },
        .text("batches", "批次: visits") { String($0.intake.batches) },
        .text("persons", "人次: persons") { String($0.intake.persons) },
        .text("matters", "件: matters") { String($0.intake.matters) },
    ])

    static let tally = TemplateView<(name: String, count: Int)>([
        .text("name", "what is counted") { $0.name },
        .text("count", "how many") { String($0.count) },
    ])

    static func intakeBy(
        _ visits: [Visit], _ names: [String], _ key: (Visit) -> String
    ) -> [(name: String, intake: Intake)] {
        names.map { name in (name, Intake(visits.filter { key($0) == name })) }
    }

    // MARK: The case sheet (一案一表)

    struct CaseItem: Sendable {
        let snapshot: LedgerSnapshot
        let record: PetitionCase
        var opening: Visit? { snapshot.visit(record.number) }
    }

    static let caseSheet = TemplateView<CaseItem>(
        shared.map { field in field.on { (item: CaseItem) in item.snapshot } } + [
            .text("number", "the case's number, that of the visit that opened it") { $0.record.number },
            .text("leader_name", "the 包案 leader") { $0.snapshot.leaderName($0.record.leader) },
            .text("leader_title", "the 包案 leader's post") { $0.snapshot.leaderTitle($0.record.leader) },
            .text("unit", "the responsible unit") { $0.record.unit ?? "" },
            .text("accepted", "when it was accepted, as 2026年9月8日") { chinese($0.record.accepted) },
            .text("notify_by", "tell the petitioner by (Art 23)") { chinese($0.record.notifyBy) },
            .text("notified", "the 告知 given by the report's day, as 2026年9月10日（电话）; 未告知 when none") { item in
                item.snapshot.notice(item.record.number)?.notice.map { "\(chinese($0.date))（\($0.method)）" } ?? "未告知"
            },
            .flag("is_notice_overdue", "not told, and past the 告知 deadline on the report's day") { item in
                item.snapshot.notice(item.record.number)?.isOverdue(asOf: item.snapshot.asOf) ?? false
            },
            .text("finish_by", "finish by (Art 34)") { chinese($0.record.finishBy) },
            .flag("is_extended", "whether it was extended") { $0.record.extendedTo != nil },
            .text("extended_to", "the extended deadline") { $0.record.extendedTo.map(chinese) ?? "" },
            .text("extension_days", "days of the extension") { $0.record.extensionDays.map(String.init) ?? "" },
            .text("approver", "who approved the extension") { $0.record.approver ?? "" },
            .text("extension_reason", "why") { $0.record.extensionReason ?? "" },
            .flag("is_open", "still being handled") { $0.record.isOpen },
            .flag("is_overdue", "open and past its deadline on the report's day") {
                $0.record.isOverdue(asOf: $0.snapshot.asOf)
            },
            .text("result", "the result") { $0.record.result ?? "" },
            .text("reply_date", "when the petitioner got the reply") { $0.record.replyDate.map(chinese) ?? "" },
            .text("satisfaction", "the petitioner's satisfaction") { $0.record.satisfaction ?? "" },
            .text("follow_up", "the follow-up visit (回访)") { $0.record.followUp ?? "" },
            .text("stopped", "是 when the petitioner stopped petitioning (息诉罢访), 否 when not, empty while open") {
                $0.record.stopped.map { $0 ? "是" : "否" } ?? ""
            },
            .list("visit", "the visit that opened the case: one item", visitView) { c in
                c.opening.map { [($0, c.snapshot)] } ?? []
            },
            .list("later_visits", "later visits on the same matter", visitView) { c in
                c.snapshot.visits.filter { $0.caseNumber == c.record.number && $0.number != c.record.number }.map {
                    ($0, c.snapshot)
                }
            },
            .list("progress", "the progress log, dated and signed", progressView) {
                $0.snapshot.progress[$0.record.number] ?? []
            },
            .list("history", "every change, as recorded", eventView) { $0.snapshot.history[$0.record.number] ?? [] },
        ])

    /// A visit on its own case's sheet: the full ID number is shown here and nowhere else.
    static let visitView = TemplateView<(visit: Visit, snapshot: LedgerSnapshot)>([
        .text("visit_number", "the visit's number") { $0.visit.number },
        .text("date", "its date, as 2026年9月8日") { chinese($0.visit.date) },
        .text("time", "its time") { $0.visit.time },
        .text("channel", "来访, 来信, 电话, 网上 or 上级交办") { $0.visit.channel },
        .text("method", "the reception method") { $0.visit.method },
        .text("persons", "how many came") { String($0.visit.persons) },
        .flag("is_group", "集体访: five or more") { $0.visit.isGroup },
        .text("name", "the petitioner's name") { $0.visit.name },
        .text("id_number", "the petitioner's ID number, in full (the case sheet only)") { $0.visit.idNumber ?? "" },
        .text("phone", "the petitioner's phone") { $0.visit.phone ?? "" },
        .text("address", "the petitioner's address") { $0.visit.address ?? "" },
        .text("where", "where the matter arose") { $0.visit.place ?? "" },
        .text("category", "建议意见, 检举控告 or 申诉求决") { $0.visit.category },
        .text("topic", "the topic") { $0.visit.topic },
        .text("request", "the request in the petitioner's words") { $0.visit.request },
        .text("opinion", "the handling opinion") { $0.visit.opinion ?? "" },
        .text("disposition", "how it was handled") { $0.visit.disposition },
        .text("receiver", "the leader who received it") { $0.snapshot.leaderName($0.visit.leader) },
        .text("repeat_of", "the earlier visit of the same petitioner, if any") { $0.visit.repeatOf ?? "" },
        .flag("is_repeat", "whether the petitioner came before") { $0.visit.repeatOf != nil },
    ])

    static let progressView = TemplateView<CaseProgress>([
        .text("date", "the day, as 2026年9月10日") { chinese($0.date) },
        .text("by", "who signed it") { $0.by },
        .text("text", "what was done") { $0.text },
    ])

    static let eventView = TemplateView<LedgerEvent>([
        .text("at", "when it was recorded, in Beijing time, as 2026-09-08 10:15:03") { $0.localTime },
        .text("at_utc", "the same moment as the ledger keeps it, in UTC") { $0.at },
        .text("by", "who recorded it") { $0.by },
        .text("field", "what changed, as the office names it: 办理状态, 延期至, 办理结果") { $0.fieldLabel },
        .text("old", "the value before, in the office's words (办理中, 已办结, 是, 否)") { $0.oldLabel },
        .text("new", "the value after") { $0.newLabel },
    ])

    static func chinese(_ iso: String) -> String { CivilDate(iso: iso)?.chineseFull ?? iso }
}
