import Foundation
import TestSupport
import Testing

/// The case ledger from the command line (SPEC §7): visits and cases as the office records them.
@Suite("The case ledger's commands")
struct LedgerCommandTests {
    @Test("visit add prints the number and opens the case; case list shows the deadlines and what is overdue")
    func addAndList() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let added = try CLI.run(["visit", "add", "c.yaml", "v.yaml", "--by", "王干事"], in: dir)
        #expect(added.status == 0 && added.stdout == "20260908-01（立案20260908-01）\n", "\(added.stderr)")
        // Told in time, so only the finishing deadline can make it overdue here.
        let told = try CLI.run(
            ["case", "notify", "c.yaml", "20260908-01", "--method", "当面", "--date", "2026-09-08"], in: dir)
        #expect(told.status == 0, "\(told.stderr)")
        let overdue = try CLI.run(
            ["case", "list", "c.yaml", "--overdue", "--as-of", "2026-11-10", "--format", "json"], in: dir)
        #expect(
            overdue.stdout.contains("\"finish_by\": \"2026-11-09\"") && overdue.stdout.contains("\"overdue\": true"))
        let inTime = try CLI.run(
            ["case", "list", "c.yaml", "--overdue", "--as-of", "2026-11-09", "--format", "json"], in: dir)
        #expect(inTime.stdout == "[]\n", "\(inTime.stdout)")
    }

    @Test("a broken visit is an error at its line and column, exit 1, and no ledger is written")
    func brokenVisit() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", id: "110105194912310021", phone: "139").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("v.yaml:5:35: error: 身份证号有误：最后一位校验码是“1”，按前17位应是“X”"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ledger.sqlite").path))
    }

    @Test("eight visits added at once by eight processes: eight visits, eight numbers, no 'database is locked'")
    func concurrentWriters() throws {
        let dir = try LedgerFixture.town()
        // The ledger exists first, as in an office, so the eight only write.
        try LedgerFixture.visit("2026-09-07", name: "起始", phone: "1").write(
            to: dir.appendingPathComponent("v0.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v0.yaml"], in: dir).status == 0)
        for i in 1...8 {
            try LedgerFixture.visit("2026-09-10", name: "群众\(i)", phone: "1390000000\(i)").write(
                to: dir.appendingPathComponent("v\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let results = Collected<CommandResult?>()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            results.add(try? CLI.run(["visit", "add", "c.yaml", "v\(i + 1).yaml"], in: dir))
        }
        #expect(results.all.count == 8 && results.all.allSatisfy { $0?.status == 0 }, "\(results.all)")
        let numbers = Set(results.all.compactMap { $0?.stdout.split(separator: "（").first.map(String.init) })
        #expect(numbers == Set((1...8).map { "20260910-0\($0)" }))
        #expect(!results.all.contains { $0?.stderr.contains("locked") == true })
    }

    @Test("no petitioner data reaches any file build writes: every field of a seeded ledger is searched for")
    func privacy() throws {
        let dir = try LedgerFixture.town()
        let petitioners = [("张三丰", "11010519491231002X", "13912345678"), ("李秀梅", "440106198001011230", "13887654321")]
        for (i, p) in petitioners.enumerated() {
            try LedgerFixture.visit(
                "2026-09-1\(i)", name: p.0, id: p.1, phone: p.2, extra: "where: 石桥村十组\nopinion: 请国土所核实补偿"
            )
            .write(to: dir.appendingPathComponent("v\(i).yaml"), atomically: true, encoding: .utf8)
            let added = try CLI.run(["visit", "add", "c.yaml", "v\(i).yaml"], in: dir)
            #expect(added.status == 0, "\(added.stderr)")
        }
        #expect(try CLI.run(["build", "c.yaml", "-o", "out"], in: dir).status == 0)
        var fields: [String] = ["石桥村十组", "征地补偿款未足额发放", "请国土所核实补偿", "镇国土所"]
        for p in petitioners { fields += [p.0, p.1, p.2, String(p.1.suffix(4)), String(p.1.prefix(6))] }
        let walker = FileManager.default.enumerator(atPath: dir.appendingPathComponent("out").path)
        var searched = 0
        while let path = walker?.nextObject() as? String {
            guard let data = FileManager.default.contents(atPath: dir.appendingPathComponent("out/\(path)").path) else {
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            for field in fields { #expect(!text.contains(field), "\(path) holds '\(field)'") }
            searched += 1
        }
        #expect(searched >= 45)
    }

    /// A county-sized old ledger: `count` rows, a third of them 包案 cases.
    static func bigLedger(_ count: Int) -> String {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks = Array("10X98765432")
        var rows = ["日期,时间,来访方式,接访方式,人数,信访人,身份证号,联系电话,类别,问题类型,诉求内容,处理方式,包案领导,责任单位"]
        for i in 0..<count {
            let body = "4401061980" + String(String(i).reversed()).padding(toLength: 7, withPad: "0", startingAt: 0)
            let sum = zip(body, weights).reduce(0) { $0 + ($1.0.wholeNumberValue ?? 0) * $1.1 }
            let opens = i % 3 == 0
            rows.append(
                [
                    "2026-09-\(10 + i % 15)", "10:00", "来访", "定点接访", "1", "群众\(i)", body + String(checks[sum % 11]),
                    "139\(100_000_000 + i)", "申诉求决", "涉农", "诉求\(i)", opens ? "包案" : "当场答复",
                    opens ? "li-ming" : "", opens ? "镇农办" : "",
                ].joined(separator: ","))
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func visitCount(_ dir: URL) throws -> Int {
        let list = try CLI.run(["visit", "list", "c.yaml", "--format", "json"], in: dir)
        return list.stdout.components(separatedBy: "\"number\"").count - 1
    }

    /// Starts `ledger import` of old.csv in `dir`, its output to a pipe.
    func startImport(_ dir: URL) throws -> (Process, Pipe) {
        let process = Process()
        let output = Pipe()
        process.executableURL = CLI.binary
        process.arguments = ["ledger", "import", "c.yaml", "old.csv"]
        process.currentDirectoryURL = dir
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    @Test("an import killed while it writes leaves none of its 10,000 rows, killed after, all; a bad row, none")
    func killedImport() throws {
        let dir = try LedgerFixture.town()
        try Self.bigLedger(10_000).write(to: dir.appendingPathComponent("old.csv"), atomically: true, encoding: .utf8)
        let wal = dir.appendingPathComponent("ledger.sqlite-wal").path
        func walSize() -> Int {
            ((try? FileManager.default.attributesOfItem(atPath: wal))?[.size] as? NSNumber)?.intValue ?? 0
        }

        // Killed mid-write: the rows are being stored once the write-ahead log grows past what
        // opening the ledger writes into it (about 130 KB), long before they are all in.
        let (writing, _) = try startImport(dir)
        let deadline = Date().addingTimeInterval(120)
        while writing.isRunning && walSize() < 512 * 1024 && Date() < deadline { usleep(2_000) }
        let sizeAtKill = walSize()
        let stillRunning = writing.isRunning
        kill(writing.processIdentifier, SIGKILL)
        writing.waitUntilExit()
        #expect(
            stillRunning && writing.terminationReason == .uncaughtSignal && sizeAtKill >= 512 * 1024,
            "the kill did not land mid-write: running \(stillRunning), log \(sizeAtKill) bytes")
        #expect(try visitCount(dir) == 0, "killed mid-write, yet rows were stored")

        // Killed the moment it says the rows are in: all of them are.
        let (finishing, output) = try startImport(dir)
        var said = Data()
        while !String(decoding: said, as: UTF8.self).contains("imported") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said += chunk
        }
        kill(finishing.processIdentifier, SIGKILL)
        finishing.waitUntilExit()
        #expect(String(decoding: said, as: UTF8.self).hasPrefix("从old.csv导入了10000次来访"), "\(said)")
        #expect(try visitCount(dir) == 10_000)

        let check = try CLI.run(["ledger", "check", "c.yaml"], in: dir)
        #expect(check.status == 0 && check.stdout.hasSuffix("ledger.sqlite：检查通过\n"), "\(check.stderr)")

        let broken = Self.bigLedger(3).replacingOccurrences(of: "申诉求决,涉农,诉求2", with: "申诉求决,农业,诉求2")
        try broken.write(to: dir.appendingPathComponent("bad.csv"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["ledger", "import", "c.yaml", "bad.csv"], in: dir)
        #expect(
            refused.status == 1 && refused.stderr.contains("bad.csv:4:69: error: “问题分类”请从"),
            "\(refused.stderr)")
        #expect(try visitCount(dir) == 10_000)
    }

    @Test("--as-of shows a case as it stood: closed on 09-24 by --date, it is open in the list and reports of 09-14")
    func pastAsItWas() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir).status == 0)
        let closed = try CLI.run(
            [
                "case", "close", "c.yaml", "20260908-01", "--result", "补偿到位", "--reply-date", "2026-09-24",
                "--satisfaction", "满意", "--date", "2026-09-24",
            ], in: dir)
        #expect(closed.status == 0, "\(closed.stderr)")
        let before = try CLI.run(["case", "list", "c.yaml", "--as-of", "2026-09-14"], in: dir).stdout
        let after = try CLI.run(["case", "list", "c.yaml", "--as-of", "2026-09-24"], in: dir).stdout
        #expect(before.contains("办理中") && !before.contains("已办结"), "\(before)")
        #expect(after.contains("已办结"), "\(after)")
        #expect(try CLI.run(["report", "summary", "c.yaml", "--as-of", "2026-09-14"], in: dir).status == 0)
        let summary = try String(
            contentsOf: dir.appendingPathComponent("reports/summary-2026-09-14.html"), encoding: .utf8)
        #expect(!summary.contains("办结率100.0%") && summary.contains("20260908-01"), "the case is still open on 09-14")
        let early = try CLI.run(
            ["case", "reopen", "c.yaml", "20260908-01", "--reason", "再次反映", "--date", "2026-09-20"], in: dir)
        #expect(early.status == 1 && early.stderr.contains("早于它的上一步（2026-09-24）"), "\(early.stderr)")
    }

    @Test("case notify records the 告知; case list --overdue lists 告知超期 beside 办结超期, 转送 visits included")
    func notices() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", phone: "13900000001").write(
            to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try LedgerFixture.visit("2026-09-08", name: "李四", phone: "13900000002")
            .replacingOccurrences(of: "disposition: 包案", with: "disposition: 转送")
            .replacingOccurrences(of: "case: {leader: li-ming, unit: 镇国土所}", with: "")
            .write(to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        for file in ["a.yaml", "b.yaml"] {
            let added = try CLI.run(["visit", "add", "c.yaml", file], in: dir)
            #expect(added.status == 0, "\(added.stderr)")
        }
        let late = try CLI.run(["case", "list", "c.yaml", "--overdue", "--as-of", "2026-09-24"], in: dir).stdout
        #expect(late.contains("20260908-01") && late.contains("告知超期") && late.contains("未告知"), "\(late)")
        #expect(late.contains("转送、不予受理事项告知超期") && late.contains("20260908-02"), "\(late)")
        let told = try CLI.run(
            ["case", "notify", "c.yaml", "20260908-01", "--method", "电话", "--date", "2026-09-10"], in: dir)
        #expect(told.status == 0 && told.stdout == "20260908-01：已登记告知\n", "\(told.stderr)")
        let after = try CLI.run(["case", "list", "c.yaml", "--overdue", "--as-of", "2026-09-24"], in: dir).stdout
        #expect(!after.contains("20260908-01 ") && after.contains("20260908-02"), "\(after)")
        let json = try CLI.run(["case", "list", "c.yaml", "--format", "json", "--as-of", "2026-09-24"], in: dir).stdout
        #expect(
            json.contains("\"notified\": {\"date\": \"2026-09-10\", \"method\": \"电话\"}, \"notify_overdue\": false"))
    }

    @Test("export to CSV or .xlsx and import into an empty ledger gives back every visit and case as it stood")
    func losslessRoundTrip() throws {
        let dir = try LedgerFixture.town()
        func run(_ arguments: [String], in folder: URL? = nil) throws -> CommandResult {
            let result = try CLI.run(arguments, in: folder ?? dir)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            return result
        }
        let visits = [
            ("a", LedgerFixture.visit("2026-09-08", name: "张三", phone: "13900000001")),
            // The same petitioner on the same topic: joins case 20260908-01.
            ("b", LedgerFixture.visit("2026-09-10", name: "张三", phone: "13900000001")),
            // Marked a new matter: its own case.
            ("c", LedgerFixture.visit("2026-09-11", name: "张三", phone: "13900000001", extra: "new_matter: true")),
            (
                "d",
                LedgerFixture.visit("2026-09-12", name: "李四", phone: "13900000002")
                    .replacingOccurrences(of: "disposition: 包案", with: "disposition: 转送")
                    .replacingOccurrences(of: "case: {leader: li-ming, unit: 镇国土所}", with: "")
            ),
        ]
        for (name, yaml) in visits {
            try yaml.write(to: dir.appendingPathComponent("visit-\(name).yaml"), atomically: true, encoding: .utf8)
            _ = try run(["visit", "add", "c.yaml", "visit-\(name).yaml"])
        }
        _ = try run(["case", "notify", "c.yaml", "20260908-01", "--method", "电话", "--date", "2026-09-09"])
        _ = try run(["case", "notify", "c.yaml", "20260912-01", "--method", "书面", "--date", "2026-09-14"])
        _ = try run(["case", "progress", "c.yaml", "20260908-01", "--date", "2026-09-10", "--text", "已约谈, \"村委会\""])
        _ = try run(["case", "progress", "c.yaml", "20260908-01", "--date", "2026-09-11", "--text", "=现场核实"])
        _ = try run([
            "case", "extend", "c.yaml", "20260908-01", "--days", "20", "--approver", "李明", "--reason", "需会商",
            "--date", "2026-09-12",
        ])
        _ = try run([
            "case", "close", "c.yaml", "20260908-01", "--result", "补偿到位", "--reply-date", "2026-09-20",
            "--satisfaction", "基本满意", "--follow-up", "电话回访", "--stopped", "--date", "2026-09-21",
        ])
        #expect(try run(["visit", "list", "c.yaml"]).stdout.contains("20260910-01"))
        let caseList = ["case", "list", "c.yaml", "--format", "json", "--as-of", "2026-09-30"]
        let before = try run(caseList).stdout
        #expect(before.contains("\"status\": \"closed\"") && before.contains("\"notified\": {\"date\": \"2026-09-09\""))
        _ = try run(["ledger", "export", "c.yaml", "-o", "out.csv"])

        let other = try LedgerFixture.town()
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("out.csv"), to: other.appendingPathComponent("in.csv"))
        let imported = try run(["ledger", "import", "c.yaml", "in.csv"], in: other)
        #expect(imported.stdout == "从in.csv导入了4次来访（2件案件）\n", "\(imported.stdout)")
        _ = try run(["ledger", "export", "c.yaml", "-o", "again.csv"], in: other)
        let first = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
        let second = try String(contentsOf: other.appendingPathComponent("again.csv"), encoding: .utf8)
        #expect(second == first, "the export of the import differs from the export")
        #expect(try run(caseList, in: other).stdout == before)
        #expect(
            try run(["visit", "list", "c.yaml", "--format", "json"], in: other).stdout
                == (try run(["visit", "list", "c.yaml", "--format", "json"]).stdout))
        for day in ["2026-09-15", "2026-09-21"] {
            let asOf = ["case", "list", "c.yaml", "--format", "json", "--as-of", day]
            #expect(try run(asOf, in: other).stdout == (try run(asOf).stdout), "as of \(day)")
        }
        #expect(try run(["ledger", "check", "c.yaml"], in: other).stdout.hasSuffix("：检查通过\n"))

        // The workbook too: its 接访记录 sheet, behind the 接访台账 the office reads first.
        _ = try run(["ledger", "export", "c.yaml", "-o", "out.xlsx"])
        let third = try LedgerFixture.town()
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("out.xlsx"), to: third.appendingPathComponent("in.xlsx"))
        let fromExcel = try run(["ledger", "import", "c.yaml", "in.xlsx"], in: third)
        #expect(fromExcel.stdout == "从in.xlsx导入了4次来访（2件案件）\n", "\(fromExcel.stdout)")
        _ = try run(["ledger", "export", "c.yaml", "-o", "again.csv"], in: third)
        #expect(
            try String(contentsOf: third.appendingPathComponent("again.csv"), encoding: .utf8) == first,
            "the export of the workbook's import differs from the export")
        #expect(try run(caseList, in: third).stdout == before)
    }

    @Test("letters: numbered by year, private, name and address but never the ID number; a 告知 letter records the 告知")
    func letters() throws {
        let dir = try LedgerFixture.town()
        try LedgerFixture.visit("2026-09-08", name: "张三", id: "11010519491231002X", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir).status == 0)
        let accepted = try CLI.run(["letter", "accept", "c.yaml", "20260908-01", "--date", "2026-09-10"], in: dir)
        #expect(accepted.status == 0 && accepted.stdout.hasPrefix("〔2026〕1号 受理告知书\n"), "\(accepted.stderr)")
        let html = dir.appendingPathComponent("letters/2026-001-accept-20260908-01.html")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("张三：") && page.contains("石桥村十组") && page.contains("〔2026〕1号"))
        #expect(page.contains("2026年11月9日前书面答复") && !page.contains("11010519491231002X"))
        let mode = try FileManager.default.attributesOfItem(atPath: html.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let list = try CLI.run(["case", "list", "c.yaml", "--as-of", "2026-09-30"], in: dir).stdout
        #expect(list.contains("2026-09-10 书面"), "the letter is the written 告知: \(list)")
        // A letter that does not answer the visit's disposition is refused, and takes no number.
        let wrong = try CLI.run(["letter", "refuse", "c.yaml", "20260908-01"], in: dir)
        #expect(wrong.status == 1 && wrong.stderr.contains("不予受理告知书只用于不予受理"), "\(wrong.stderr)")
        let early = try CLI.run(["letter", "reply", "c.yaml", "20260908-01"], in: dir)
        #expect(early.status == 1 && early.stderr.contains("在案件办结、有了办理结果后才能出具"), "\(early.stderr)")
        #expect(
            try CLI.run(
                [
                    "case", "close", "c.yaml", "20260908-01", "--result", "已补发补偿款", "--reply-date", "2026-10-08",
                    "--satisfaction", "满意", "--date", "2026-10-08",
                ], in: dir
            ).status == 0)
        let reply = try CLI.run(["letter", "reply", "c.yaml", "20260908-01", "--date", "2026-10-08"], in: dir)
        #expect(reply.status == 0 && reply.stdout.hasPrefix("〔2026〕2号 信访事项处理意见书"), "\(reply.stderr)")
        let replyText = try String(
            contentsOf: dir.appendingPathComponent("letters/2026-002-reply-20260908-01.html"), encoding: .utf8)
        #expect(replyText.contains("已补发补偿款") && replyText.contains("30日内"))
        #expect(
            FileManager.default.fileExists(
                atPath: dir.appendingPathComponent("letters/2026-002-reply-20260908-01.docx").path))
    }

    @Test("a formula written in a visit is exported behind a ' and comes back as written; leaders by name")
    func formulasAndLeaderNames() throws {
        let dir = try LedgerFixture.town()
        let formula = "=HYPERLINK(\"http://example.invalid\",\"点此\")"
        let yaml = LedgerFixture.visit("2026-09-08", name: "张三", phone: "13900000001")
            .replacingOccurrences(of: "request: 征地补偿款未足额发放，要求补发", with: "request: '\(formula)'")
            .replacingOccurrences(of: "leader: li-ming", with: "leader: 李明")
        try yaml.write(to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let added = try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir)
        #expect(added.status == 0, "\(added.stderr)")
        let table = try CLI.run(["case", "list", "c.yaml", "--leader", "李明"], in: dir).stdout
        #expect(table.contains("李明（镇党委书记）") && !table.contains("li-ming"), "\(table)")
        let json = try CLI.run(["case", "list", "c.yaml", "--format", "json"], in: dir).stdout
        #expect(json.contains("\"leader\": \"li-ming\", \"leader_name\": \"李明（镇党委书记）\""), "\(json)")
        let unknown = try CLI.run(["case", "list", "c.yaml", "--leader", "李四"], in: dir)
        #expect(unknown.status == 1 && unknown.stderr.contains("名单中没有“李四”"), "\(unknown.stderr)")

        #expect(try CLI.run(["ledger", "export", "c.yaml", "-o", "out.csv"], in: dir).status == 0)
        let csv = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(csv.contains(",\"'=HYPERLINK(") && !csv.contains(",\"=HYPERLINK("), "\(csv)")
        let other = try LedgerFixture.town()
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("out.csv"), to: other.appendingPathComponent("in.csv"))
        let imported = try CLI.run(["ledger", "import", "c.yaml", "in.csv"], in: other)
        #expect(imported.status == 0, "\(imported.stderr)")
        let back = try CLI.run(["ledger", "export", "c.yaml", "-o", "again.csv"], in: other)
        #expect(back.status == 0)
        #expect(try String(contentsOf: other.appendingPathComponent("again.csv"), encoding: .utf8) == csv)
    }

    @Test(
        "export writes every visit with its case's deadlines; importing it into an empty ledger gives the same visits")
    func exportAndBackUp() throws {
        let dir = try LedgerFixture.town()
        try Self.bigLedger(30).write(to: dir.appendingPathComponent("old.csv"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["ledger", "import", "c.yaml", "old.csv"], in: dir).status == 0)
        // A backup taken while eight writers are adding visits is itself a whole, valid ledger.
        for i in 1...8 {
            try LedgerFixture.visit("2026-09-20", name: "群众\(i)", phone: "1380000000\(i)").write(
                to: dir.appendingPathComponent("w\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let backup = Collected<CommandResult?>()
        DispatchQueue.concurrentPerform(iterations: 9) { i in
            if i == 4 {
                backup.add(try? CLI.run(["ledger", "backup", "c.yaml", "copy.sqlite"], in: dir))
            } else {
                _ = try? CLI.run(["visit", "add", "c.yaml", "w\(i < 4 ? i + 1 : i).yaml"], in: dir)
            }
        }
        #expect(backup.all.first??.status == 0, "\(String(describing: backup.all.first??.stderr))")
        let export = try CLI.run(["ledger", "export", "c.yaml", "-o", "out.csv"], in: dir)
        #expect(
            export.status == 0 && export.stdout == "已把38次来访写入out.csv\n", "\(export.stdout)\(export.stderr)")
        let csv = try String(contentsOf: dir.appendingPathComponent("out.csv"), encoding: .utf8)
        #expect(csv.contains(",2026-09-10,") && csv.contains(",办理中"))
        let again = dir.appendingPathComponent("again")
        try FileManager.default.createDirectory(at: again, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("c.yaml"), to: again.appendingPathComponent("c.yaml"))
        let reimport = try CLI.run(["ledger", "import", "c.yaml", "../out.csv"], in: again)
        #expect(reimport.status == 0 && reimport.stdout.hasPrefix("从../out.csv导入了38次来访"), "\(reimport.stderr)")
        let copyDir = dir.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copyDir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("c.yaml"), to: copyDir.appendingPathComponent("c.yaml"))
        try FileManager.default.copyItem(
            at: dir.appendingPathComponent("copy.sqlite"), to: copyDir.appendingPathComponent("ledger.sqlite"))
        let checked = try CLI.run(["ledger", "check", "c.yaml"], in: copyDir)
        #expect(checked.status == 0, "\(checked.stderr)")
        let copied = try visitCount(copyDir)
        #expect(copied >= 30 && copied <= 38)
    }

    @Test("user add reads the password from standard input and stores only its hash; list and remove")
    func users() throws {
        let dir = try LedgerFixture.town()
        let added = try Processes.run(
            CLI.binary, ["user", "add", "c.yaml", "王干事", "--role", "office", "--bcrypt-cost", "4"], in: dir,
            input: Data("a long secret phrase\n".utf8))
        #expect(added.status == 0 && added.stdout == "已添加信访办账号“王干事”\n", "\(added.stderr)")
        let short = try Processes.run(
            CLI.binary, ["user", "add", "c.yaml", "李明", "--role", "leader", "--leader", "li-ming"], in: dir,
            input: Data("short\n".utf8))
        #expect(short.status == 1 && short.stderr.contains("至少要10个"), "\(short.stderr)")
        let list = try CLI.run(["user", "list", "c.yaml"], in: dir)
        #expect(list.stdout == "王干事\toffice\n")
        for file in ["ledger.sqlite", "ledger.sqlite-wal"] {
            let bytes = FileManager.default.contents(atPath: dir.appendingPathComponent(file).path) ?? Data()
            #expect(
                !String(decoding: bytes, as: UTF8.self).contains("a long secret phrase"), "\(file) holds the password")
        }
        #expect(try CLI.run(["user", "remove", "c.yaml", "王干事"], in: dir).status == 0)
        #expect(try CLI.run(["user", "list", "c.yaml"], in: dir).stdout.isEmpty)
    }

    @Test("serve refuses any address but loopback before an office account exists, and binds nothing")
    func serveRefusesOpenHost() throws {
        let dir = try LedgerFixture.town()
        let result = try CLI.run(["serve", "c.yaml", "--host", "0.0.0.0", "--port", "18765"], in: dir)
        #expect(result.status == 1, "\(result.stdout)")
        #expect(result.stderr.contains("error: 要在0.0.0.0上提供网页，先要有一个信访办账号"), "\(result.stderr)")
    }
}
