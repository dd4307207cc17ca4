import CampaignSpec
import CaseLedger
import Rendering

/// A letter to the petitioner (`letter.html.mustache`, `letter.docx.xml.mustache`): their name and
/// address, never their ID number.
public struct LetterSource: Sendable {
    public let campaign: Campaign
    public let letter: Letter
    public let visit: Visit
    public let opened: PetitionCase?

    public init(campaign: Campaign, letter: Letter, visit: Visit, opened: PetitionCase?) {
        self.campaign = campaign
        self.letter = letter
        self.visit = visit
        self.opened = opened
    }
}

extension LedgerReports {
    public static let letterPage = "letter.html.mustache"
    public static let letterDocument = "letter.docx.xml.mustache"

    static func chinese(_ iso: String?) -> String { iso.flatMap(CivilDate.init(iso:))?.chineseFull ?? "" }

    static let letterView = TemplateView<LetterSource>([
        .text("organization", "the issuing body, which signs the letter") { $0.campaign.organization },
        .text("office_name", "the petition office") { $0.campaign.office.name },
        .text("office_phone", "the office's public phone") { $0.campaign.office.phone },
        .text("letter_title", "受理告知书, 不予受理告知书, 转送告知书 or 信访事项处理意见书") { $0.letter.kind.title },
        .text("letter_number", "the letter's number, as 〔2026〕3号") { $0.letter.numberText },
        .text("letter_date", "the letter's day, as 2026年9月10日") { chinese($0.letter.date) },
        .flag("is_accept", "受理告知书") { $0.letter.kind == .accept },
        .flag("is_refuse", "不予受理告知书") { $0.letter.kind == .refuse },
        .flag("is_forward", "转送告知书") { $0.letter.kind == .forward },
        .flag("is_reply", "信访事项处理意见书") { $0.letter.kind == .reply },
        .text("petitioner", "the petitioner's name, the salutation") { $0.visit.name },
        .text("address", "the petitioner's address (empty when not given)") { $0.visit.address ?? "" },
        .text("visit_date", "the day of the visit, as 2026年9月8日") { chinese($0.visit.date) },
        .text("request", "the request, in the petitioner's words") { $0.visit.request },
        .text("opinion", "the handling opinion (for a forward: where it went and why)") { $0.visit.opinion ?? "" },
        .text("reason", "why it is not accepted") { $0.visit.reason ?? "" },
        .text("unit", "the responsible unit of the case") { $0.opened?.unit ?? "" },
        .text("finish_by", "the case's deadline, as 2026年11月9日") { chinese($0.opened?.due) },
        .text("result", "the case's result, for the reply") { $0.opened?.result ?? "" },
    ])

    /// The letter's two templates, for checking with the reports.
    static let letterPages = [
        TemplatePage(name: letterPage, shape: letterView.shape),
        TemplatePage(name: letterDocument, shape: letterView.shape),
    ]

    /// The letter as HTML and as the Word document's `document.xml`.
    public static func renderLetter(_ source: LetterSource, templates: TemplateSet) -> (html: String, document: String)
    {
        let context = letterView.context(source)
        return (templates.render(letterPage, context), templates.render(letterDocument, context))
    }
}
