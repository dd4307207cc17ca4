import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation

/// Appointments (约访, SPEC §12): booked from YAML or a form, checked against the campaign and
/// the plan, listed, cancelled.
extension CaseWork {
    /// Books one appointment written as YAML: checked first, so a refused one opens no ledger.
    public static func bookAppointment(
        yaml: String, file: String, campaign: Campaign, by: String, at time: Date = Date(),
        dutyLeaders: DutyLeaders = .plannedAgainst(output: "output")
    ) -> Recorded<Appointment> {
        let checked = resolve(dutyLeaders, campaign).map { duty in
            AppointmentInput.read(yaml, file: file, campaign: campaign, dutyLeaders: duty)
        }
        switch checked {
        case .failure(let problems): return Recorded(value: nil, diagnostics: problems.items)
        case .success(let read):
            guard let draft = read.draft, !read.diagnostics.contains(where: \.isError) else {
                return Recorded(value: nil, diagnostics: read.diagnostics)
            }
            switch open(campaign, create: true, dutyLeaders: dutyLeaders) {
            case .failure(let problem): return Recorded(value: nil, diagnostics: read.diagnostics + [problem])
            case .success(let work): return work.book(draft, read.diagnostics, by: by, at: time)
            }
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
