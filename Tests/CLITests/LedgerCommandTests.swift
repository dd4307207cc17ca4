import Foundation
import TestSupport
import Testing

/// The case ledger from the command line (SPEC §7): visits and cases as the office records them.
@Suite("The case ledger's commands")
struct LedgerCommandTests {
    static func visit(_ date: String, name: String, id: String? = nil, phone: String, extra: String = "") -> String {
        """
        date: \(date)
        time: "09:30"
        channel: 来访
        method: 定点接访
        petitioner: {name: \(name)\(id.map { ", id_number: \"\($0)\"" } ?? ""), phone: "\(phone)", address: 石桥村十组}
        category: 申诉求决
        topic: 土地征收
        request: 征地补偿款未足额发放，要求补发
        disposition: 包案
        case: {leader: li-ming, unit: 镇国土所}
        \(extra)
        """
    }

    func town() throws -> URL {
        let dir = try Processes.temporaryDirectory()
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"),
            to: dir.appendingPathComponent("c.yaml"))
        return dir
    }

    @Test("visit add prints the number and opens the case; case list shows the deadlines and what is overdue")
    func addAndList() throws {
        let dir = try town()
        try Self.visit("2026-09-08", name: "张三", phone: "13900000001").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let added = try CLI.run(["visit", "add", "c.yaml", "v.yaml", "--by", "王干事"], in: dir)
        #expect(added.status == 0 && added.stdout == "20260908-01 (opens case 20260908-01)\n", "\(added.stderr)")
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
        let dir = try town()
        try Self.visit("2026-09-08", name: "张三", id: "110105194912310021", phone: "139").write(
            to: dir.appendingPathComponent("v.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["visit", "add", "c.yaml", "v.yaml"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("v.yaml:5:35: error: the check character is '1'"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("ledger.sqlite").path))
    }

    @Test("eight visits added at once by eight processes: eight visits, eight numbers, no 'database is locked'")
    func concurrentWriters() throws {
        let dir = try town()
        // The ledger exists first, as in an office, so the eight only write.
        try Self.visit("2026-09-07", name: "起始", phone: "1").write(
            to: dir.appendingPathComponent("v0.yaml"), atomically: true, encoding: .utf8)
        #expect(try CLI.run(["visit", "add", "c.yaml", "v0.yaml"], in: dir).status == 0)
        for i in 1...8 {
            try Self.visit("2026-09-10", name: "群众\(i)", phone: "1390000000\(i)").write(
                to: dir.appendingPathComponent("v\(i).yaml"), atomically: true, encoding: .utf8)
        }
        let results = Collected()
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            results.add(try? CLI.run(["visit", "add", "c.yaml", "v\(i + 1).yaml"], in: dir))
        }
        #expect(results.all.count == 8 && results.all.allSatisfy { $0?.status == 0 }, "\(results.all)")
        let numbers = Set(results.all.compactMap { $0?.stdout.split(separator: " ").first.map(String.init) })
        #expect(numbers == Set((1...8).map { "20260910-0\($0)" }))
        #expect(!results.all.contains { $0?.stderr.contains("locked") == true })
    }

    @Test("no petitioner data reaches any file build writes: every field of a seeded ledger is searched for")
    func privacy() throws {
        let dir = try town()
        let petitioners = [("张三丰", "11010519491231002X", "13912345678"), ("李秀梅", "440106198001011230", "13887654321")]
        for (i, p) in petitioners.enumerated() {
            try Self.visit("2026-09-1\(i)", name: p.0, id: p.1, phone: p.2, extra: "where: 石桥村十组\nopinion: 请国土所核实补偿")
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

    private final class Collected: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var all: [CommandResult?] = []
        func add(_ result: CommandResult?) {
            lock.lock()
            all.append(result)
            lock.unlock()
        }
    }
}
