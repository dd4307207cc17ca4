import Foundation
import OfficeFiles
import TestSupport
import Testing

/// The office's formats through the command line: the Word documents `build` writes (checked in
/// LibreOffice), a roster kept in Excel or in a GBK CSV, and the ledger exported as a workbook.
@Suite("Word documents and Excel files")
struct OfficeDocumentTests {
    static let golden = repositoryRoot.appendingPathComponent("Tests/CLITests/Golden/documents")

    static func part(_ file: URL, _ path: String) throws -> String {
        let entries = try ZipArchive.read(Array(try Data(contentsOf: file)), file: file.path).get()
        return String(decoding: try #require(entries[path], "\(path) is missing"), as: UTF8.self)
    }

    @Test("plan.docx and notice.docx: the same bytes twice, document.xml as the golden copy, the GB/T 9704 layout")
    func documents() throws {
        let town = try Town.afterFirstBuild()
        let other = try Town.afterFirstBuild()
        for name in ["plan", "notice"] {
            let file = town.output.appendingPathComponent("\(name).docx")
            #expect(try Data(contentsOf: file) == Data(contentsOf: other.output.appendingPathComponent("\(name).docx")))
            let document = try Self.part(file, "word/document.xml")
            let golden = Self.golden.appendingPathComponent("\(name).document.xml")
            if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
                try document.write(to: golden, atomically: true, encoding: .utf8)
            }
            #expect(
                document == (try String(contentsOf: golden, encoding: .utf8)),
                "\(name).docx differs from \(golden.path)")
            // A4, margins 37 mm top, 35 bottom, 28 left, 26 right (in twentieths of a point), 22 lines.
            #expect(document.contains(#"<w:pgSz w:w="11906" w:h="16838"/>"#))
            #expect(document.contains(#"w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#))
            #expect(document.contains(#"<w:docGrid w:type="lines" w:linePitch="579"/>"#))
            let styles = try Self.part(file, "word/styles.xml")
            for font in ["仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"] {
                #expect(styles.contains(#"w:eastAsia="\#(font)""#), "\(font) is not named as an east-Asian font")
            }
            #expect(styles.contains(#"<w:sz w:val="32"/>"#) && styles.contains(#"<w:sz w:val="44"/>"#))
            for footer in ["word/footer1.xml", "word/footer2.xml"] {
                let text = try Self.part(file, footer)
                #expect(text.contains("— </w:t>") && text.contains(" PAGE ") && text.contains("> —</w:t>"))
            }
        }
    }

    /// Converts with LibreOffice, one profile a conversion, the official fonts standing in as serif.
    static func convert(_ file: URL, to format: String, in dir: URL, infilter: String? = nil) throws -> URL {
        guard Processes.available("soffice") else { try RealClient.missing("LibreOffice (soffice)") }
        let profile = dir.appendingPathComponent("profile-\(UUID().uuidString)")
        var environment = ProcessInfo.processInfo.environment
        environment["FONTCONFIG_FILE"] = repositoryRoot.appendingPathComponent("scripts/official-fonts.conf").path
        let result = try Processes.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            [
                "soffice", "--headless", "-env:UserInstallation=file://\(profile.path)", "--convert-to", format,
                "--outdir", dir.path,
            ] + (infilter.map { ["--infilter=\($0)"] } ?? []) + [file.path], in: dir, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let converted = dir.appendingPathComponent(
            file.deletingPathExtension().lastPathComponent + "."
                + (format.split(separator: ":").first.map(String.init) ?? format))
        #expect(FileManager.default.fileExists(atPath: converted.path), "LibreOffice wrote nothing: \(result.output)")
        return converted
    }

    @Test(
        "LibreOffice prints both documents on A4: the notice on one page, text in order, 28 characters a line",
        .enabled(if: TestEnvironment.has("soffice", "pdfinfo", "pdftotext")))
    func libreOffice() throws {
        let town = try Town.afterFirstBuild()
        var texts: [String: String] = [:]
        for name in ["notice", "plan"] {
            let pdf = try Self.convert(town.output.appendingPathComponent("\(name).docx"), to: "pdf", in: town.dir)
            let info = try RealClient.run("pdfinfo", [pdf.path], need: "pdfinfo (poppler-utils)").stdout
            #expect(info.contains("(A4)"), "\(name): \(info)")
            if name == "notice" { #expect(info.contains("Pages:           1"), "the notice is not one page: \(info)") }
            texts[name] = try RealClient.run("pdftotext", ["-layout", pdf.path, "-"], need: "pdftotext").stdout
        }
        func inOrder(_ text: String, _ marks: [String]) -> Bool {
            var from = text.startIndex
            for mark in marks {
                guard let found = text.range(of: mark, range: from..<text.endIndex) else { return false }
                from = found.upperBound
            }
            return true
        }
        let laidOut = try #require(texts["notice"])
        let notice = laidOut.filter { !$0.isWhitespace }
        #expect(inOrder(notice, ["领导干部大接访活动公告", "9月7日（星期一）", "李明", "9月18日（星期五）", "某某镇人民政府", "—1—"]))
        // In character widths: a Chinese character is one, a digit or a Latin letter half of one.
        let widths = laidOut.split(separator: "\n").map { line in
            line.filter { !$0.isWhitespace }.unicodeScalars.reduce(0.0) { $0 + ($1.isASCII ? 0.5 : 1) }
        }
        #expect(widths.contains(28), "no full line of 28 characters")
        #expect(!widths.contains { $0 > 28.5 }, "a line wider than 28 characters: \(widths.max() ?? 0)")
        let plan = try #require(texts["plan"]).filter { !$0.isWhitespace }
        #expect(inOrder(plan, ["实施方案", "一、指导思想", "二、活动目标", "三、方法步骤", "（一）", "四、工作要求", "附件", "领导干部接访值班表", "序号"]))
        // Print polish: the hours never break inside a session, and the appendix's dates fit
        // their column, each "9月1日（星期二）" on one line.
        let noticeLines = laidOut.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }
        #expect(noticeLines.contains("接访时间：08:30-12:00、14:30-17:30。"), "\(laidOut)")
        let planLines = try #require(texts["plan"]).split(separator: "\n").map { $0.filter { !$0.isWhitespace } }
        let whole = planLines.filter { $0.range(of: #"\d+月\d+日（星期[一二三四五六日]）"#, options: .regularExpression) != nil }
        #expect(whole.count == 25, "\(whole.count) of 25 appendix dates on one line")
        #expect(!planLines.contains { $0.hasSuffix("（星期") }, "a date broken in the appendix")
        #expect(planLines.contains { $0.hasSuffix("镇党委副书记") }, "a title broken in the appendix")
    }

    @Test(
        "a roster kept in Excel: phone numbers stored as numbers keep their digits, dates come as dates, errors name the cell",
        .enabled(if: TestEnvironment.has("soffice")))
    func excelRoster() throws {
        let town = try Town.afterFirstBuild()
        let rows = [
            "编号,姓名,职务,电话,第一责任人,请假", "li-ming,李明,镇党委书记,13800000001,是,", "wang-jianguo,王建国,镇长,13800000002,否,",
            "zhang-wei,张伟,镇党委副书记,13800000003,,", "liu-fang,刘芳,镇人大主席,13800000004,,",
            "chen-zhiqiang,陈志强,镇纪委书记,13800000005,,",
            "yang-xiuying,杨秀英,副镇长,13800000006,,", "zhao-jun,赵军,副镇长,13800000007,,2026-09-10",
        ]
        let csv = town.dir.appendingPathComponent("班子成员.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        let utf8CSV = "Text - txt - csv (StarCalc):44,34,76"
        let workbook = try Self.convert(csv, to: "xlsx", in: town.dir, infilter: utf8CSV)
        try town.edit { text in
            text.replacingOccurrences(
                of: #"leaders:\n(  - .*\n)+"#, with: "leaders: {xlsx: 班子成员.xlsx}\n", options: .regularExpression)
        }
        let check = try CLI.run(["check", "c.yaml"], in: town.dir)
        #expect(check.status == 0 && check.stdout.contains("；名单来自"), "\(check.output)")
        #expect(check.stdout.contains("Excel, sheet"), "\(check.stdout)")
        let rota = try CLI.run(["rota", "c.yaml", "zhao-jun"], in: town.dir)
        #expect(rota.stdout.contains("13800000007"), "the phone lost its digits: \(rota.stdout)")
        let sheet = try SheetTable.read(Array(try Data(contentsOf: workbook)), file: "班子成员.xlsx").get()
        #expect(sheet.rows[7][5].text == "2026-09-10", "the away date: \(sheet.rows[7][5].text)")
        // A broken cell is reported at its place in the sheet.
        try (rows.joined(separator: "\n").replacingOccurrences(of: "是,", with: "也许,") + "\n")
            .write(to: csv, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: workbook)
        _ = try Self.convert(csv, to: "xlsx", in: town.dir, infilter: utf8CSV)
        let broken = try CLI.run(["check", "c.yaml"], in: town.dir)
        #expect(broken.status == 1 && broken.stderr.contains("班子成员.xlsx:\(sheet.sheet)!E2: error:"), "\(broken.stderr)")
    }

    @Test(
        "an old ledger kept in Excel (dates and times as Excel stores them) and one saved as GBK CSV are imported",
        .enabled(if: TestEnvironment.has("soffice")))
    func ledgerImports() throws {
        let town = try Town.afterFirstBuild()
        let rows = [
            "日期,时间,来访方式,接访方式,人数,信访人,身份证号,联系电话,类别,问题类型,诉求内容,处理方式,包案领导,责任单位",
            "2026-09-08,09:30,来访,定点接访,1,张三,11010519491231002X,13912345678,申诉求决,涉农,承包地被占用,包案,li-ming,镇农办",
            "2026-09-09,14:45,来访,定点接访,6,李四,,13900000002,建议意见,城乡建设,修路,当场答复,,",
        ]
        let csv = town.dir.appendingPathComponent("旧台账.csv")
        try (rows.joined(separator: "\n") + "\n").write(to: csv, atomically: true, encoding: .utf8)
        _ = try Self.convert(csv, to: "xlsx", in: town.dir, infilter: "Text - txt - csv (StarCalc):44,34,76")
        let excel = try CLI.run(["ledger", "import", "c.yaml", "旧台账.xlsx"], in: town.dir)
        #expect(excel.status == 0, "\(excel.output)")
        let visits = try CLI.run(["visit", "list", "c.yaml", "--format", "json"], in: town.dir).stdout
        #expect(visits.contains("\"time\": \"09:30\"") && visits.contains("\"time\": \"14:45\""), "\(visits)")
        #expect(visits.contains("\"date\": \"2026-09-09\""), "\(visits)")
        let cases = try CLI.run(["case", "list", "c.yaml", "--format", "json"], in: town.dir).stdout
        #expect(cases.contains("\"leader\": \"li-ming\""), "\(cases)")
        // The same rows saved as GBK, into a second town's ledger.
        let other = try Town.afterFirstBuild()
        try (rows.joined(separator: "\n") + "\n").write(
            to: other.dir.appendingPathComponent("utf8.csv"), atomically: true, encoding: .utf8)
        let converted = try Processes.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["iconv", "-f", "UTF-8", "-t", "GB18030", "-o", "旧台账.csv", "utf8.csv"],
            in: other.dir)
        #expect(converted.status == 0)
        let gbk = try CLI.run(["ledger", "import", "c.yaml", "旧台账.csv"], in: other.dir)
        #expect(gbk.status == 0, "\(gbk.output)")
        let again = try CLI.run(["visit", "list", "c.yaml", "--format", "json"], in: other.dir).stdout
        #expect(again.contains("张三") && again.contains("李四"), "\(again)")
    }

    @Test("a roster saved by Excel on a Chinese Windows PC (GBK CSV) is read, and check says it was GB18030")
    func gbkRoster() throws {
        let town = try Town.afterFirstBuild()
        let text = "编号,姓名,职务,电话,第一责任人\nli-ming,李明,镇党委书记,13800000001,是\nwang-jianguo,王建国,镇长,,\nzhang-wei,张伟,副镇长,,\n"
        try text.write(to: town.dir.appendingPathComponent("leaders-utf8.csv"), atomically: true, encoding: .utf8)
        let converted = try Processes.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["iconv", "-f", "UTF-8", "-t", "GB18030", "-o", "leaders.csv", "leaders-utf8.csv"], in: town.dir)
        #expect(converted.status == 0, "\(converted.stderr)")
        try town.edit { text in
            text.replacingOccurrences(
                of: #"leaders:\n(  - .*\n)+"#, with: "leaders: {csv: leaders.csv}\n", options: .regularExpression
            )
            .replacingOccurrences(of: #"pins:\n(  - .*\n)+"#, with: "", options: .regularExpression)
        }
        let check = try CLI.run(["check", "c.yaml"], in: town.dir)
        #expect(check.stdout.contains("名单来自leaders.csv（CSV, GB18030）"), "\(check.output)")
    }

    @Test(
        "the ledger exported as .xlsx opens in LibreOffice: one row a case, the 台账's columns",
        .enabled(if: TestEnvironment.has("soffice")))
    func ledgerWorkbook() throws {
        let town = try Town.afterFirstBuild()
        let visit = """
            date: 2026-09-08
            time: "09:30"
            channel: 来访
            method: 定点接访
            petitioner: {name: 张三, id_number: 11010519491231002X, phone: "13912345678"}
            category: 申诉求决
            topic: 涉农
            request: "承包地被占用, 要求恢复"
            disposition: 包案
            case: {leader: li-ming, unit: 镇农办}
            """
        try visit.write(to: town.dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: town.dir).status == 0)
        let export = try CLI.run(["ledger", "export", "c.yaml", "-o", "台账.xlsx"], in: town.dir)
        #expect(export.status == 0, "\(export.stderr)")
        let csv = try Self.convert(
            town.dir.appendingPathComponent("台账.xlsx"), to: "csv:Text - txt - csv (StarCalc):44,34,76", in: town.dir)
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(rows.count == 2, "\(rows)")
        #expect(rows.first?.hasPrefix("序号,案件编号,受理日期,来访人,身份证号,联系电话") == true)
        #expect(rows.last?.contains("20260908-01,2026-09-08,张三,11010519491231002X,13912345678") == true, "\(rows)")
        #expect(rows.last?.contains("\"承包地被占用, 要求恢复\"") == true && rows.last?.contains("李明,镇农办") == true)
        // And it comes back in through import's seam as a table with the same header.
        let sheet = try SheetTable.read(
            Array(try Data(contentsOf: town.dir.appendingPathComponent("台账.xlsx"))), file: "台账.xlsx"
        )
        .get()
        #expect(sheet.rows.count == 2 && sheet.rows[1][4].text == "11010519491231002X")
    }

    @Test(
        "a letter's .docx opens in LibreOffice: A4, its title, number, the petitioner's name, and no ID number",
        .enabled(if: TestEnvironment.has("soffice", "pdfinfo", "pdftotext")))
    func letterDocument() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", id: "11010519491231002X", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir).status == 0)
        let written = try CLI.run(["letter", "accept", "c.yaml", "20260908-01", "--date", "2026-09-10"], in: dir)
        #expect(written.status == 0, "\(written.stderr)")
        let pdf = try Self.convert(
            dir.appendingPathComponent("letters/2026-001-accept-20260908-01.docx"), to: "pdf", in: dir)
        let info = try RealClient.run("pdfinfo", [pdf.path], need: "pdfinfo").stdout
        #expect(info.contains("(A4)"), "\(info)")
        let text = try RealClient.run("pdftotext", ["-layout", pdf.path, "-"], need: "pdftotext").stdout
        let flat = text.filter { !$0.isWhitespace }
        #expect(flat.contains("受理告知书") && flat.contains("〔2026〕1号") && flat.contains("张三："), "\(text)")
        #expect(!flat.contains("11010519491231002X"))
    }
}
