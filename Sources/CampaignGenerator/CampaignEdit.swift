import CampaignSpec
import Diagnostics

/// The edits a town makes to a campaign after its notice is posted (SPEC §5), for re-planning
/// tests and the benchmark.
public enum CampaignEdit: Sendable, CustomStringConvertible {
    /// Every phase and pin moves by this many days; leave stays on its calendar dates.
    case shift(days: Int)
    /// A leader is called away on these dates.
    case leave(leaderID: String, dates: [CivilDate])
    /// A leader joins at the end of the roster.
    case addLeader(id: String)
    /// A leader leaves the roster, with their pins.
    case removeLeader(id: String)
    /// A day is pinned to a leader.
    case pin(CivilDate, leaderID: String)
    case none

    public var description: String {
        switch self {
        case .shift(let days): return "shift \(days) days"
        case .leave(let id, let dates): return "\(id) away on \(dates.map(\.iso).joined(separator: ", "))"
        case .addLeader(let id): return "add \(id)"
        case .removeLeader(let id): return "remove \(id)"
        case .pin(let date, let id): return "pin \(date.iso) to \(id)"
        case .none: return "no change"
        }
    }

    public func apply(to campaign: Campaign) -> Campaign {
        var c = campaign
        let here = SourceLocation(file: c.sourceFile, line: 1, column: 1)
        switch self {
        case .shift(let days):
            c.phases = c.phases.map {
                var p = $0; p.start = p.start.adding(days: days); p.end = p.end.adding(days: days); return p
            }
            c.pins = c.pins.map {
                var p = $0; p.date = p.date.adding(days: days); return p
            }
        case .leave(let id, let dates):
            guard let i = c.leaders.firstIndex(where: { $0.id == id }) else { break }
            c.leaders[i].away += dates.map { DateSpan(start: $0, end: $0) }
            c.pins.removeAll { $0.leaderID == id && dates.contains($0.date) }
        case .addLeader(let id):
            c.leaders.append(
                Leader(
                    id: id, name: "新领导", title: "副镇长", phone: nil, isPrincipal: false, away: [],
                    location: here))
        case .removeLeader(let id):
            c.leaders.removeAll { $0.id == id }
            c.pins.removeAll { $0.leaderID == id }
        case .pin(let date, let id):
            c.pins.removeAll { $0.date == date }
            c.pins.append(Pin(date: date, leaderID: id, written: date.iso, location: here))
        case .none:
            break
        }
        return c
    }
}
