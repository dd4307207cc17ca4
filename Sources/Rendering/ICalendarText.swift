import Mustache

/// RFC 5545 text rules: the escaping Mustache applies to values in `rota.ics.mustache`
/// (`{{% CONTENT_TYPE: ICAL}}`), and the line layout applied to the rendered calendar.
public enum ICalendarText {
    struct Escaping: MustacheContentType {
        /// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
        func escapeText(_ text: String) -> String {
            var out = ""
            for c in text {
                switch c {
                case "\\": out += "\\\\"
                case ";": out += "\\;"
                case ",": out += "\\,"
                case "\n", "\r\n", "\r": out += "\\n"
                default: out.append(c)
                }
            }
            return out
        }
    }

    static func registerContentType() {
        MustacheContentTypes.register(Escaping(), named: "ICAL")
    }

    /// CRLF line ends, blank lines dropped (so templates can be laid out freely), and every
    /// line folded at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
    public static func lines(_ rendered: String) -> String {
        var out = ""
        for raw in rendered.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { continue }
            out += fold(String(line))
        }
        return out
    }

    static func fold(_ line: String) -> String {
        var out = "", octets = 0, limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                out += "\r\n "
                octets = 1
                limit = 75
            }
            out.unicodeScalars.append(scalar)
            octets += size
        }
        return out + "\r\n"
    }
}
