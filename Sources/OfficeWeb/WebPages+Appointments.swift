import CampaignSpec
import CaseLedger
import Diagnostics
import Rendering

/// 约访 for office staff: book one, see those to come with the petitioners' phones (the office
/// calls them), those a re-plan moved, and cancel one.
extension WebPages {
    static let appointments = "web-appointments.html.mustache"

    struct AppointmentsPage: Sendable {
        let page: Page
        let values: Form
        let problems: [Diagnostic]
        /// Booked appointments whose day another leader now has: whom to call.
        let moved: [Appointment]
        let added: String?
    }

    static let officeAppointmentRow = TemplateView<(Appointment, Page)>(
        appointmentRow.fields.map { $0.on { (row: (Appointment, Page)) in row.0 } } + [
            .text("phone", "the petitioner's phone, for the office to call") { $0.0.phone },
            .text("leader_name", "the leader it is booked with") { $0.1.campaign.leaderLabel($0.0.leader) },
        ])

    static let appointmentsView = TemplateView<AppointmentsPage>(
        shared.map { $0.on { (page: AppointmentsPage) in page.page } } + [
            .flag("was_added", "an appointment was just booked") { $0.added != nil },
            .text("added", "its number") { $0.added ?? "" },
            .flag("has_problems", "whether the last form was refused") { !$0.problems.isEmpty },
            .list("problems", "why, each with its field's label", registerProblem) { $0.problems },
            .text("date", "the day asked for, as posted (today by default)") {
                $0.values.optional("date") ?? $0.page.day.iso
            },
            .list("times", "the slots of the reception hours", optionRow) { form in
                AppointmentClock.slots(
                    form.page.campaign.reception.hours, minutes: form.page.campaign.appointments.minutes
                )
                .map { Option(value: $0, label: $0, selected: $0 == form.values.optional("time")) }
            },
            .list("kinds", "群众约访 or 重点约访", optionRow) { form in
                Appointment.kinds.map { Option(value: $0, label: $0, selected: $0 == form.values.optional("kind")) }
            },
            .list("leaders", "the leader choices: the day's duty leader unless one is chosen", optionRow) { form in
                [Option(value: "", label: "（当天值班领导）", selected: form.values.optional("leader") == nil)]
                    + leaderOptions(form.page.campaign, selected: form.values.optional("leader"))
            },
            .list("topics", "问题分类", optionRow) { form in
                form.page.campaign.topics.map {
                    Option(value: $0, label: $0, selected: $0 == form.values.optional("topic"))
                }
            },
            .text("name", "the petitioner's name, as posted") { $0.values["petitioner.name"] },
            .text("phone", "the phone, as posted") { $0.values["petitioner.phone"] },
            .text("id_number", "the ID number, as posted") { $0.values["petitioner.id_number"] },
            .text("request", "the request, as posted") { $0.values["request"] },
            .list("coming", "appointments of today and the days ahead, by day and time", officeAppointmentRow) { form in
                form.page.appointments.filter { $0.date >= form.page.day.iso && $0.status == .booked }.map {
                    ($0, form.page)
                }
            },
            .list("moved", "booked appointments whose day another leader now has: whom to call", officeAppointmentRow) {
                form in form.moved.map { ($0, form.page) }
            },
        ])
}

extension WebPages {
    static let calendarAppointments = "web-appointments.ics.mustache"

    /// A leader's appointments as events of the calendar the web page serves them.
    struct CalendarAppointments: Sendable {
        let campaign: Campaign
        let appointments: [Appointment]
    }

    static let calendarAppointmentsView = TemplateView<CalendarAppointments>([
        .list("appointments", "the leader's booked and kept appointments, by day and time", calendarEvent) { list in
            list.appointments.filter(\.holdsSlot).map { (list.campaign, $0) }
        }
    ])

    static let calendarEvent = TemplateView<(Campaign, Appointment)>([
        .text("appointment_number", "the appointment's number, for the event's UID") { $0.1.number },
        .text("dtstamp", "the calendar's DTSTAMP, from `issued`") { ICalendarValues.stamp($0.0.issued) },
        .text("starts", "when it starts, local time") { event in
            slot(event).map { ICalendarValues.localTime($0.date, minute: $0.minute) } ?? ""
        },
        .text("ends", "when its slot ends") { event in
            slot(event).map { ICalendarValues.localTime($0.date, minute: $0.minute + event.0.appointments.minutes) }
                ?? ""
        },
        .text("kind", "群众约访 or 重点约访") { $0.1.kind },
        .text("name", "the petitioner's name") { $0.1.name },
        .text("topic", "the topic") { $0.1.topic },
        .text("location", "where the office receives") { $0.0.reception.location },
    ])

    private static func slot(_ event: (Campaign, Appointment)) -> (date: CivilDate, minute: Int)? {
        let parts = event.1.time.split(separator: ":").compactMap { Int($0) }
        guard let date = CivilDate(iso: event.1.date), parts.count == 2 else { return nil }
        return (date, parts[0] * 60 + parts[1])
    }
}
