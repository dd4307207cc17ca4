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
/// editors and terminals can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public let severity: Severity
    /// nil for a problem that concerns no file, such as a missing program.
    public let location: SourceLocation?
    public let message: String
    /// The field the problem belongs to, by its key path (`petitioner.id_number`), so a form can
    /// show it beside that field without reading the message.
    public let field: String?
    /// The problem's stable code, printed after the message (`[J0301]`), for looking it up.
    public let code: DiagnosticCode?

    public init(
        _ severity: Severity, _ message: String, at location: SourceLocation?, field: String? = nil,
        code: DiagnosticCode? = nil
    ) {
        self.severity = severity
        self.message = message
        self.location = location
        self.field = field
        self.code = code
    }

    public static func error(
        _ message: String, at location: SourceLocation? = nil, field: String? = nil, code: DiagnosticCode? = nil
    ) -> Diagnostic {
        Diagnostic(.error, message, at: location, field: field, code: code)
    }

    public static func warning(
        _ message: String, at location: SourceLocation? = nil, field: String? = nil, code: DiagnosticCode? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, message, at: location, field: field, code: code)
    }

    public var isError: Bool { severity == .error }

    /// The line a location refers to, or 0 for none; for reports that show only the line.
    public var line: Int { location?.line ?? 0 }

    public var description: String {
        (location.map { "\($0.description): " } ?? "") + "\(severity.rawValue): \(message)"
            + (code.map { " [\($0)]" } ?? "")
    }

    /// The same problem with more said after it, such as what to do instead.
    public func adding(_ advice: String) -> Diagnostic {
        // libxml2 ends its messages with a full stop; the advice follows after a semicolon.
        let sentence = message.hasSuffix(".") ? String(message.dropLast()) : message
        return Diagnostic(severity, "\(sentence); \(advice)", at: location, field: field, code: code)
    }

    /// The same problem, placed somewhere else (a form's field instead of a file's line).
    public func moved(to location: SourceLocation?) -> Diagnostic {
        Diagnostic(severity, message, at: location, field: field, code: code)
    }
}

/// A problem's stable code: `J` and four digits. The hundreds say where it comes from (01 the
/// campaign file, 02 a visit, 03 the ledger, 04 office files, 05 building, 06 the web page, 07
/// the command line); a code, once given, keeps its meaning.
public struct DiagnosticCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let number: Int

    public init(_ number: Int) { self.number = number }

    public var description: String {
        let digits = String(number)
        return "J" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.number < b.number }
}

/// Collects every problem in one pass, so a user fixes a file in one round; as an error,
/// everything that stopped one step.
public struct DiagnosticLog: Error, Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func error(
        _ message: String, at location: SourceLocation?, field: String? = nil, code: DiagnosticCode? = nil
    ) {
        items.append(Diagnostic(.error, message, at: location, field: field, code: code))
    }

    public mutating func warning(
        _ message: String, at location: SourceLocation?, field: String? = nil, code: DiagnosticCode? = nil
    ) {
        items.append(Diagnostic(.warning, message, at: location, field: field, code: code))
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
