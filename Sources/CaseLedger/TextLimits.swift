import Diagnostics

/// How long each text the office writes may be (SPEC §7): a name 40 characters, an address or a
/// unit 200, a request, opinion, result or progress entry 5,000. A longer value is refused where
/// it was written, never stored.
public enum TextLimits {
    public static let name = 40
    public static let place = 200
    public static let text = 5_000

    /// Each field's limit, by the names visits and case actions use.
    public static let byField: [String: Int] = [
        "petitioner.name": name, "petitioner.phone": name, "petitioner.id_number": name, "leader": name,
        "case.leader": name, "approver": name, "satisfaction": name,
        "petitioner.address": place, "where": place, "case.unit": place, "unit": place,
        "request": text, "opinion": text, "reason": text, "result": text, "progress": text, "follow_up": text,
    ]

    /// The problem with `value` in `field`, or nil when it fits.
    public static func problem(_ field: String, _ value: String, at location: SourceLocation? = nil) -> Diagnostic? {
        guard let limit = byField[field], value.count > limit else { return nil }
        return .error(
            .textTooLong, ["field": VisitFields.label(field), "count": "\(value.count)", "limit": "\(limit)"],
            at: location, field: field)
    }

    /// Throws the first field whose value is too long.
    public static func check(_ values: [(field: String, value: String?)]) throws(Diagnostic) {
        for (field, value) in values {
            if let value, let problem = problem(field, value) { throw problem }
        }
    }
}
