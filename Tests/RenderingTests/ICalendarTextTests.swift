import Testing

@testable import Rendering

@Suite("RFC 5545 text layout")
struct ICalendarTextTests {
    @Test("lines are folded at 75 octets without splitting a UTF-8 character, with CRLF ends")
    func folding() {
        let long = "DESCRIPTION:" + String(repeating: "接访值班，", count: 40) + "end"
        let out = ICalendarText.lines("BEGIN:VEVENT\n\n   \n" + long + "\nEND:VEVENT\n")
        #expect(out.hasSuffix("\r\n"))
        let lines = out.components(separatedBy: "\r\n").dropLast()
        #expect(lines.first == "BEGIN:VEVENT", "blank lines are dropped")
        for line in lines {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
            #expect(String(validatingCString: Array(line.utf8CString)) != nil)
        }
        let unfolded = lines.joined(separator: "\r\n").replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains(long), "unfolding gives back the original line")
    }

    @Test("text values escape backslash, semicolon, comma and newline")
    func escaping() {
        #expect(ICalendarText.Escaping().escapeText("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
    }
}
