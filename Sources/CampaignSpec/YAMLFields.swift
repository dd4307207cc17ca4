import Diagnostics
import Yams

/// Reads a composed YAML tree strictly: every node keeps its line and column, unknown keys
/// are rejected with a suggestion, and a wrong type is reported where it was written.
struct YAMLFields {
    let file: String
    var log = DiagnosticLog()

    init(file: String) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// The entries of a mapping written in a known shape. Unknown keys are errors; missing
    /// required keys are reported at the mapping itself.
    mutating func mapping(_ node: Node, what: Phrase, allowed: [String], required: [String] = []) -> Entries? {
        guard case .mapping(let map) = node else {
            log.error(.notMapping, ["what": what, "found": describe(node)], at: location(node))
            return nil
        }
        var entries = Entries(location: location(node))
        var suggested = Set<String>()
        for (keyNode, value) in map {
            guard case .scalar(let keyScalar) = keyNode else {
                log.error(.keyNotText, ["what": what], at: location(keyNode))
                continue
            }
            let key = keyScalar.string
            if allowed.contains(key) {
                entries.values[key] = value
                entries.keyLocations[key] = location(keyNode)
            } else {
                let guess = Suggestion.closest(to: key, among: allowed)
                if let guess { suggested.insert(guess) }
                log.error(
                    .unknownKey, ["key": "\(key)", "what": what, "hint": Suggestion.hint(guess)], at: location(keyNode))
            }
        }
        // A misspelt required key was already reported with its correction.
        for key in required
        where (entries.values[key] == nil && !suggested.contains(key))
            || entries.values[key].map(isNull) == true
        {
            if let keyLoc = entries.keyLocations[key] {
                log.error(.emptyValue, ["key": "\(key)", "what": what], at: keyLoc)
            } else {
                log.error(.missingKey, ["key": "\(key)", "what": what], at: entries.location)
            }
        }
        return entries
    }

    mutating func text(_ entries: Entries, _ key: String, what: Phrase) -> String? {
        guard let node = entries.values[key], !isNull(node) else { return nil }
        guard case .scalar(let s) = node else {
            log.error(.notText, ["key": "\(key)", "what": what, "found": describe(node)], at: location(node))
            return nil
        }
        if let bad = s.string.firstUnprintable {
            log.error(.controlCharacter, ["key": "\(key)", "what": what, "character": "\(bad)"], at: location(node))
            return nil
        }
        return s.string
    }

    mutating func date(_ entries: Entries, _ key: String, what: Phrase) -> CivilDate? {
        guard let raw = text(entries, key, what: what) else { return nil }
        return date(raw, key: key, at: location(entries.values[key]!))
    }

    mutating func date(_ raw: String, key: String, at loc: SourceLocation) -> CivilDate? {
        if let d = CivilDate(iso: raw.trimmingSpaces) { return d }
        log.error(.notDate, ["key": "\(key)", "raw": "\(raw)"], at: loc)
        return nil
    }

    /// A date or an inclusive `START..END` range.
    mutating func span(_ raw: String, key: String, at loc: SourceLocation) -> DateSpan? {
        let trimmed = raw.trimmingSpaces
        if let sep = trimmed.range(of: "..") {
            let a = String(trimmed[..<sep.lowerBound]), b = String(trimmed[sep.upperBound...])
            guard let start = date(a, key: key, at: loc), let end = date(b, key: key, at: loc) else { return nil }
            guard start <= end else {
                log.error(.rangeBackwards, ["key": "\(key)", "raw": "\(raw)"], at: loc)
                return nil
            }
            guard end.dayNumber - start.dayNumber < CampaignValidator.longestCampaign else {
                log.error(
                    .rangeTooLong, ["key": "\(key)", "raw": "\(raw)", "days": "\(CampaignValidator.longestCampaign)"],
                    at: loc)
                return nil
            }
            return DateSpan(start: start, end: end)
        }
        return date(trimmed, key: key, at: loc).map(DateSpan.init(single:))
    }

    mutating func integer(_ entries: Entries, _ key: String, what: Phrase, minimum: Int, maximum: Int = 100_000) -> Int?
    {
        guard let raw = text(entries, key, what: what) else { return nil }
        let loc = location(entries.values[key]!)
        guard let value = Int(raw.trimmingSpaces) else {
            log.error(.notWholeNumber, ["key": "\(key)", "what": what, "raw": "\(raw)"], at: loc)
            return nil
        }
        guard value >= minimum else {
            log.error(
                .tooSmall, ["key": "\(key)", "what": what, "minimum": "\(minimum)", "value": "\(value)"], at: loc)
            return nil
        }
        guard value <= maximum else {
            log.error(
                .tooLarge, ["key": "\(key)", "what": what, "maximum": "\(maximum)", "value": "\(value)"], at: loc)
            return nil
        }
        return value
    }

    mutating func boolean(_ entries: Entries, _ key: String, what: Phrase) -> Bool? {
        guard let raw = text(entries, key, what: what) else { return nil }
        switch raw.trimmingSpaces {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            log.error(
                .notBoolean, ["key": "\(key)", "what": what, "raw": "\(raw)"], at: location(entries.values[key]!))
            return nil
        }
    }

    /// A list; a single scalar is not silently accepted as a list of one.
    mutating func list(_ entries: Entries, _ key: String, what: Phrase) -> [Node]? {
        guard let node = entries.values[key], !isNull(node) else { return nil }
        guard case .sequence(let seq) = node else {
            log.error(.notList, ["key": "\(key)", "what": what, "found": describe(node)], at: location(node))
            return nil
        }
        return Array(seq)
    }

    mutating func textList(_ entries: Entries, _ key: String, what: Phrase) -> [(String, SourceLocation)]? {
        guard let items = list(entries, key, what: what) else { return nil }
        var out: [(String, SourceLocation)] = []
        for item in items {
            guard case .scalar(let s) = item else {
                log.error(
                    .listItemNotText, ["key": "\(key)", "what": what, "found": describe(item)], at: location(item))
                continue
            }
            if let bad = s.string.firstUnprintable {
                log.error(.listItemControl, ["key": "\(key)", "what": what, "character": "\(bad)"], at: location(item))
                continue
            }
            out.append((s.string, location(item)))
        }
        return out
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let s) = node, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) {
            return true
        }
        return false
    }

    func describe(_ node: Node) -> Phrase {
        switch node {
        case .scalar(let s): return Phrase(zh: "“\(s.string)”", en: "'\(s.string)'")
        case .mapping: return Phrase(zh: "“键: 值”的映射", en: "a mapping")
        case .sequence: return Phrase(zh: "列表", en: "a list")
        case .alias: return Phrase(zh: "别名", en: "an alias")
        }
    }
}

/// The recognised keys of one mapping, with their nodes and where each key was written.
struct Entries {
    let location: SourceLocation
    var values: [String: Node] = [:]
    var keyLocations: [String: SourceLocation] = [:]

    init(location: SourceLocation) { self.location = location }

    func has(_ key: String) -> Bool { values[key] != nil }
}

extension String {
    /// A character no printed notice, XML file or calendar can carry (XML 1.0 forbids most C0
    /// controls), written as U+XXXX; nil when the text is clean.
    var firstUnprintable: String? {
        for scalar in unicodeScalars {
            let v = scalar.value
            let allowed = v == 0x09 || v == 0x0A || v == 0x0D
            if (v < 0x20 && !allowed) || v == 0x7F || (0x80...0x9F).contains(v) || v == 0xFFFE || v == 0xFFFF {
                let hex = String(v, radix: 16, uppercase: true)
                return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
        }
        return nil
    }

    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
