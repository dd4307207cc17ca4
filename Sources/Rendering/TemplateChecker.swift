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
            func error(_ code: DiagnosticCode, _ arguments: [String: Phrase] = [:]) {
                found.append(Diagnostic(.error, code, arguments, at: tag.location))
            }
            let name: [String: Phrase] = ["name": "\(tag.name)"]
            switch tag.kind {
            case .comment, .pragma:
                continue
            case .unsupported(let what):
                error(.templateUnsupported, ["what": what])
            case .unterminated:
                error(.templateUnterminated)
            case .variable:
                switch lookup(tag.name, in: frames) {
                case .failure(let problem): error(problem.code, problem.arguments)
                case .success(.text): break
                case .success(.flag):
                    error(.templateFlag, name)
                case .success(.list), .success(.object):
                    error(.templateList, name)
                }
            case .section(let inverted):
                open.append((tag.name, tag.location, frames))
                switch lookup(tag.name, in: frames) {
                case .failure(let problem): error(problem.code, problem.arguments)
                case .success(.flag): break
                case .success(.list(let keys)):
                    if !inverted { frames.append(keys.merging(Shape.itemKeys) { a, _ in a }) }
                case .success(.object(let keys)):
                    if inverted {
                        error(.templateAlwaysPresent, name)
                    } else {
                        frames.append(keys)
                    }
                case .success(.text):
                    error(.templateTextSection, name)
                }
            case .close:
                guard let last = open.popLast() else {
                    error(.templateCloseUnopened, name)
                    continue
                }
                if last.name != tag.name {
                    error(
                        .templateCloseMismatch,
                        name.merging(["open": "\(last.name)", "line": "\(last.at.line)", "column": "\(last.at.column)"])
                        {
                            a, _ in a
                        })
                }
                frames = last.frames
            case .partial:
                guard let partial = partials[tag.name] else {
                    error(
                        .templatePartialUnknown,
                        ["name": "\(tag.name)", "hint": suggestion(tag.name, Array(partials.keys))])
                    continue
                }
                if including.contains(tag.name) || including.count > 8 {
                    error(.templateIncludesSelf, name)
                    continue
                }
                check(partial, frames: frames, including: including + [tag.name], into: &found)
            }
        }
        for section in open {
            found.append(
                Diagnostic(.error, .templateNeverClosed, ["name": "\(section.name)"], at: section.at))
        }
    }

    /// Resolves a possibly dotted name as Mustache does: the first part in the innermost frame
    /// that has it, the rest inside that value.
    private func lookup(_ name: String, in frames: [[String: Shape]]) -> Result<Shape, LookupProblem> {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if name == "." || parts.contains("") {
            return .failure(LookupProblem(code: .templateNotKey, arguments: ["name": "\(name)"]))
        }
        guard var shape = frames.reversed().lazy.compactMap({ $0[parts[0]] }).first else {
            let known = frames.flatMap(\.keys)
            return .failure(
                LookupProblem(
                    code: .templateUnknownKey, arguments: ["key": "\(parts[0])", "hint": suggestion(parts[0], known)]))
        }
        for part in parts.dropFirst() {
            guard case .object(let keys) = shape, let next = keys[part] else {
                let known: [String] = if case .object(let keys) = shape { Array(keys.keys) } else { [] }
                return .failure(
                    LookupProblem(
                        code: .templateNoSubKey,
                        arguments: ["name": "\(name)", "part": "\(part)", "hint": suggestion(part, known)]))
            }
            shape = next
        }
        return .success(shape)
    }

    private func suggestion(_ word: String, _ candidates: [String]) -> Phrase {
        Suggestion.hint(for: word, among: Set(candidates).sorted())
    }
}

struct LookupProblem: Error {
    let code: DiagnosticCode
    let arguments: [String: Phrase]
}
