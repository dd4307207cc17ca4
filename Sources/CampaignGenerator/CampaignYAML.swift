import CampaignSpec
import Foundation

/// A campaign written back as a campaign file, so a generated campaign can go through
/// `jiefang build` and the benchmark's script exactly as an office's file does.
public enum CampaignYAML {
    public static func text(_ c: Campaign) -> String {
        func q(_ s: String) -> String {
            "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        func dates(_ list: [CivilDate]) -> String { "[" + list.map(\.iso).joined(separator: ", ") + "]" }
        var out = """
            title: \(q(c.title))
            organization: \(q(c.organization))
            office: {name: \(q(c.office.name)), phone: \(q(c.office.phone))\(c.office.address.map { ", address: \(q($0))" } ?? "")}
            issued: \(c.issued.iso)
            calendar: \(c.calendar.rawValue)

            """
        if !c.extraHolidays.isEmpty { out += "holidays: \(dates(c.extraHolidays))\n" }
        if !c.extraWorkdays.isEmpty { out += "workdays: \(dates(c.extraWorkdays))\n" }
        let anyPublic = c.phases.contains { !$0.isPublic }
        out += "phases:\n"
        for p in c.phases {
            out +=
                "  - {id: \(p.id), name: \(q(p.name)), start: \(p.start.iso), end: \(p.end.iso)"
                + (anyPublic && p.isPublic ? ", public: true" : "") + "}\n"
        }
        out += "reception:\n  location: \(q(c.reception.location))\n"
        out += "  hours: [" + c.reception.hours.map { q($0.text) }.joined(separator: ", ") + "]\n"
        out += "  methods: [" + c.reception.methods.map(q).joined(separator: ", ") + "]\n"
        out += "leaders:\n"
        for l in c.leaders {
            out += "  - {id: \(l.id), name: \(q(l.name)), title: \(q(l.title))"
            if let phone = l.phone { out += ", phone: \(q(phone))" }
            if l.isPrincipal { out += ", principal: true" }
            if !l.away.isEmpty { out += ", away: [" + l.away.map(\.text).joined(separator: ", ") + "]" }
            out += "}\n"
        }
        out += "rules:\n  rest_days: \(c.rules.restDays)\n"
        if let max = c.rules.maxDuties { out += "  max_duties: \(max)\n" }
        if !c.pins.isEmpty {
            out += "pins:\n" + c.pins.map { "  - {day: \($0.date.iso), leader: \($0.leaderID)}\n" }.joined()
        }
        out += "sites:\n"
        for s in c.sites {
            out += "  - {id: \(s.id), name: \(q(s.name)), kind: \(s.kind), copies: \(s.copies)}\n"
        }
        return out
    }
}
