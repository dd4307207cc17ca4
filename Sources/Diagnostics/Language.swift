import Foundation

/// The language jiefang speaks to its users: Chinese unless asked otherwise.
public enum Language: String, Sendable, CaseIterable {
    case zh
    case en

    /// The language of this process's messages: `--lang` when the front end was given it, else
    /// the environment's (`LANG` starting with `en` gives English), else Chinese.
    public static var current: Language {
        get { chosen.withLock { $0 } ?? fromEnvironment(ProcessInfo.processInfo.environment) }
        set { chosen.withLock { $0 = newValue } }
    }

    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, the first one set, as POSIX orders them.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return setting?.lowercased().hasPrefix("en") == true ? .en : .zh
    }

    /// `zh` or `en`, also written `zh-CN`, `en_US.UTF-8` or `chinese`.
    public init?(written: String) {
        let lower = written.lowercased()
        if lower.hasPrefix("en") {
            self = .en
        } else if lower.hasPrefix("zh") || lower == "chinese" || lower == "中文" {
            self = .zh
        } else {
            return nil
        }
    }

    private static let chosen = LockedLanguage()
}

/// The front end's choice, set once while it parses its arguments and read from any thread.
private final class LockedLanguage: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Language?

    func withLock<T>(_ body: (inout Language?) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// Words in both languages: a message, or a part of one such as "phase 2" / "第2个阶段".
/// Text without words (an id, a date, a number) is the same in both and is written as a plain
/// string literal.
public struct Phrase: Hashable, Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both languages.
    public init(_ same: String) {
        self.init(zh: same, en: same)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }

    public subscript(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// In the language of this process.
    public var description: String { self[.current] }

    public var isEmpty: Bool { zh.isEmpty && en.isEmpty }

    public static func + (a: Phrase, b: Phrase) -> Phrase {
        Phrase(zh: a.zh + b.zh, en: a.en + b.en)
    }

    /// Items joined as each language lists them: `、` in Chinese, `, ` in English.
    public static func list(_ items: [Phrase]) -> Phrase {
        Phrase(zh: items.map(\.zh).joined(separator: "、"), en: items.map(\.en).joined(separator: ", "))
    }

    /// Plain texts joined as each language lists them.
    public static func list(_ items: [String]) -> Phrase {
        list(items.map { Phrase($0) })
    }
}
