import CampaignSpec
import Diagnostics

/// A template file's text and where it came from, for messages.
public struct TemplateSource: Sendable {
    /// The file name inside a templates folder, e.g. `notice.html.mustache`.
    public let name: String
    /// The path shown in messages: the override file, or `Templates/NAME` for a built-in one.
    public let shownPath: String
    public let text: String
}

/// One `{{…}}` tag of a template, found by a plain scan of the default delimiters.
struct TemplateTag {
    enum Kind: Equatable {
        case variable
        case section(inverted: Bool)
        case close
        case partial
        case comment
        case pragma
        case unsupported(Phrase)
        case unterminated
    }

    let kind: Kind
    let name: String
    let location: SourceLocation

    static func scan(_ template: TemplateSource) -> [TemplateTag] {
        let chars = Array(template.text)
        var tags: [TemplateTag] = []
        var line = 1, column = 1
        var i = 0
        func advance(to end: Int) {
            while i < end {
                if chars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }
        while i + 1 < chars.count {
            guard chars[i] == "{", chars[i + 1] == "{" else { advance(to: i + 1); continue }
            let at = SourceLocation(file: template.shownPath, line: line, column: column)
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            let bodyStart = i + (triple ? 3 : 2)
            let closer: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            guard let bodyEnd = find(closer, in: chars, from: bodyStart) else {
                tags.append(TemplateTag(kind: .unterminated, name: "", location: at))
                break
            }
            let body = String(chars[bodyStart..<bodyEnd]).trimmingCharacters(in: " \t\n")
            tags.append(triple ? TemplateTag(kind: .variable, name: body, location: at) : classify(body, at: at))
            advance(to: bodyEnd + closer.count)
        }
        return tags
    }

    private static func classify(_ body: String, at: SourceLocation) -> TemplateTag {
        let sigil = body.first
        let rest = String(body.dropFirst()).trimmingCharacters(in: " \t\n")
        let kind: Kind
        switch sigil {
        case "#": kind = .section(inverted: false)
        case "^": kind = .section(inverted: true)
        case "/": kind = .close
        case ">": kind = .partial
        case "!": kind = .comment
        case "%": kind = .pragma
        case "&": kind = .variable
        case "=": kind = .unsupported(Phrase(zh: "修改 {{ }} 分隔符", en: "changing the {{ }} delimiters"))
        case "$", "<":
            kind = .unsupported(Phrase(zh: "模板继承（{{$…}}、{{<…}}）", en: "template inheritance ({{$…}}, {{<…}})"))
        default:
            if body.contains("(") {
                return TemplateTag(
                    kind: .unsupported(Phrase(zh: "\(body)这样的转换", en: "a transform such as \(body)")), name: body,
                    location: at)
            }
            return TemplateTag(kind: .variable, name: body, location: at)
        }
        if rest.contains("(") && kind != .comment && kind != .pragma {
            return TemplateTag(
                kind: .unsupported(Phrase(zh: "\(rest)这样的转换", en: "a transform such as \(rest)")), name: rest,
                location: at)
        }
        return TemplateTag(kind: kind, name: rest, location: at)
    }

    private static func find(_ needle: [Character], in chars: [Character], from start: Int) -> Int? {
        guard start + needle.count <= chars.count else { return nil }
        return (start...(chars.count - needle.count)).first { chars[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s.removeFirst() }
        while let c = s.last, set.contains(c) { s.removeLast() }
        return String(s)
    }
}
