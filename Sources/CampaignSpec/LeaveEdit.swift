import Diagnostics
import Yams

/// Writes a leader's leave into the campaign file's own text, touching nothing else in it: the
/// office's comments, order, spacing and quoting stay as they wrote them. Used when "a leader is
/// called away" on the web page (SPEC §8).
public enum LeaveEdit {
    /// The text with `span` added to the `away` days of leader `id`, or why it cannot be added
    /// by machine (the roster is kept in a spreadsheet, or the entry is shaped unusually).
    public static func adding(
        _ span: DateSpan, toLeader id: String, in text: String, file: String
    ) -> Result<String, Diagnostic> {
        let whole = SourceLocation(file: file, line: 1, column: 1)
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
            else { return .failure(.error(.campaignEmpty, at: whole)) }
            root = parsed
        } catch {
            return .failure(CampaignLoader.syntaxDiagnostic(error, file: file))
        }
        guard let leaders = root.mapping?["leaders"] else {
            return .failure(.error(.campaignNoLeaders, at: whole))
        }
        guard case .sequence(let list) = leaders else {
            return .failure(
                .error(.leaveRosterInFile, ["span": "\(span.text)", "leader": "\(id)"], at: at(leaders, file)))
        }
        guard
            let entry = list.first(where: { $0.mapping?["id"]?.string == id }),
            let mapping = entry.mapping
        else {
            return .failure(.error(.leaveLeaderMissing, ["leader": "\(id)"], at: at(leaders, file)))
        }
        var source = SourceText(text)
        let inserted: Bool
        if let away = mapping["away"] {
            inserted = source.append(span.text, toList: away)
        } else if source.opens(entry, with: "{") {
            inserted = source.append(", away: [\(span.text)]", toFlowMapping: entry)
        } else {
            inserted = source.appendLine(
                "away: [\(span.text)]", after: mapping.first { $0.key.string == "id" }?.key)
        }
        guard inserted else {
            return .failure(
                .error(.leaveByHand, ["leader": "\(id)", "span": "\(span.text)"], at: at(entry, file)))
        }
        return .success(source.text)
    }

    /// The text with the top-level `issued` date set to `date`, written where it was (quotes and
    /// comments kept), so the notice printed after a re-plan carries the day it goes out.
    public static func settingIssued(_ date: CivilDate, in text: String, file: String) -> Result<String, Diagnostic> {
        let whole = SourceLocation(file: file, line: 1, column: 1)
        let root: Node
        do {
            guard let parsed = try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
            else { return .failure(.error(.campaignEmpty, at: whole)) }
            root = parsed
        } catch {
            return .failure(CampaignLoader.syntaxDiagnostic(error, file: file))
        }
        var source = SourceText(text)
        guard let issued = root.mapping?["issued"], source.replace(scalar: issued, with: date.iso) else {
            return .failure(.error(.issuedByHand, ["date": "\(date.iso)"], at: whole))
        }
        return .success(source.text)
    }

    static func at(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }
}

/// The campaign text as characters, addressed by YAML's 1-based line and column marks.
private struct SourceText {
    var characters: [Character]
    /// Where each line starts in `characters`.
    var lineStarts: [Int] = [0]

    init(_ text: String) {
        characters = Array(text)
        for (i, c) in characters.enumerated() where c == "\n" || c == "\r\n" || c == "\r" {
            lineStarts.append(i + 1)
        }
    }

    var text: String { String(characters) }

    /// Whether `node` is written in flow style, opening with `bracket`.
    func opens(_ node: Node, with bracket: Character) -> Bool {
        offset(node).map { characters[$0] == bracket } ?? false
    }

    func offset(_ node: Node?) -> Int? {
        guard let mark = node?.mark, mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        let offset = lineStarts[mark.line - 1] + mark.column - 1
        return offset < characters.count ? offset : nil
    }

    /// `item` added to an `away:` list written `[a, b]`, as a list of lines, or as one date.
    mutating func append(_ item: String, toList away: Node) -> Bool {
        guard let start = offset(away) else { return false }
        // Not the node's style: Yams reports the style of a collection's end, which has none.
        switch away {
        case .sequence where characters[start] == "[":
            guard let close = matching(from: start) else { return false }
            let before = lastNonSpace(before: close)
            let separator = characters[before] == "[" ? "" : ", "
            characters.insert(contentsOf: separator + item, at: before + 1)
            return true
        case .sequence(let seq):
            guard let last = seq.last, last.string != nil, let itemStart = offset(last) else { return false }
            let line = lineIndex(of: itemStart)
            let prefix = characters[lineStarts[line]..<itemStart]
            guard prefix.contains("-"), !prefix.contains(where: { $0 != " " && $0 != "-" }) else { return false }
            return insertLine(String(prefix) + item, afterLine: line)
        case .scalar(let scalar) where scalar.style == .plain:
            let end = start + scalar.string.count
            guard end <= characters.count, String(characters[start..<end]) == scalar.string else { return false }
            characters.insert(contentsOf: ", \(item)]", at: end)
            characters.insert("[", at: start)
            return true
        default:
            return false
        }
    }

    /// A one-line scalar's text replaced, its quotes kept.
    mutating func replace(scalar node: Node, with text: String) -> Bool {
        guard case .scalar(let scalar) = node, let start = offset(node) else { return false }
        let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let end = start + scalar.string.count + (quoted ? 2 : 0)
        guard end <= characters.count, !scalar.string.contains("\n"),
            String(characters[(quoted ? start + 1 : start)..<(quoted ? end - 1 : end)]) == scalar.string
        else { return false }
        characters.replaceSubrange((quoted ? start + 1 : start)..<(quoted ? end - 1 : end), with: Array(text))
        return true
    }

    /// `entry` added before the closing brace of a mapping written `{…}`.
    mutating func append(_ entry: String, toFlowMapping node: Node) -> Bool {
        guard let start = offset(node), characters[start] == "{", let close = matching(from: start) else {
            return false
        }
        characters.insert(contentsOf: entry, at: lastNonSpace(before: close) + 1)
        return true
    }

    /// A new line after the line of `key`, indented as `key` is.
    mutating func appendLine(_ line: String, after key: Node?) -> Bool {
        guard let keyStart = offset(key), let mark = key?.mark else { return false }
        let index = lineIndex(of: keyStart)
        // The key's value must end on its own line: a plain one-line value, as an id is.
        guard let next = lineStarts.dropFirst(index + 1).first,
            characters[keyStart..<next].allSatisfy({ $0 != "[" && $0 != "{" && $0 != "|" && $0 != ">" })
        else { return false }
        return insertLine(String(repeating: " ", count: mark.column - 1) + line, afterLine: index)
    }

    mutating func insertLine(_ line: String, afterLine index: Int) -> Bool {
        guard index + 1 < lineStarts.count else {
            characters.append(contentsOf: "\n" + line + "\n")
            return true
        }
        let at = lineStarts[index + 1]
        let ending = characters[at - 1]
        characters.insert(contentsOf: line + String(ending), at: at)
        return true
    }

    func lineIndex(of offset: Int) -> Int {
        (lineStarts.lastIndex { $0 <= offset }) ?? 0
    }

    func lastNonSpace(before index: Int) -> Int {
        var i = index - 1
        while i > 0, characters[i].isWhitespace { i -= 1 }
        return i
    }

    /// The bracket closing the one at `start`, past quoted text and comments.
    func matching(from start: Int) -> Int? {
        var depth = 0
        var i = start
        while i < characters.count {
            let c = characters[i]
            switch c {
            case "[", "{": depth += 1
            case "]", "}":
                depth -= 1
                if depth == 0 { return i }
            case "\"", "'":
                i += 1
                while i < characters.count, characters[i] != c {
                    if c == "\"" && characters[i] == "\\" { i += 1 }
                    i += 1
                }
            case "#" where i > 0 && characters[i - 1].isWhitespace:
                while i < characters.count, !characters[i].isNewline { i += 1 }
            default: break
            }
            i += 1
        }
        return nil
    }
}
