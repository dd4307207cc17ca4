import Foundation
import OfficeFiles
import TestSupport
import Testing

@Suite("Every value is escaped")
struct EscapingTests {
    /// The sample campaign's shape with every text field replaced by `text(n)`.
    static func campaign(_ text: (Int) -> String) -> String {
        func q(_ n: Int) -> String { "'" + text(n).replacingOccurrences(of: "'", with: "''") + "'" }
        let leaders = (1...7).map { i in
            "  - {id: leader-\(i), name: \(q(10 + i)), title: \(q(20 + i)), phone: \"1380000000\(i)\"\(i == 1 ? ", principal: true" : "")}"
        }.joined(separator: "\n")
        return """
            title: \(q(1))
            organization: \(q(2))
            office: {name: \(q(3)), phone: \(q(4)), address: \(q(5))}
            issued: 2026-08-31
            phases:
              - {id: mobilization, name: \(q(6)), start: 2026-09-01, end: 2026-09-06}
              - {id: resolution, name: \(q(7)), start: 2026-09-07, end: 2026-09-17, public: true}
              - {id: review, name: \(q(8)), start: 2026-09-18, end: 2026-09-25}
            reception:
              location: \(q(9))
              hours: ["08:30-12:00", "14:30-17:30"]
              methods: [\(q(30)), \(q(31))]
            leaders:
            \(leaders)
            rules: {rest_days: 1, max_duties: 5}
            pins:
              - {day: resolution.first, leader: leader-1}
            sites:
              - {id: board, name: \(q(40)), kind: bulletin-board, copies: 1}
              - {id: market, name: \(q(41)), kind: market, copies: 2}

            """
    }

    static func hostile(_ n: Int) -> String {
        "<script>alert('\(n)')</script><b onclick=\"x()\" class='y'>&amp; & \"quoted\" ]]> <!-- c --> {{title}} 😀👨‍👩‍👧 \\; , "
            + String(repeating: "很长的名字", count: n % 3 == 0 ? 40 : 2) + " \(n)"
    }

    @Test("markup, quotes, ampersands, ]]>, emoji and very long names add no element or attribute to any page")
    func hostileValues() throws {
        let dir = try CLI.temporaryDirectory()
        try Self.campaign { "文本\($0)" }.write(
            to: dir.appendingPathComponent("plain.yaml"), atomically: true, encoding: .utf8)
        try Self.campaign { Self.hostile($0) }.write(
            to: dir.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
        for name in ["plain", "hostile"] {
            let result = try CLI.run(["build", "\(name).yaml", "-o", name], in: dir)
            #expect(result.status == 0, "\(name): \(result.stderr)")
        }
        let plain = try folderContents(dir.appendingPathComponent("plain"))
        let hostile = try folderContents(dir.appendingPathComponent("hostile"))
        #expect(Set(plain.keys) == Set(hostile.keys))
        let pages = plain.keys.filter { $0.hasSuffix(".html") }.sorted()
        // index, notice, plan, posting, registers; 7 rotas; 25 registers.
        #expect(pages.count == 5 + 7 + 25)
        for page in pages {
            let expected = HTMLCensus(html: plain[page]!), found = HTMLCensus(html: hostile[page] ?? Data())
            #expect(expected == found, "\(page): \(found) instead of \(expected)")
            #expect(!String(decoding: hostile[page] ?? Data(), as: UTF8.self).contains("<script>"), "\(page)")
        }
        // The Word documents: escaped for XML, so a hostile value adds no element, and libxml2 parses them.
        for document in ["plan.docx", "notice.docx"] {
            func xml(_ folder: [String: Data]) throws -> String {
                let entries = try ZipArchive.read(Array(try #require(folder[document])), file: document).get()
                return String(decoding: try #require(entries["word/document.xml"]), as: UTF8.self)
            }
            let (a, b) = (try xml(plain), try xml(hostile))
            #expect(a.filter { $0 == "<" }.count == b.filter { $0 == "<" }.count, "\(document): a value added markup")
            let extracted = dir.appendingPathComponent("\(document).xml")
            try b.write(to: extracted, atomically: true, encoding: .utf8)
            let lint = try RealClient.run("xmllint", ["--noout", extracted.path], need: "xmllint (libxml2-utils)")
            #expect(lint.status == 0, "\(document): \(lint.output)")
        }
        // The real clients last: where one is missing the test stops here as a skip.
        let problems = try RealClient.html5Problems(in: dir.appendingPathComponent("hostile"))
        #expect(problems.isEmpty, "\(problems)")
        let schedule = dir.appendingPathComponent("hostile/schedule.xml").path
        let xmllint = try RealClient.run(
            "xmllint",
            ["--noout", "--schema", repositoryRoot.appendingPathComponent("Templates/schedule.xsd").path, schedule],
            need: "xmllint (libxml2-utils)")
        #expect(xmllint.status == 0, "\(xmllint.output)")
        let script = """
            import glob, sys, icalendar
            for path in sorted(glob.glob(sys.argv[1] + "/rota/*.ics")):
                cal = icalendar.Calendar.from_ical(open(path, "rb").read())
                for ev in cal.walk("VEVENT"):
                    assert str(ev["LOCATION"]) == sys.argv[2], (path, str(ev["LOCATION"]))
            print("ok")
            """
        let run = try RealClient.python(
            script, [dir.appendingPathComponent("hostile").path, Self.hostile(9)], modules: ["icalendar"])
        #expect(run.status == 0 && run.output.contains("ok"), "\(run.output)")
    }
}
