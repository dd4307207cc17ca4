import CampaignSpec
import Diagnostics

/// Checks a template's tags against the keys its view offers, so a misspelt tag is an error
/// with its line and column rather than a silent blank on a posted notice.
struct TemplateChecker {
    /// Other templates, by partial name, that `{{> name}}` may include.
    let partials: [String: TemplateSource]

    /// Every problem in `template` when rendered with data of `shape`.
    func problems(in template: TemplateSource, shape: [String: Shape]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        check(template, frames: [shape], including: [], into: &found)
        return found
    }

    private func check(
        _ template: TemplateSource, frames: [[String: Shape]], including: [String],
        into found: inout [Diagnostic]
    ) {
        var frames = frames
        var open: [(name: String, at: SourceLocation, frames: [[String: Shape]])] = []
        for tag in TemplateTag.scan(template) {
            func error(_ message: String) { found.append(Diagnostic(.error, message, at: tag.location)) }
            switch tag.kind {
            case .comment, .pragma:
                continue
            case .unsupported(let what):
                error("\(what) is not supported in jiefang templates")
            case .unterminated:
                error("this tag is never closed with }}")
            case .variable:
                switch lookup(tag.name, in: frames) {
                case .failure(let problem): error(problem.message)
                case .success(.text): break
                case .success(.flag):
                    error("'\(tag.name)' is a yes/no value; use it as {{#\(tag.name)}}…{{/\(tag.name)}}")
                case .success(.list), .success(.object):
                    error("'\(tag.name)' holds several values; open it as {{#\(tag.name)}}…{{/\(tag.name)}}")
                }
            case .section(let inverted):
                open.append((tag.name, tag.location, frames))
                switch lookup(tag.name, in: frames) {
                case .failure(let problem): error(problem.message)
                case .success(.flag): break
                case .success(.list(let keys)):
                    if !inverted { frames.append(keys.merging(Shape.itemKeys) { a, _ in a }) }
                case .success(.object(let keys)):
                    if inverted {
                        error("'\(tag.name)' is always present; {{^\(tag.name)}} would never show")
                    } else {
                        frames.append(keys)
                    }
                case .success(.text):
                    error("'\(tag.name)' is text, not a yes/no value or a list; print it with {{\(tag.name)}}")
                }
            case .close:
                guard let last = open.popLast() else {
                    error("{{/\(tag.name)}} closes a section that was never opened")
                    continue
                }
                if last.name != tag.name {
                    error(
                        "{{/\(tag.name)}} closes '\(last.name)', opened at line \(last.at.line), column \(last.at.column)"
                    )
                }
                frames = last.frames
            case .partial:
                guard let partial = partials[tag.name] else {
                    error("no template named '\(tag.name)' to include" + suggestion(tag.name, Array(partials.keys)))
                    continue
                }
                if including.contains(tag.name) || including.count > 8 {
                    error("'\(tag.name)' includes itself")
                    continue
                }
                check(partial, frames: frames, including: including + [tag.name], into: &found)
            }
        }
        for section in open {
            found.append(
                Diagnostic(
                    .error, "section '\(section.name)' is never closed with {{/\(section.name)}}", at: section.at))
        }
    }

    /// Resolves a possibly dotted name as Mustache does: the first part in the innermost frame
    /// that has it, the rest inside that value.
    private func lookup(_ name: String, in frames: [[String: Shape]]) -> Result<Shape, LookupProblem> {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if name == "." || parts.contains("") {
            return .failure(LookupProblem("'\(name)' is not a key; name the value, e.g. {{text}}"))
        }
        guard var shape = frames.reversed().lazy.compactMap({ $0[parts[0]] }).first else {
            let known = frames.flatMap(\.keys)
            return .failure(LookupProblem("unknown key '\(parts[0])'" + suggestion(parts[0], known)))
        }
        for part in parts.dropFirst() {
            guard case .object(let keys) = shape, let next = keys[part] else {
                let known: [String] = if case .object(let keys) = shape { Array(keys.keys) } else { [] }
                return .failure(LookupProblem("'\(name)': no key '\(part)' here" + suggestion(part, known)))
            }
            shape = next
        }
        return .success(shape)
    }

    private func suggestion(_ word: String, _ candidates: [String]) -> String {
        Suggestion.hint(for: word, among: Set(candidates).sorted())
    }
}

struct LookupProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
