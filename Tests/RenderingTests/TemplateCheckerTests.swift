import CampaignSpec
import Testing

@testable import Rendering

@Suite("Template tags are checked against their data")
struct TemplateCheckerTests {
    let shape: [String: Shape] = [
        "title": .text, "optimal": .flag,
        "office": .object(["name": .text]),
        "days": .list(["date": .text, "leader": .object(["name": .text])]),
    ]

    func problems(_ text: String, partials: [String: String] = [:]) -> [String] {
        let checker = TemplateChecker(
            partials: partials.mapValues { TemplateSource(name: "p", shownPath: "p", text: $0) })
        return checker.problems(in: TemplateSource(name: "t", shownPath: "t", text: text), shape: shape)
            .map { "\($0.line):\($0.location?.column ?? 0): \($0.message(in: .en))" }
    }

    @Test("keys resolve through enclosing sections, dotted names and list item extras")
    func validTemplate() {
        #expect(
            problems(
                "{{title}}{{office.name}}{{#days}}{{number}}{{date}}{{leader.name}}{{title}}{{^is_last}},{{/is_last}}{{/days}}{{^days}}none{{/days}}{{#optimal}}ok{{/optimal}}{{! a comment }}"
            ) == [])
    }

    @Test("each mistake is reported where it is written")
    func mistakes() {
        #expect(problems("{{titel}}") == ["1:1: unknown key 'titel'; did you mean 'title'?"])
        #expect(problems("x\n  {{office.nmae}}") == ["2:3: 'office.nmae': no key 'nmae' here; did you mean 'name'?"])
        #expect(problems("{{date}}") == ["1:1: unknown key 'date'"], "a list item's key outside its list")
        #expect(problems("{{#days}}{{/day}}") == ["1:10: {{/day}} closes 'days', opened at line 1, column 1"])
        #expect(
            problems("{{#title}}{{/title}}") == [
                "1:1: 'title' is text, not a yes/no value or a list; print it with {{title}}"
            ])
        #expect(problems("{{days}}") == ["1:1: 'days' holds several values; open it as {{#days}}…{{/days}}"])
        #expect(problems("{{=<% %>=}}") == ["1:1: changing the {{ }} delimiters is not supported in jiefang templates"])
        #expect(problems("{{title") == ["1:1: this tag is never closed with }}"])
    }

    @Test("partials are checked in the context that includes them, and may not include themselves")
    func partials() {
        #expect(problems("{{#days}}{{> row}}{{/days}}", partials: ["row": "{{date}}"]) == [])
        #expect(problems("{{> row}}", partials: ["row": "{{date}}"]) == ["1:1: unknown key 'date'"])
        #expect(
            problems("{{> rwo}}", partials: ["row": ""]) == [
                "1:1: no template named 'rwo' to include; did you mean 'row'?"
            ])
        #expect(problems("{{> row}}", partials: ["row": "{{> row}}"]).contains("1:1: 'row' includes itself"))
    }
}
