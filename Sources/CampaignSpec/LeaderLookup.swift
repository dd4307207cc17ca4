import Diagnostics

/// A leader named the way the office names them: by id (`li-ming`) or by name (`李明`) when the
/// name is the roster's only one of that name.
extension Campaign {
    public enum LeaderLookup: Sendable, Equatable {
        case found(Leader)
        /// Two or more leaders have this name: their ids tell them apart.
        case ambiguous([String])
        case unknown
    }

    public func lookUpLeader(_ written: String) -> LeaderLookup {
        let text = written.trimmingCharacters(in: .whitespaces)
        if let byID = leaders.first(where: { $0.id == text }) { return .found(byID) }
        let named = leaders.filter { $0.name == text }
        switch named.count {
        case 0: return .unknown
        case 1: return .found(named[0])
        default: return .ambiguous(named.map(\.id))
        }
    }

    /// The id of a leader named by id or by a name the roster holds once, or why not, in one
    /// wording for every place a leader is named.
    public func leaderID(_ written: String) -> Result<String, Diagnostic> {
        switch lookUpLeader(written) {
        case .found(let leader): return .success(leader.id)
        case .ambiguous(let ids):
            return .failure(
                .error(.leaderAmbiguous, ["written": "\(written)", "count": "\(ids.count)", "ids": Phrase.list(ids)]))
        case .unknown:
            let roster = Phrase.list(leaders.map { Phrase(zh: "\($0.name)（\($0.id)）", en: "\($0.name) (\($0.id))") })
            let hint = Suggestion.hint(for: written, among: leaders.map(\.id))
            return .failure(.error(.leaderUnknown, ["written": "\(written)", "roster": roster, "hint": hint]))
        }
    }

    /// The leader's name and title as lists show them, `李明（镇党委书记）`; the id when not in the roster.
    public func leaderLabel(_ id: String) -> String {
        leaders.first { $0.id == id }.map { "\($0.name)（\($0.title)）" } ?? id
    }
}
