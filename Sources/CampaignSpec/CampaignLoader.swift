import Diagnostics
import Foundation
import Yams

/// What loading a campaign produced: the campaign when it is valid, and every diagnostic.
public struct LoadResult: Sendable {
    public let campaign: Campaign?
    public let diagnostics: [Diagnostic]

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Loads a campaign file (SPEC §2) and validates it, reporting every problem at once.
public enum CampaignLoader {
    static let topKeys = [
        "title", "organization", "office", "issued", "calendar", "holidays", "workdays",
        "phases", "reception", "leaders", "rules", "pins", "sites", "ledger", "deadlines", "topics", "appointments",
    ]

    /// Reads `path`; a CSV roster is read relative to the campaign file's folder.
    public static func load(path: String) -> LoadResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            let loc = SourceLocation(file: path, line: 1, column: 1)
            return LoadResult(
                campaign: nil, diagnostics: [Diagnostic(.error, .campaignUnreadable, at: loc)])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let loc = SourceLocation(file: path, line: 1, column: 1)
            return LoadResult(
                campaign: nil, diagnostics: [Diagnostic(.error, .campaignNotUTF8, at: loc)])
        }
        // Not `deletingLastPathComponent`: it crashes on a one-character name such as `c`.
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        return load(text: text, file: path) { relative in
            let full = relative.hasPrefix("/") ? relative : folder + relative
            guard let bytes = FileManager.default.contents(atPath: full) else { return nil }
            return (full, Array(bytes))
        }
    }

    /// Loads from text. `readFile` maps a path written in the campaign to the path shown in
    /// messages and the file's bytes; it returns nil when the file is missing.
    public static func load(
        text: String, file: String,
        readFile: @escaping (String) -> (path: String, bytes: [UInt8])? = { _ in nil }
    ) -> LoadResult {
        var fields = YAMLFields(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        } catch {
            return LoadResult(campaign: nil, diagnostics: [syntaxDiagnostic(error, file: file)])
        }
        guard let root else {
            let loc = SourceLocation(file: file, line: 1, column: 1)
            return LoadResult(campaign: nil, diagnostics: [Diagnostic(.error, .campaignEmpty, at: loc)])
        }
        var reader = SectionReader(fields: fields, readFile: readFile)
        var campaign = reader.read(root)
        campaign?.rosterFile = reader.rosterFile
        fields = reader.fields
        let diagnostics = fields.log.sorted
        let ok = !fields.log.hasErrors
        return LoadResult(campaign: ok ? campaign : nil, diagnostics: diagnostics)
    }

    /// A YAML syntax error at its line and column, for any YAML file jiefang reads.
    public static func syntaxDiagnostic(_ error: Error, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                return Diagnostic(.error, .yamlSyntax, ["detail": "\(problem)"], at: at(mark))
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = Phrase(
                    zh: duplicates.map { "“\($0)”" }.joined(separator: "、"),
                    en: duplicates.map { "'\($0)'" }.joined(separator: ", "))
                return Diagnostic(.error, .duplicateKey, ["keys": keys], at: at(context.mark))
            case .reader(let problem, _, _, _):
                return Diagnostic(
                    .error, .fileUnreadable, ["detail": "\(problem)"],
                    at: SourceLocation(file: file, line: 1, column: 1))
            default:
                break
            }
        }
        return Diagnostic(
            .error, .yamlSyntax, ["detail": "\(error)"], at: SourceLocation(file: file, line: 1, column: 1))
    }
}
