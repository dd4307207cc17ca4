/// Where something was written: a file and, when it concerns a place inside the file, a
/// 1-based line and column. A location without a line names a whole file or folder.
public struct SourceLocation: Hashable, Sendable {
    public let file: String
    /// 0 when the location is the whole file.
    public let line: Int
    public let column: Int
    /// A workbook's cell, as Excel names it (`班子成员!F4`), shown in place of line and column.
    public let cell: String?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
        self.cell = nil
    }

    /// A cell of a workbook's sheet: `leaders.xlsx:班子成员!F4`.
    public init(file: String, sheet: String, row: Int, column: Int) {
        self.file = file
        self.line = row
        self.column = column
        self.cell = "\(sheet)!" + Self.cellName(row: row, column: column)
    }

    /// A cell as Excel names it: row 4 of column 3 is `C4`, of column 28 `AB4`.
    public static func cellName(row: Int, column: Int) -> String {
        var letters = ""
        var n = column
        while n > 0 {
            letters = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + letters
            n = (n - 1) / 26
        }
        return letters + String(row)
    }

    /// The whole file or folder at `path`.
    public init(file: String) {
        self.init(file: file, line: 0, column: 0)
    }

    /// `file:line:col`, `file:Sheet!C4` for a workbook's cell, or just `file` for a whole file.
    public var description: String {
        if let cell { return "\(file):\(cell)" }
        guard line > 0 else { return file }
        return "\(file):\(line):\(max(1, column))"
    }
}

/// One problem, found by any part of jiefang: a campaign file, a template, a previous
/// schedule, the planner, the output folder or printing. Every module reports with this one
/// type and only the front ends print it, in the compiler's `file:line:col: error: …` form so
/// editors and terminals can jump to it. Its words come from its code's entry in the catalogue,
/// in both languages, so the front end prints it in the user's.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    /// nil for a problem that concerns no file, such as a missing program.
    public let location: SourceLocation?
    /// The problem in both languages.
    public let text: Phrase
    /// The field the problem belongs to, by its key path (`petitioner.id_number`), so a form can
    /// show it beside that field without reading the message.
    public let field: String?
    /// The problem's stable code, printed after the message (`[J0301]`), for looking it up.
    public let code: DiagnosticCode

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:],
        at location: SourceLocation? = nil, field: String? = nil
    ) {
        self.init(severity, code, text: code.message(arguments), at: location, field: field)
    }

    private init(
        _ severity: Severity, _ code: DiagnosticCode, text: Phrase, at location: SourceLocation?, field: String?
    ) {
        self.severity = severity
        self.code = code
        self.text = text
        self.location = location
        self.field = field
    }

    public static func error(
        _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:], at location: SourceLocation? = nil,
        field: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, code, arguments, at: location, field: field)
    }

    public static func warning(
        _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:], at location: SourceLocation? = nil,
        field: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, code, arguments, at: location, field: field)
    }

    public var isError: Bool { severity == .error }

    /// The line a location refers to, or 0 for none; for reports that show only the line.
    public var line: Int { location?.line ?? 0 }

    /// The words alone, in the language of this process.
    public var message: String { text[.current] }

    /// The words alone, in `language`.
    public func message(in language: Language) -> String { text[language] }

    public var description: String { description(in: .current) }

    /// `file:line:col: error: words [J0101]`; the severity word stays English for editors and CI.
    public func description(in language: Language) -> String {
        (location.map { "\($0.description): " } ?? "") + "\(severity.rawValue): \(text[language]) [\(code)]"
    }

    /// The same problem with more said after it, such as what to do instead.
    public func adding(_ advice: Phrase) -> Diagnostic {
        // libxml2 ends its messages with a full stop; the advice follows after a semicolon.
        let en = text.en.hasSuffix(".") ? String(text.en.dropLast()) : text.en
        let zh = text.zh.hasSuffix("。") ? String(text.zh.dropLast()) : text.zh
        return Diagnostic(
            severity, code, text: Phrase(zh: "\(zh)；\(advice.zh)", en: "\(en); \(advice.en)"), at: location,
            field: field)
    }

    /// The same problem, placed somewhere else (a form's field instead of a file's line).
    public func moved(to location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity, code, text: text, at: location, field: field)
    }
}

/// Collects every problem in one pass, so a user fixes a file in one round; as an error,
/// everything that stopped one step.
public struct DiagnosticLog: Error, Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func error(
        _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:], at location: SourceLocation?,
        field: String? = nil
    ) {
        items.append(Diagnostic(.error, code, arguments, at: location, field: field))
    }

    public mutating func warning(
        _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:], at location: SourceLocation?,
        field: String? = nil
    ) {
        items.append(Diagnostic(.warning, code, arguments, at: location, field: field))
    }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: DiagnosticLog) { items += other.items }
    public mutating func append(contentsOf more: [Diagnostic]) { items += more }

    public var errors: [Diagnostic] { items.filter(\.isError) }
    public var warnings: [Diagnostic] { items.filter { !$0.isError } }
    public var hasErrors: Bool { items.contains(where: \.isError) }

    /// Sorted by file position so output reads top to bottom, whatever order checks ran in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            let (x, y) = (a.element.location, b.element.location)
            if x?.file != y?.file { return (x?.file ?? "") < (y?.file ?? "") }
            if x?.line != y?.line { return (x?.line ?? 0) < (y?.line ?? 0) }
            if x?.column != y?.column { return (x?.column ?? 0) < (y?.column ?? 0) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
