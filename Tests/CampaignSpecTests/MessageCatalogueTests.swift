import CampaignSpec
import Diagnostics
import Testing

/// SPEC §11: every message in both languages, under a code that keeps its meaning.
@Suite("Messages in Chinese and English")
struct MessageCatalogueTests {
    @Test("every code has a Chinese and an English text with the same blanks, and its number is its own")
    func everyCodeHasBothTexts() {
        let codes = DiagnosticCode.all
        #expect(codes.count > 200)
        #expect(Set(codes.map(\.number)).count == codes.count, "two messages share a code")
        for code in codes {
            let (zh, en) = (code.pattern.zh, code.pattern.en)
            #expect(!zh.isEmpty && !en.isEmpty, "\(code) lacks a text")
            #expect(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(code)'s Chinese: \(zh)")
            #expect(
                Set(DiagnosticCode.placeholders(in: zh)) == Set(DiagnosticCode.placeholders(in: en)),
                "\(code) fills different blanks in its two texts")
            #expect((1...8).contains(code.number / 100), "\(code) is outside J01xx–J08xx")
        }
    }

    @Test("a diagnostic is printed in the language asked for, with its code, the location form unchanged")
    func bothLanguages() {
        let at = SourceLocation(file: "campaign.yaml", line: 31, column: 7)
        let who = Phrase(zh: "李明（li-ming）", en: "'li-ming'")
        let problem = Diagnostic.error(
            .pinOnLeave, ["leader": who, "date": Phrase(zh: "9月8日", en: "2026-09-08")], at: at)
        #expect(problem.description(in: .zh) == "campaign.yaml:31:7: error: 李明（li-ming）9月8日请假，不能固定在这一天 [J0107]")
        #expect(
            problem.description(in: .en)
                == "campaign.yaml:31:7: error: pin puts 'li-ming' on duty on 2026-09-08, a day they are away [J0107]")
        // Advice added later follows in the same language.
        let advised = problem.adding(Phrase(zh: "请改日期", en: "change the date"))
        #expect(advised.message(in: .zh).hasSuffix("不能固定在这一天；请改日期"))
        #expect(advised.message(in: .en).hasSuffix("a day they are away; change the date"))
    }

    @Test("a brace written for the reader is not a blank; a blank with no value stays visible")
    func blanks() {
        #expect(DiagnosticCode.placeholders(in: "写成 {csv: 文件} 或 {{#{name}}}") == ["name"])
        #expect(DiagnosticCode.templateFlag.message(["name": "optimal"]).zh.contains("{{#optimal}}…{{/optimal}}"))
        #expect(DiagnosticCode.visitMissing.message([:]).zh == "请填写“{field}”")
    }

    @Test("the language comes from LANG, LC_MESSAGES or LC_ALL: English only when asked for")
    func fromEnvironment() {
        #expect(Language.fromEnvironment([:]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
    }

    @Test("a broken campaign file's errors read in Chinese, each at its line with its code")
    func brokenCampaignInChinese() {
        let result = load(yaml(replacing: [2: "organisation: 某某镇人民政府", 19: "  rest_days: one"]))
        #expect(
            result.errors.map { $0.description(in: .zh) } == [
                "c.yaml:2:1: error: 活动文件中没有“organisation”这一项；是不是要写“organization”？ [J0103]",
                "c.yaml:19:14: error: rules（排班规则）中的“rest_days”应是整数，这里写的是“one” [J0114]",
            ])
    }
}
