/// A problem's stable code, `J` and four digits, with its words in both languages. The hundreds
/// say where it comes from (01 the campaign file, 02 a visit, 03 the ledger, 04 office files, 05
/// building and printing, 06 the web page, 07 the command line, 08 appointments and reminders); a code, once given, keeps its
/// meaning. Every code is declared in this module's catalogue (`Catalogue+*.swift`), so
/// `docs/messages.md` lists them all and a test checks each has both texts.
public struct DiagnosticCode: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let number: Int
    /// The words with `{name}` placeholders, filled from the diagnostic's arguments.
    public let pattern: Phrase

    init(_ number: Int, zh: String, en: String) {
        self.number = number
        self.pattern = Phrase(zh: zh, en: en)
    }

    public var description: String {
        let digits = String(number)
        return "J" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    public static func < (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.number < b.number }
    public static func == (a: DiagnosticCode, b: DiagnosticCode) -> Bool { a.number == b.number }
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }

    /// The pattern with each `{name}` replaced by its argument in the same language. A name
    /// without an argument stays as written, where a reader (and a test) sees it.
    public func message(_ arguments: [String: Phrase]) -> Phrase {
        Phrase(zh: Self.fill(pattern.zh, arguments, .zh), en: Self.fill(pattern.en, arguments, .en))
    }

    /// The placeholder names in `text`, in order: a name is letters between braces, so a
    /// brace written for the reader (`{csv: FILE}`) is left alone.
    public static func placeholders(in text: String) -> [String] {
        pieces(text).compactMap(\.name)
    }

    private static func fill(_ text: String, _ arguments: [String: Phrase], _ language: Language) -> String {
        pieces(text).map { piece in piece.name.map { arguments[$0]?[language] ?? "{\($0)}" } ?? piece.text }.joined()
    }

    private static func pieces(_ text: String) -> [(text: String, name: String?)] {
        var out: [(text: String, name: String?)] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out.append((String(rest[..<open]), nil))
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isASCII && $0.isLetter }
            if !name.isEmpty, after.dropFirst(name.count).first == "}" {
                out.append(("", String(name)))
                rest = after.dropFirst(name.count + 1)
            } else {
                out.append(("{", nil))
                rest = after
            }
        }
        out.append((String(rest), nil))
        return out
    }

    /// Every code, in order.
    public static var all: [DiagnosticCode] {
        (campaignFile + visit + ledger + officeFiles + building + web + commandLine + appointments).sorted()
    }
}
