import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// Finding a visit again (SPEC §8 "visits page"): by day, or by what the office has at hand — a
/// name, a phone, the last four characters of an ID number, or the visit's number.
extension Ledger {
    /// The visits whose name holds `text`, whose phone or number is `text`, or whose ID number
    /// ends with it (four characters or more); the newest first, at most `limit`.
    public func searchVisits(_ text: String, limit: Int = 200) throws(Diagnostic) -> [Visit] {
        let term = text.trimmingCharacters(in: .whitespaces)
        guard !term.isEmpty else { return [] }
        let pattern = "%" + term.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "_", with: "") + "%"
        return try read { db in
            try Visit.fetchAll(
                db,
                sql: """
                    SELECT * FROM visit
                    WHERE name LIKE ? OR phone = ? OR number = ?
                       OR (length(?) >= 4 AND idNumber IS NOT NULL AND substr(idNumber, -length(?)) = upper(?))
                    ORDER BY date DESC, time DESC, number DESC LIMIT ?
                    """, arguments: [pattern, term, term, term, term, term, limit])
        }
    }

    /// The earlier visits of the petitioner a new visit names (same ID number, or same name and
    /// phone), and their open cases: what the office sees before a returning petitioner's visit
    /// is stored.
    public func earlierVisits(of visit: Visit) throws(Diagnostic) -> (visits: [Visit], openCases: [PetitionCase]) {
        guard visit.idNumber != nil || (visit.phone != nil && visit.name != "匿名") else { return ([], []) }
        return try read { db in
            let earlier = try Visit.fetchAll(
                db,
                sql: """
                    SELECT * FROM visit
                    WHERE (idNumber IS NOT NULL AND idNumber = ?) OR (phone IS NOT NULL AND name = ? AND phone = ?)
                    ORDER BY date, time, number
                    """, arguments: [visit.idNumber, visit.name, visit.phone])
            let numbers = Set(earlier.compactMap(\.caseNumber))
            let open = try PetitionCase.fetchAll(
                db, sql: "SELECT * FROM petitionCase WHERE status = 'open' ORDER BY number"
            )
            .filter { numbers.contains($0.number) }
            return (earlier, open)
        }
    }
}
