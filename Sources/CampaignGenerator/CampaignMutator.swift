import Foundation

/// Seeded damage to a campaign file, the kinds a person or a spreadsheet export does: deleted
/// keys, values of the wrong type, impossible or distant dates, huge lists, odd Unicode and
/// broken YAML. For fuzz tests of the loader, the planner and the command line.
public struct CampaignMutator: Sendable {
    var rng: SeededRandom

    public init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    /// One to three mutations of `text`, and what they were.
    public mutating func mutate(_ text: String) -> (text: String, what: [String]) {
        var out = text
        var what: [String] = []
        for _ in 0..<rng.int(1...3) {
            let (next, label) = once(out)
            out = next
            what.append(label)
        }
        return (out, what)
    }

    private mutating func once(_ text: String) -> (String, String) {
        var lines = text.components(separatedBy: "\n")
        let i = rng.int(0...max(0, lines.count - 1))
        switch rng.int(0...9) {
        case 0:
            lines.remove(at: i)
            return (lines.joined(separator: "\n"), "delete line \(i + 1)")
        case 1:
            return (
                replaceValue(
                    in: text,
                    with: pick([
                        "[1, 2]", "{a: b}", "42", "true", "null", "\"\"", "~", "-1", "3.5",
                        "[]", "{}", "[[[]]]", "0x1F", "1e309",
                    ])), "swap a value's type"
            )
        case 2:
            return (replaceDate(in: text, with: randomDate()), "random date")
        case 3:
            return (hugeList(text), "huge list")
        case 4:
            return (replaceValue(in: text, with: "\"" + oddUnicode() + "\""), "odd Unicode value")
        case 5:
            lines[i].insert(
                contentsOf: pick(["{", "[", "\"", "'", ": :", "\t", "- ", "&a ", "*a", "!!binary ", "? ", "|", "%"]),
                at: lines[i].index(lines[i].startIndex, offsetBy: rng.int(0...lines[i].count)))
            return (lines.joined(separator: "\n"), "broken YAML on line \(i + 1)")
        case 6:
            let cut = rng.int(0...text.count)
            return (String(text.prefix(cut)), "truncated at \(cut)")
        case 7:
            return (aliasBomb(text), "alias bomb")
        case 8:
            // A key's text with its neighbour's: misspelt or duplicated keys.
            lines[i] = lines[i].replacingOccurrences(
                of: pick(["id:", "start:", "end:", "day:", "leader:", "name:"]),
                with: pick(["idd:", "start:", "ends:", "date:", "leader: x, leader:", "nam:"]))
            return (lines.joined(separator: "\n"), "misspelt key on line \(i + 1)")
        default:
            lines.insert(lines[i], at: i)
            return (lines.joined(separator: "\n"), "duplicated line \(i + 1)")
        }
    }

    private mutating func pick(_ options: [String]) -> String { options[rng.int(0...(options.count - 1))] }

    /// Replaces the value after one `key: ` with `value`.
    private mutating func replaceValue(in text: String, with value: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"(\w+): ([^,{}\[\]\n]+)"#)
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        let match = matches[rng.int(0...(matches.count - 1))]
        guard let range = Range(match.range(at: 2), in: text) else { return text }
        return text.replacingCharacters(in: range, with: value)
    }

    private mutating func replaceDate(in text: String, with value: String) -> String {
        let pattern = try! NSRegularExpression(pattern: #"\d{4}-\d{2}-\d{2}"#)
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty, let range = Range(matches[rng.int(0...(matches.count - 1))].range, in: text) else {
            return text
        }
        return text.replacingCharacters(in: range, with: value)
    }

    private mutating func randomDate() -> String {
        switch rng.int(0...4) {
        case 0: return String(format: "%04d-%02d-%02d", rng.int(1...9999), rng.int(1...12), rng.int(1...28))
        case 1: return String(format: "2026-%02d-%02d", rng.int(0...13), rng.int(0...32))
        case 2:
            return pick([
                "2026-02-29", "2024-02-29", "2026-9-1", "20260901", "2026-09-01T08:00", "0000-00-00",
                "2026-09-10..2026-09-01", "2026-09-01..", "..2026-09-01", "9999-12-31", "2026-09-01..2036-09-01",
            ])
        case 3: return String(format: "2026-%02d-%02d", rng.int(8...10), rng.int(1...30))
        default: return String(format: "%04d-01-01", rng.int(1970...2100))
        }
    }

    private mutating func hugeList(_ text: String) -> String {
        let n = rng.int(50...500)
        switch rng.int(0...3) {
        case 0:
            let leaders = (0..<n).map { "  - {id: extra-\($0), name: 领导\($0), title: 副镇长}" }.joined(separator: "\n")
            return text.replacingOccurrences(of: "rules:", with: leaders + "\nrules:")
        case 1:
            let dates = (0..<n).map { String(format: "2026-%02d-%02d", 9 + $0 % 2, 1 + $0 % 28) }.joined(
                separator: ", ")
            return text.replacingOccurrences(of: "away: [2026-09-10]", with: "away: [\(dates)]")
        case 2:
            let sites = (0..<n).map { "  - {id: site-\($0), name: 地点\($0), kind: shop, copies: \($0 % 5 + 1)}" }.joined(
                separator: "\n")
            return text + "\n" + sites + "\n"
        default:
            let pins = (0..<n).map { String(format: "  - {day: 2026-09-%02d, leader: li-ming}", 1 + $0 % 25) }.joined(
                separator: "\n")
            return text.replacingOccurrences(of: "pins:\n", with: "pins:\n" + pins + "\n")
        }
    }

    private mutating func oddUnicode() -> String {
        pick([
            "\u{202E}右到左", "e\u{301}\u{301}\u{301}", "👨‍👩‍👧‍👦", "\u{FEFF}", "\u{200B}", "𠀀𪚥", "\u{7}", "\u{0}", "\\u0000",
            "\u{FFFD}", "\u{1F}", "\u{85}", "\u{2028}", String(repeating: "长", count: rng.int(100...5_000)), "\r\n",
            "\\\"",
        ])
    }

    /// Nested anchors and aliases, which a careless reader expands exponentially.
    private mutating func aliasBomb(_ text: String) -> String {
        var bomb = "bomb0: &a0 [\"x\", \"x\"]\n"
        for k in 1...rng.int(5...25) { bomb += "bomb\(k): &a\(k) [*a\(k - 1), *a\(k - 1), *a\(k - 1), *a\(k - 1)]\n" }
        let last = bomb.components(separatedBy: "\n").count - 2
        return text.replacingOccurrences(of: "sites:\n", with: bomb + "sites: *a\(last)\n")
    }
}
