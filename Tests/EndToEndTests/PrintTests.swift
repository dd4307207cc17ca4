import Foundation
import TestSupport
import Testing

/// What the town prints, printed: `build --pdf` runs headless Chromium, and poppler's pdfinfo
/// and pdftotext read the PDFs back. Skipped without Chromium on a developer's machine;
/// under CI=true a missing tool fails the test.
@Suite("Printed in Chromium")
struct PrintTests {
    struct PDF {
        let pages: Int
        let isA4: Bool

        static func read(_ url: URL) throws -> PDF? {
            let run = try RealClient.run("pdfinfo", [url.path], need: "pdfinfo (poppler-utils)")
            let lines = run.output.split(separator: "\n")
            let pages = lines.first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
            let size = lines.first { $0.hasPrefix("Page size:") }.map(String.init) ?? ""
            return PDF(pages: pages, isA4: size.contains("(A4)"))
        }

        /// One page's text, laid out as printed, so a table row stays on one line.
        static func text(_ url: URL, page: Int? = nil) throws -> String {
            let range = page.map { ["-f", String($0), "-l", String($0)] } ?? []
            return try RealClient.run(
                "pdftotext", ["-layout"] + range + [url.path, "-"], need: "pdftotext (poppler-utils)"
            ).stdout
        }
    }

    /// Chromium and poppler, or CI, where they must be installed.
    static let canPrint = TestEnvironment.has("chromium", "pdfinfo", "pdftotext")

    /// A town folder built with `--pdf` from `yaml`.
    static func printed(_ yaml: String) throws -> Town {
        let town = Town(dir: try CLI.temporaryDirectory())
        try yaml.write(to: town.campaign, atomically: true, encoding: .utf8)
        let result = try town.build(["--pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        // The index links every PDF, and each link leads to one.
        let index = try town.page("index.html")
        let links = index.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
            .filter { $0.hasSuffix(".pdf") }
        #expect(links.count == 4 + (try town.leaders()).count, "\(links)")
        for link in links {
            #expect(
                FileManager.default.fileExists(atPath: town.output.appendingPathComponent(String(link)).path), "\(link)"
            )
        }
        return town
    }

    /// Every day's register is one page, in date order, naming the day and its leader.
    static func checkRegisters(_ town: Town) throws {
        let roster = try town.roster(), names = try town.leaders()
        let registers = town.output.appendingPathComponent("registers.pdf")
        let info = try #require(try PDF.read(registers))
        #expect(info.pages == roster.count && info.isA4)
        for (page, date) in roster.keys.sorted().enumerated() {
            let text = try PDF.text(registers, page: page + 1)
            let parts = date.split(separator: "-").map { Int($0)! }
            #expect(text.contains("接访日期：\(parts[0])年\(parts[1])月\(parts[2])日"), "register page \(page + 1)")
            #expect(text.contains("值班领导：\(names[roster[date]!]!.name)"), "register page \(page + 1)")
        }
    }

    /// Each rota is one page holding every one of the leader's days.
    static func checkRotas(_ town: Town) throws -> [String: Int] {
        let roster = try town.roster()
        var duties: [String: Int] = [:]
        for id in Set(roster.values) {
            let pdf = town.output.appendingPathComponent("rota/\(id).pdf")
            let info = try #require(try PDF.read(pdf))
            #expect(info.pages == 1 && info.isA4, "rota/\(id).pdf has \(info.pages) pages")
            let text = try PDF.text(pdf)
            let days = roster.filter { $0.value == id }.keys
            for date in days {
                #expect(text.contains(PrintCampaign.chineseWithWeekday(iso: date)), "rota/\(id).pdf: \(date)")
            }
            duties[id] = days.count
        }
        return duties
    }

    /// Copies `versions` of a file into .build/test-artifacts, for inspection after a failure.
    static func keep(_ versions: [Data], named path: String) throws -> String {
        let folder = repositoryRoot.appendingPathComponent(".build/test-artifacts")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let base = path.replacingOccurrences(of: "/", with: "-")
        for (i, data) in versions.enumerated() { try data.write(to: folder.appendingPathComponent("\(i + 1)-\(base)")) }
        return folder.path
    }

    @Test(
        "the notice is one A4 page for 1, 7, 14 and 31 public days with long names and titles; each row holds its day and leader",
        .enabled(if: canPrint), arguments: [1, 7, 14, 31])
    func noticeOnOnePage(publicDays: Int) throws {
        let town = try Self.printed(PrintCampaign.yaml(publicDays: publicDays))
        let notice = town.output.appendingPathComponent("notice.pdf")
        let info = try #require(try PDF.read(notice))
        #expect(info.pages == 1 && info.isA4, "\(publicDays) days: \(info.pages) pages")
        let lines = try PDF.text(notice).split(separator: "\n")
        let roster = try town.roster(), names = try town.leaders()
        let publicDates = roster.keys.filter { $0 >= "2026-09-07" }.sorted().prefix(publicDays)
        for date in publicDates {
            let day = PrintCampaign.chineseWithWeekday(iso: date), name = names[roster[date]!]!.name
            #expect(
                lines.contains { $0.contains(day) && $0.contains(name) },
                "\(publicDays) days: no row with \(day) and \(name)")
        }
        try Self.checkRegisters(town)
        _ = try Self.checkRotas(town)
        if publicDays == 1 {
            // Chromium stamps the time it ran; the build replaces it, so PDFs repeat byte for byte.
            let first = try folderContents(town.output)
            #expect(try town.build(["--pdf", "-o", "again"]).status == 0)
            let again = try folderContents(town.dir.appendingPathComponent("again"))
            #expect(Set(again.keys) == Set(first.keys))
            for (path, bytes) in first.sorted(by: { $0.key < $1.key }) where again[path] != bytes {
                // Both copies are kept for a look at what Chromium did differently.
                let kept = try Self.keep([bytes, again[path] ?? Data()], named: path)
                let at: String =
                    zip(bytes, again[path] ?? Data()).enumerated().first { $0.element.0 != $0.element.1 }
                    .map { String($0.offset) } ?? "-"
                let sizes = "\(bytes.count) and \(again[path]?.count ?? 0) bytes"
                Issue.record("\(path) differs between two builds (\(sizes), first at byte \(at)); both in \(kept)")
            }
        }
    }

    @Test(
        "90 public days paginate with the table header on every page; a rota of 12 or more duties is one page",
        .enabled(if: canPrint))
    func longNotice() throws {
        let town = try Self.printed(PrintCampaign.yaml(publicDays: 90))
        let notice = town.output.appendingPathComponent("notice.pdf")
        let info = try #require(try PDF.read(notice))
        #expect(info.pages >= 3 && info.isA4, "\(info.pages) pages")
        for page in 1...max(1, info.pages) {
            #expect(try PDF.text(notice, page: page).contains("接访领导"), "page \(page) has no table header")
        }
        let all = try PDF.text(notice)
        let roster = try town.roster(), names = try town.leaders()
        for date in roster.keys where date >= "2026-09-07" && date <= "2026-12-05" {
            let day = PrintCampaign.chineseWithWeekday(iso: date), name = names[roster[date]!]!.name
            #expect(
                all.split(separator: "\n").contains { $0.contains(day) && $0.contains(name) },
                "no row with \(day) and \(name)")
        }
        let duties = try Self.checkRotas(town)
        #expect(duties.values.contains(12) || duties.values.allSatisfy { $0 >= 12 }, "\(duties)")
        try Self.checkRegisters(town)
    }

    @Test("without Chromium, --pdf says what to install, and the HTML is still written")
    func noChromium() throws {
        let town = Town(dir: try CLI.temporaryDirectory())
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), to: town.campaign)
        let result = try town.build(["--pdf", "--chromium", town.dir.appendingPathComponent("no-such-chromium").path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "error: --chromium \(town.dir.path)/no-such-chromium 不是可执行文件；"
                    + "请安装Chromium（Debian：apt-get install chromium-headless-shell fonts-noto-cjk），或用 --chromium 路径 指定；"
                    + "其他文件已写入output/，没有PDF [J0554]"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: town.output.appendingPathComponent("notice.html").path))
        #expect(!FileManager.default.fileExists(atPath: town.output.appendingPathComponent("notice.pdf").path))
        #expect(!(try town.page("index.html")).contains(".pdf"), "the index links PDFs that were not printed")

        let noPath = try CLI.run(
            ["build", "c.yaml", "--pdf", "-o", "other"], in: town.dir, environment: ["PATH": town.dir.path])
        #expect(noPath.status == 1)
        #expect(
            noPath.stderr.contains("error: 生成PDF需要Chromium，但PATH中没有；请安装"), "\(noPath.stderr)")
        #expect(FileManager.default.fileExists(atPath: town.dir.appendingPathComponent("other/registers.html").path))
    }
}
