import CampaignSpec
import Diagnostics
import Foundation
import Yams

/// An appointment as the office writes it (SPEC §12), checked against the campaign: a reception
/// day, a slot of its hours, a leader who is there that day. Every problem at once, each at its
/// field, in the same words as a visit's.
public enum AppointmentInput {
    static let top = ["date", "time", "kind", "petitioner", "topic", "request", "leader"]
    /// Every field an appointment has, as a form names them.
    public static let names = [
        "date", "time", "kind", "petitioner.name", "petitioner.phone", "petitioner.id_number", "topic", "request",
        "leader",
    ]
    static let nested = ["petitioner": ["name", "phone", "id_number"]]

    /// A booking to make: the appointment (numbered when booked) and, when its slot is full,
    /// the slots to offer instead, in order.
    public struct Draft: Sendable {
        public var appointment: Appointment
        public var alternatives: [(date: String, time: String, leader: String)]
        /// Where the time was written, for a full slot's refusal.
        public var timeAt: SourceLocation?
    }

    public static func read(
        _ yaml: String, file: String, campaign: Campaign, dutyLeaders: [CivilDate: String]
    ) -> (draft: Draft?, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: yaml) else {
                return (nil, [.error(.appointmentEmpty, at: SourceLocation(file: file, line: 1, column: 1))])
            }
            root = parsed
        } catch {
            return (nil, [CampaignLoader.syntaxDiagnostic(error, file: file)])
        }
        let fields = YAMLVisit.fields(
            root, file: file, log: &log, top: top, nested: nested, what: Phrase(zh: "约访内容", en: "the appointment"))
        let checked = check(fields, campaign: campaign, dutyLeaders: dutyLeaders)
        log.append(contentsOf: checked.diagnostics)
        return (log.hasErrors ? nil : checked.draft, log.sorted)
    }

    public static func check(
        _ fields: VisitFields, campaign: Campaign, dutyLeaders: [CivilDate: String]
    ) -> (draft: Draft?, diagnostics: [Diagnostic]) {
        var log = DiagnosticLog()
        func at(_ key: String) -> SourceLocation? { fields.values[key]?.at ?? fields.record }
        func problem(_ key: String, _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:]) {
            log.error(code, arguments.merging(["field": VisitFields.label(key)]) { a, _ in a }, at: at(key), field: key)
        }
        func value(_ key: String, required: Bool = true) -> String? {
            guard let text = fields.values[key]?.text else {
                if required { problem(key, .visitMissing) }
                return nil
            }
            if let tooLong = TextLimits.problem(key, text, at: at(key)) { log.append(tooLong) }
            return text
        }
        let slots = AppointmentClock.slots(campaign.reception.hours, minutes: campaign.appointments.minutes)
        let dateText = value("date")
        let date = dateText.flatMap { CivilDate(iso: $0) }
        if let dateText, date == nil { problem("date", .visitDate, ["raw": "\(dateText)"]) }
        if let date, dutyLeaders[date] == nil { problem("date", .appointmentDayOff, ["date": date.phrase]) }
        let time = value("time")
        if let time, !slots.contains(time) {
            problem("time", .appointmentTime, ["raw": "\(time)", "slots": Phrase.list(slots)])
        }
        let kind = fields.values["kind"]?.text ?? Appointment.kinds[0]
        if !Appointment.kinds.contains(kind) {
            problem("kind", .appointmentKind, ["raw": "\(kind)", "kinds": Phrase.list(Appointment.kinds)])
        }
        let name = value("petitioner.name"), phone = value("petitioner.phone")
        let idNumber = value("petitioner.id_number", required: false)
        if let idNumber, let why = IDNumber.problem(idNumber) {
            problem("petitioner.id_number", .visitIDNumber, ["why": why])
        }
        let topic = value("topic")
        if let topic, !campaign.topics.contains(topic) {
            problem("topic", .visitChoice, ["allowed": Phrase.list(campaign.topics), "raw": "\(topic)"])
        }
        let request = value("request")
        var leader: String?
        if let written = fields.values["leader"]?.text {
            switch campaign.leaderID(written) {
            case .success(let id): leader = id
            case .failure(let why): problem("leader", .visitLeader, ["why": why.text])
            }
        } else if kind == "重点约访" {
            problem("leader", .visitMissing)
        } else if let date {
            leader = dutyLeaders[date]
        }
        if let leader, let date, campaign.leaders.first(where: { $0.id == leader })?.isAway(on: date) == true {
            problem(
                "leader", .appointmentLeaderAway,
                ["leader": "\(campaign.leaderLabel(leader))", "date": date.phrase])
        }
        guard !log.hasErrors, let date, let time, let name, let phone, let topic, let request, let leader else {
            return (nil, log.sorted)
        }
        let appointment = Appointment(
            number: "", date: date.iso, time: time, kind: kind, leader: leader, name: name, phone: phone,
            idNumber: idNumber, topic: topic, request: request, status: .booked, cancelReason: nil, visitNumber: nil)
        // The rest of that day, then the next reception days (with that day's duty leader, or for
        // 重点约访 with the same leader when they are there), for a full slot.
        let away = campaign.leaders.first { $0.id == leader }
        let later = dutyLeaders.filter { $0.key > date }.sorted { $0.key < $1.key }.compactMap { day, onDuty in
            kind == "重点约访" ? (away?.isAway(on: day) == true ? nil : (day, leader)) : (day, onDuty)
        }.prefix(5)
        let alternatives =
            slots.filter { $0 > time }.map { (date: date.iso, time: $0, leader: leader) }
            + later.flatMap { day, who in slots.map { (date: day.iso, time: $0, leader: who) } }
        return (Draft(appointment: appointment, alternatives: alternatives, timeAt: at("time")), log.sorted)
    }
}
