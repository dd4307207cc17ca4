import CampaignGenerator
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Foundation
import LedgerReports

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
        let work: CaseWork
        switch CaseWork.open(campaign, create: true, dutyLeaders: generatedVisitsNameTheirLeader) {
        case .success(let opened): work = opened
        case .failure(let problem):
            print("| ledger at scale | cannot open: \(problem) |")
            return
        }
        var loadTime = Duration.zero
        do {
            loadTime = try clock.measure { try fill(work) }
        } catch {
            print("| ledger at scale | cannot fill: \(error) |")
            return
        }
        guard case .success(let templates) = CaseWork.reportTemplates(nil) else { return }
        let asOf = CivilDate(iso: "2026-11-30")!
        var overdue = 0
        let listTime = clock.measure {
            overdue = ((try? work.cases(CaseFilter(status: .overdue), on: asOf).get()) ?? []).count
        }
        func report(_ kind: LedgerReports.Kind) -> Duration {
            clock.measure { _ = work.report(kind, asOf: asOf, templates: templates) }
        }
        let weekly = report(.weekly), summary = report(.summary)
        let size = (try? FileManager.default.attributesOfItem(atPath: work.ledger.path)[.size] as? Int) ?? 0
        let cases = ((try? work.cases(on: asOf).get()) ?? []).count
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

    /// Every generated visit says who received it, so nothing has to plan the county's year first.
    static let generatedVisitsNameTheirLeader = CaseWork.DutyLeaders.known([:])

    /// 20,000 visits over the year, seeded, recorded as an import records them (checked, then
    /// stored in one transaction); a quarter open a case, and half the cases are closed.
    static func fill(_ work: CaseWork) throws {
        let campaign = work.campaign
        var random = SeededRandom(seed: 2026)
        let leaders = campaign.leaders.map(\.id)
        var records: [VisitFields] = []
        for i in 0..<20_000 {
            let day = campaign.firstDay.adding(days: random.int(0...364))
            let person = random.int(0...11_999)
            let group = random.chance(0.05)
            records.append(fields(i, day: day, person: person, group: group, campaign: campaign, leaders: leaders))
        }
        let stamp = Date(timeIntervalSince1970: 1_788_000_000)
        let recorded = work.recordVisits(records, by: "bench", at: stamp)
        if let problem = recorded.errors.first { throw problem }
        for (n, c) in try work.cases(on: campaign.lastDay).get().enumerated() where n % 2 == 0 {
            let replied = CivilDate(iso: c.accepted)!.adding(days: 20)
            try work.close(
                c.number, result: "已解决", replyDate: replied, satisfaction: "满意", followUp: nil, stopped: true,
                on: replied, by: "bench", at: stamp
            ).get()
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
            throw Diagnostic.error(.campaignNoLoad, at: SourceLocation(file: path))
        }
        try fill(try CaseWork.open(loaded, create: true, dutyLeaders: generatedVisitsNameTheirLeader).get())
    }

    /// The i-th generated visit's fields: a quarter of them open a 包案 case.
    static func fields(
        _ i: Int, day: CivilDate, person: Int, group: Bool, campaign: Campaign, leaders: [String]
    )
        -> VisitFields
    {
        let opens = i % 4 == 0
        var values = [
            "date": day.iso, "time": "09:00", "channel": VisitInput.channels[i % 5],
            "method": campaign.reception.methods[i % 3], "persons": group ? "6" : "1",
            "petitioner.name": "群众" + String(person), "petitioner.phone": "139" + String(10_000_000 + person),
            "category": VisitInput.categories[i % 3], "topic": campaign.topics[i % campaign.topics.count],
            "request": "诉求" + String(i), "disposition": opens ? "包案" : "当场答复", "leader": leaders[i % leaders.count],
        ]
        if opens {
            values["case.leader"] = leaders[(i / 4) % leaders.count]
            values["case.unit"] = "镇综治办"
        }
        return VisitFields(form: values)
    }
}
