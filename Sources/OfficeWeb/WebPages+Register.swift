import CampaignSpec
import CaseLedger
import Diagnostics
import Rendering

/// The day's register (接访登记表) as a form: the receiving leader filled in from the roster.
extension WebPages {
    static let register = "web-register.html.mustache"

    /// The label of the field a problem with the posted form belongs to.
    static func label(_ problem: Diagnostic) -> String? { problem.field.flatMap { VisitFields.labels[$0] } }

    /// `error_petitioner_name` and so on: each field's problem, shown beside it.
    static let fieldErrors: [Field<RegisterForm>] = VisitFields.names.map { name in
        .text(
            "error_" + name.replacingOccurrences(of: ".", with: "_"),
            "the problem with \(VisitFields.labels[name] ?? name), to show beside it; empty when there is none"
        ) { form in
            form.problems.first { $0.field == name }.map { "\($0.message) [\($0.code)]" } ?? ""
        }
    }

    static let registerProblem = TemplateView<Diagnostic>([
        .flag("has_field", "whether the problem is in one field") { label($0) != nil },
        .text("field", "the field's label on the form, as 姓名") { label($0) ?? "" },
        .text("text", "what is wrong, with its code") { "\($0.message) [\($0.code)]" },
        .flag("is_error", "an error, not a warning") { $0.isError },
    ])

    struct RegisterForm: Sendable {
        let page: Page
        let date: CivilDate
        /// The duty leader of `date`, who receives unless the office says otherwise.
        let dutyLeader: String?
        /// What was posted, to fill the form again when it was refused.
        let values: Form
        let problems: [Diagnostic]
        /// The number of the visit just stored, and whether it opened a case.
        let added: String?
        let addedCase: Bool
        /// A returning petitioner's earlier visits and open cases, shown before the visit is stored.
        let earlier: [Visit]
        let openCases: [PetitionCase]

        func options(_ field: String, _ choices: [String], default first: String? = nil) -> [Option] {
            let chosen = values.optional(field) ?? first
            return choices.map { Option(value: $0, label: $0, selected: $0 == chosen) }
        }
    }

    static let registerView = TemplateView<RegisterForm>(
        shared.map { $0.on { (form: RegisterForm) in form.page } } + [
            .text("date", "the register's day, as 2026-09-08") { $0.date.iso },
            .text("date_chinese", "the register's day, as 9月8日（星期二）") { $0.date.chineseWithWeekday },
            .flag("has_duty", "whether the day is a duty day") { $0.dutyLeader != nil },
            .text("duty_leader", "the day's duty leader, with title") { form in
                form.page.campaign.leaders.first { $0.id == form.dutyLeader }.map { "\($0.name)（\($0.title)）" } ?? ""
            },
            .list("receivers", "who received the visit: the duty leader chosen", optionRow) { form in
                leaderOptions(form.page.campaign, selected: form.values.optional("leader") ?? form.dutyLeader)
            },
            .list("case_leaders", "the 包案 leader's choices (none chosen)", optionRow) { form in
                [Option(value: "", label: "（不适用）", selected: form.values.optional("case.leader") == nil)]
                    + leaderOptions(form.page.campaign, selected: form.values.optional("case.leader"))
            },
            .list("channels", "信访形式", optionRow) { $0.options("channel", VisitInput.channels, default: "来访") },
            .list("methods", "接访方式 (the campaign's methods)", optionRow) { form in
                form.options("method", form.page.campaign.reception.methods)
            },
            .list("categories", "问题类别", optionRow) { $0.options("category", VisitInput.categories) },
            .list("topics", "问题分类 (the campaign's topics)", optionRow) { $0.options("topic", $0.page.campaign.topics) },
            .list("dispositions", "处理方式", optionRow) { $0.options("disposition", VisitInput.dispositions) },
            .text("time", "the time as posted") { $0.values["time"] },
            .text("persons", "how many came, as posted (1 by default)") { $0.values.optional("persons") ?? "1" },
            .text("name", "the petitioner's name, as posted") { $0.values["petitioner.name"] },
            .text("id_number", "the ID number, as posted") { $0.values["petitioner.id_number"] },
            .text("phone", "the phone, as posted") { $0.values["petitioner.phone"] },
            .text("address", "the address, as posted") { $0.values["petitioner.address"] },
            .text("where", "where the visit happened, as posted") { $0.values["where"] },
            .text("request", "the request, as posted") { $0.values["request"] },
            .text("opinion", "the leader's opinion, as posted") { $0.values["opinion"] },
            .text("reason", "why not accepted, as posted") { $0.values["reason"] },
            .text("unit", "the responsible unit, as posted") { $0.values["case.unit"] },
            .flag("is_new_matter", "whether 'a new matter' was ticked") { $0.values.optional("new_matter") != nil },
            .flag("has_problems", "whether there is any problem to show") { !$0.problems.isEmpty },
            .list("problems", "why the last form was refused, each with its field's label", registerProblem) {
                $0.problems
            },
            .flag("has_earlier", "the petitioner came before: shown before the visit is stored") {
                !$0.earlier.isEmpty
            },
            .list("earlier", "their earlier visits", visitRow) { form in form.earlier.map { ($0, form.page) } },
            .list("open_cases", "their open cases", caseRow) { form in form.openCases.map { ($0, form.page) } },
            .flag("was_added", "a visit was just stored") { $0.added != nil },
            .text("added", "its number") { $0.added ?? "" },
            .flag("added_case", "it opened a case, of the same number") { $0.addedCase },
            .list("appointments", "the day's appointments, by time", appointmentRow) { form in
                form.page.appointments.filter { $0.date == form.date.iso && $0.status != .cancelled }
            },
            .text("appointment", "the appointment this form records as a visit, posted back; empty for none") {
                $0.values["appointment"]
            },
            .flag("has_appointment", "the form records a booked appointment as a visit") {
                $0.values.optional("appointment") != nil
            },
        ] + fieldErrors)
}
