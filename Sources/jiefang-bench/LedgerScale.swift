import CampaignGenerator
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import LedgerReports
import Rendering

/// A county's year in the ledger (SPEC §7): 20,000 visits and 5,000 cases, generated with a
/// seed, then the office's everyday questions timed: the overdue list, the weekly report and the
/// closing summary. Goals on this machine: under 0.2 s, 0.5 s and 1 s.
enum LedgerScale {
    static func run() {
        var campaign = CampaignGenerator.make(shape, seed: 1)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-ledger-\(getpid())")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        campaign.sourceFile = dir.appendingPathComponent("campaign.yaml").path
        campaign.reception.methods = ["定点接访", "重点约访", "专题接访"]
        let clock = ContinuousClock()
        let ledger: Ledger
        do {
            ledger = try Ledger.open(for: campaign, create: true)
        } catch {
            print("| ledger at scale | cannot open: \(error) |")
            return
        }
        var loadTime = Duration.zero
        do {
            loadTime = try clock.measure { try fill(ledger, campaign: campaign) }
        } catch {
            print("| ledger at scale | cannot fill: \(error) |")
            return
        }
        guard case .success(let templates) = TemplateSet.load(overrides: nil, pages: LedgerReports.pages) else {
            return
        }
        let asOf = CivilDate(iso: "2026-11-30")!
        var overdue = 0
        let listTime = clock.measure {
            overdue = ((try? ledger.cases()) ?? []).filter { $0.isOverdue(asOf: asOf) }.count
        }
        func report(_ kind: LedgerReports.Kind) -> Duration {
            clock.measure {
                guard let snapshot = try? LedgerSnapshot(campaign: campaign, ledger: ledger, asOf: asOf) else { return }
                _ = LedgerReports.render(kind, snapshot, number: nil, templates: templates)
            }
        }
        let weekly = report(.weekly), summary = report(.summary)
        let size = (try? FileManager.default.attributesOfItem(atPath: ledger.path)[.size] as? Int) ?? 0
        let cases = (try? ledger.cases().count) ?? 0
        print(
            "| ledger at scale | visits | cases | overdue on \(asOf.iso) | filled in (s) | `case list --overdue` (s) | weekly report (s) | summary (s) | database (MiB) |"
        )
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        print(
            "| a county's year (seed 2026) | 20000 | \(cases) | \(overdue) | \(seconds(loadTime)) | \(seconds(listTime)) | "
                + "\(seconds(weekly)) | \(seconds(summary)) | \(String(format: "%.1f", Double(size) / 1_048_576)) |")
    }

    /// The county's campaign: a year, 60 leaders.
    static let shape = CampaignShape(
        start: CivilDate(year: 2026, month: 1, day: 1)!, days: 365, leaders: 60, restDays: 2, maxDuties: nil,
        leaveChance: 0.4, longestLeave: 20, pins: 0)

    /// 20,000 visits over the year, seeded; a quarter open a case, and half the cases are closed.
    static func fill(_ ledger: Ledger, campaign: Campaign) throws {
        let deadlines = DeadlineCalendar(campaign: campaign)
        var random = SeededRandom(seed: 2026)
        let leaders = campaign.leaders.map(\.id)
        var drafts: [VisitDraft] = []
        for i in 0..<20_000 {
            let day = campaign.firstDay.adding(days: random.int(0...364))
            let person = random.int(0...11_999)
            let group = random.chance(0.05)
            drafts.append(draft(i, day: day, person: person, group: group, campaign: campaign, leaders: leaders))
        }
        let stamp = Date(timeIntervalSince1970: 1_788_000_000)
        _ = try ledger.add(drafts, deadlines: deadlines, by: "bench", at: stamp)
        for (n, c) in try ledger.cases().enumerated() where n % 2 == 0 {
            try ledger.close(
                c.number, result: "已解决", replyDate: CivilDate(iso: c.accepted)!.adding(days: 20), satisfaction: "满意",
                followUp: nil, stopped: true, by: "bench", at: stamp)
        }
    }

    /// `jiefang-bench web-fixture DIR`: the county's campaign file and its filled ledger in `DIR`,
    /// for `scripts/web-load.py` to serve.
    static func writeFixture(to folder: String) throws {
        var campaign = CampaignGenerator.make(shape, seed: 1)
        campaign.reception.methods = ["定点接访", "重点约访", "专题接访"]
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/campaign.yaml"
        try CampaignYAML.text(campaign).write(toFile: path, atomically: true, encoding: .utf8)
        guard let loaded = CampaignLoader.load(path: path).campaign else {
            throw Diagnostic.error("the generated campaign does not load", at: SourceLocation(file: path))
        }
        try fill(try Ledger.open(for: loaded, create: true), campaign: loaded)
    }

    /// The i-th generated visit: a quarter of them open a 包案 case.
    static func draft(
        _ i: Int, day: CivilDate, person: Int, group: Bool, campaign: Campaign, leaders: [String]
    )
        -> VisitDraft
    {
        let opens = i % 4 == 0
        var visit = Visit(
            number: "", date: day.iso, time: "09:00", channel: VisitInput.channels[i % 5],
            method: campaign.reception.methods[i % 3], persons: group ? 6 : 1, name: "群众" + String(person),
            idNumber: nil, phone: "139" + String(10_000_000 + person), address: nil, place: nil,
            category: VisitInput.categories[i % 3], topic: campaign.topics[i % campaign.topics.count],
            request: "诉求" + String(i), opinion: nil, disposition: "当场答复", reason: nil,
            leader: leaders[i % leaders.count], repeatOf: nil, caseNumber: nil)
        if opens { visit.disposition = "包案" }
        return VisitDraft(
            visit: visit, caseLeader: opens ? leaders[(i / 4) % leaders.count] : nil, caseUnit: opens ? "镇综治办" : nil)
    }
}
