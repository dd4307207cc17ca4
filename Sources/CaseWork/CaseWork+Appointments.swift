import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import PlanReport

/// Appointments (约访, SPEC §12): booked from YAML or a form, checked against the campaign and
/// the plan, listed, cancelled.
extension CaseWork {
    /// Books one appointment written as YAML: checked first, so a refused one opens no ledger.
    public static func bookAppointment(
        yaml: String, file: String, campaign: Campaign, by: String, at time: Date = Date(),
        dutyLeaders: DutyLeaders = .plannedAgainst(output: "output")
    ) -> Recorded<Appointment> {
        let checked = resolve(dutyLeaders, campaign).map { duty in
            let read = AppointmentInput.read(yaml, file: file, campaign: campaign, dutyLeaders: duty)
            return (read.draft, read.diagnostics)
        }
        return storeChecked(checked, campaign: campaign, dutyLeaders: dutyLeaders) { work, draft, said in
            work.book(draft, said, by: by, at: time)
        }
    }

    /// Books one appointment from its fields (the office's page).
    public func bookAppointment(_ fields: VisitFields, by: String, at time: Date = Date()) -> Recorded<Appointment> {
        switch dutyLeaders() {
        case .failure(let problems): return Recorded(value: nil, diagnostics: problems.items)
        case .success(let duty):
            let checked = AppointmentInput.check(fields, campaign: campaign, dutyLeaders: duty)
            guard let draft = checked.draft else { return Recorded(value: nil, diagnostics: checked.diagnostics) }
            return book(draft, checked.diagnostics, by: by, at: time)
        }
    }

    func book(_ draft: AppointmentInput.Draft, _ said: [Diagnostic], by: String, at time: Date) -> Recorded<Appointment>
    {
        do throws(Diagnostic) {
            let booked = try ledger.book(
                draft.appointment, perSlot: campaign.appointments.perSlot, candidates: draft.alternatives, by: by,
                at: time)
            return Recorded(value: booked, diagnostics: said)
        } catch {
            return Recorded(
                value: nil, diagnostics: said + [error.location == nil ? error.moved(to: draft.timeAt) : error])
        }
    }

    /// Booked appointments of days before `day` that no visit kept become 未到.
    public func markMissed(before day: CivilDate, by: String, at time: Date = Date()) -> Result<[String], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.markMissed(before: day, by: by, at: time) }
    }

    public func appointments(on date: CivilDate? = nil) -> Result<[Appointment], Diagnostic> {
        Result { () throws(Diagnostic) in try ledger.appointments(on: date) }
    }

    public func cancelAppointment(
        _ number: String, reason: String, by: String, at time: Date = Date()
    ) -> Result<
        Void, Diagnostic
    > {
        Result { () throws(Diagnostic) in try ledger.cancelAppointment(number, reason: reason, by: by, at: time) }
    }
}

extension CaseWork {
    /// The appointments still booked, as a re-plan needs them (no petitioner data).
    public func bookedAppointments() -> [ChangeReport.BookedAppointment] {
        ((try? ledger.appointments()) ?? []).filter { $0.status == .booked }.compactMap { a in
            CivilDate(iso: a.date).map { .init(number: a.number, date: $0, time: a.time, leader: a.leader) }
        }
    }

    /// The booked appointments of the campaign file's ledger, when it has one: what `build` and a
    /// leave hand the change report. Nothing when there is no ledger yet.
    public static func bookedAppointments(campaignFile: String) -> [ChangeReport.BookedAppointment] {
        guard let campaign = CampaignLoader.load(path: campaignFile).campaign,
            FileManager.default.fileExists(atPath: Ledger.path(for: campaign)),
            let ledger = try? Ledger.open(for: campaign, create: false)
        else { return [] }
        return CaseWork(campaign: campaign, ledger: ledger, dutyLeaders: .known([:])).bookedAppointments()
    }

    /// Booked appointments whose leader is no longer on duty that day in the plan (群众约访 only:
    /// a 重点约访 is with its leader whatever the roster): the petitioners to call.
    public func movedAppointments() -> Result<[Appointment], DiagnosticLog> {
        dutyLeaders().flatMap { duty in
            do throws(Diagnostic) {
                return .success(
                    try ledger.appointments().filter { a in
                        a.status == .booked && a.kind == Appointment.kinds[0]
                            && CivilDate(iso: a.date).flatMap { duty[$0] } != a.leader
                    })
            } catch {
                return .failure(DiagnosticLog([error]))
            }
        }
    }
}
