import CampaignBuild
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation

/// The case work's journey (SPEC §7), as `CampaignBuild` is the build's: a campaign's ledger,
/// opened for it, and everything the office does with it — a visit recorded from its fields
/// (receiving leader from the plan, checks, deadlines, storing), every case action, the reports,
/// import, export and check. Every front end (the command line, the web page, the benchmark)
/// parses, calls this and prints; it prints nothing, and returns `Diagnostic`s.
public struct CaseWork: Sendable {
    public let campaign: Campaign
    public let ledger: Ledger
    private let duty: DutyLeaders

    /// Each duty day's leader in the plan the work keeps to.
    public func dutyLeaders() -> Result<[CivilDate: String], DiagnosticLog> { Self.resolve(duty, campaign) }

    /// Where a visit's receiving leader comes from when the visit names none.
    public enum DutyLeaders: Sendable {
        /// The plan `build` keeps to: planned against this output folder's schedule.xml when asked.
        case plannedAgainst(output: String)
        /// Already worked out (the web page keeps them for each version of the campaign file).
        case known([CivilDate: String])
    }

    public init(campaign: Campaign, ledger: Ledger, dutyLeaders: DutyLeaders = .plannedAgainst(output: "output")) {
        self.campaign = campaign
        self.ledger = ledger
        self.duty = dutyLeaders
    }

    /// Opens the campaign's ledger (creating it when `create` is set).
    public static func open(
        _ campaign: Campaign, create: Bool, dutyLeaders: DutyLeaders = .plannedAgainst(output: "output")
    ) -> Result<CaseWork, Diagnostic> {
        do {
            return .success(
                CaseWork(
                    campaign: campaign, ledger: try Ledger.open(for: campaign, create: create), dutyLeaders: dutyLeaders
                ))
        } catch {
            return .failure(error)
        }
    }

    /// The office's business day at `now`: the date in China (Asia/Shanghai), whatever the
    /// server's own time zone. What an action defaults to when no `--date` is given.
    public static func today(_ now: Date = Date()) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? CivilDate(dayNumber: Int(now.timeIntervalSince1970 / 86_400))
    }

    /// Each duty day's leader: who receives petitioners that day.
    static func resolve(_ duty: DutyLeaders, _ campaign: Campaign) -> Result<[CivilDate: String], DiagnosticLog> {
        switch duty {
        case .known(let leaders): return .success(leaders)
        case .plannedAgainst(let output):
            return CampaignPlanning.dutyLeaders(campaign, keepingTo: output).mapError { DiagnosticLog($0.diagnostics) }
        }
    }
}

/// What recording came to: the visits stored (none when refused), and everything said about them,
/// warnings included.
public struct Recorded<Value: Sendable>: Sendable {
    public let value: Value?
    public let diagnostics: [Diagnostic]

    public init(value: Value?, diagnostics: [Diagnostic]) {
        self.value = value
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }
}

extension CaseWork {
    /// Records one visit written as YAML (`jiefang visit add`): checked first, then stored in the
    /// campaign's ledger, which is created for the first visit; a refused visit creates nothing.
    /// - Parameter appointment: the appointment this visit keeps (`visit add --appointment`):
    ///   what it says fills what the YAML leaves out, and it is marked 已接待 with the visit.
    public static func recordVisit(
        yaml: String, file: String, campaign: Campaign, by: String, at time: Date = Date(),
        dutyLeaders: DutyLeaders = .plannedAgainst(output: "output"), appointment: String? = nil
    ) -> Recorded<Visit> {
        var kept: Appointment?
        if let appointment {
            do throws(Diagnostic) {
                kept = try Ledger.open(for: campaign, create: false).appointment(appointment)
            } catch {
                return Recorded(value: nil, diagnostics: [error])
            }
        }
        let checked = resolve(dutyLeaders, campaign).map { duty in
            let read = VisitInput.read(yaml, file: file, campaign: campaign, dutyLeaders: duty, appointment: kept)
            return (read.draft, read.diagnostics)
        }
        return storeChecked(checked, campaign: campaign, dutyLeaders: dutyLeaders) { work, draft, said in
            work.store([draft], said, by: by, at: time).map { $0[0] }
        }
    }

    /// What one YAML entry comes to once checked: refused with its problems, or stored by `store`
    /// in the campaign's ledger, created for it; a refused entry opens no ledger.
    static func storeChecked<Draft, Value>(
        _ checked: Result<(Draft?, [Diagnostic]), DiagnosticLog>, campaign: Campaign, dutyLeaders: DutyLeaders,
        store: (CaseWork, Draft, [Diagnostic]) -> Recorded<Value>
    ) -> Recorded<Value> {
        switch checked {
        case .failure(let problems): return Recorded(value: nil, diagnostics: problems.items)
        case .success((let draft, let said)):
            guard let draft, !said.contains(where: \.isError) else { return Recorded(value: nil, diagnostics: said) }
            switch open(campaign, create: true, dutyLeaders: dutyLeaders) {
            case .failure(let problem): return Recorded(value: nil, diagnostics: said + [problem])
            case .success(let work): return store(work, draft, said)
            }
        }
    }

    /// Records one visit from its fields (the register form).
    /// - Parameter appointment: the booked appointment the visit keeps (the register's button):
    ///   marked 已接待 with the visit, in one transaction.
    public func recordVisit(
        _ fields: VisitFields, by: String, at time: Date = Date(), appointment: String? = nil
    ) -> Recorded<Visit> {
        guard let appointment else { return recordVisits([fields], by: by, at: time).map { $0[0] } }
        var carried = fields
        do throws(Diagnostic) {
            carried.carry(try ledger.appointment(appointment), campaign: campaign)
        } catch {
            return Recorded(value: nil, diagnostics: [error])
        }
        let checked = Self.check([carried], campaign: campaign, dutyLeaders: duty)
        guard var drafts = checked.value else { return Recorded(value: nil, diagnostics: checked.diagnostics) }
        drafts[0].appointment = appointment
        return store(drafts, checked.diagnostics, by: by, at: time).map { $0[0] }
    }

    /// Records many visits, each from its fields, in one transaction: all of them, or none and
    /// every reason why (an imported ledger, the benchmark's county).
    public func recordVisits(_ records: [VisitFields], by: String, at time: Date = Date()) -> Recorded<[Visit]> {
        let checked = Self.check(records, campaign: campaign, dutyLeaders: duty)
        guard let drafts = checked.value else { return Recorded(value: nil, diagnostics: checked.diagnostics) }
        return store(drafts, checked.diagnostics, by: by, at: time)
    }

    /// Each record checked as a visit: all the drafts, or none and every problem.
    /// - Parameter importedFrom: the file the records come from: their carried state (告知,
    ///   extension, closing, progress) is read too, and each visit's history names the file.
    static func check(
        _ records: [VisitFields], campaign: Campaign, dutyLeaders: DutyLeaders, importedFrom: String? = nil
    ) -> Recorded<[VisitDraft]> {
        let duty: [CivilDate: String]
        switch resolve(dutyLeaders, campaign) {
        case .success(let leaders): duty = leaders
        case .failure(let problems): return Recorded(value: nil, diagnostics: problems.items)
        }
        var log = DiagnosticLog()
        var drafts: [VisitDraft] = []
        for fields in records {
            let checked = VisitInput.check(fields, campaign: campaign, dutyLeaders: duty)
            log.append(contentsOf: checked.diagnostics)
            guard var draft = checked.draft else { continue }
            if let file = importedFrom {
                let carried = CarriedState.read(fields)
                log.append(contentsOf: carried.diagnostics)
                draft.importedFrom = file
                if !carried.state.isEmpty { draft.carried = carried.state }
            }
            drafts.append(draft)
        }
        return Recorded(value: log.hasErrors ? nil : drafts, diagnostics: log.items)
    }

    func store(_ drafts: [VisitDraft], _ said: [Diagnostic], by: String, at time: Date) -> Recorded<[Visit]> {
        do {
            return Recorded(value: try ledger.add(drafts, by: by, at: time), diagnostics: said)
        } catch {
            return Recorded(value: nil, diagnostics: said + [error])
        }
    }
}

extension Recorded {
    func map<T>(_ transform: (Value) -> T) -> Recorded<T> {
        Recorded<T>(value: value.map(transform), diagnostics: diagnostics)
    }
}
