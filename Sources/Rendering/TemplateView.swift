/// What a template may ask for at one level, so a template can be checked against its data
/// before anything is rendered — even where a list happens to be empty in this campaign.
public indirect enum Shape: Sendable {
    case text
    case flag
    /// Each item offers these keys, plus `number` (from 1), `is_first` and `is_last`.
    case list([String: Shape])
    case object([String: Shape])

    /// The keys every list item gets, whatever its view.
    static let itemKeys: [String: Shape] = ["number": .text, "is_first": .flag, "is_last": .flag]
}

/// One key as the template author's reference (`Templates/KEYS.md`) describes it.
public struct KeyDoc: Sendable {
    public enum Kind: String, Sendable {
        case text
        case flag = "yes/no"
        case list
        case object
    }

    public let key: String
    public let kind: Kind
    public let meaning: String
    /// The keys of each list item or of the object, in declaration order.
    public let children: [KeyDoc]
}

/// One key a template can use, what it means, and how to compute it from a source value. A
/// view's keys, their values and their documentation come from one list of fields, so the
/// check, the data and the reference cannot drift apart.
public struct Field<Source>: Sendable {
    let doc: KeyDoc
    let shape: Shape
    let value: @Sendable (Source) -> Any

    var key: String { doc.key }

    public static func text(_ key: String, _ meaning: String, _ value: @escaping @Sendable (Source) -> String) -> Field
    {
        Field(doc: KeyDoc(key: key, kind: .text, meaning: meaning, children: []), shape: .text, value: value)
    }

    public static func flag(_ key: String, _ meaning: String, _ value: @escaping @Sendable (Source) -> Bool) -> Field {
        Field(doc: KeyDoc(key: key, kind: .flag, meaning: meaning, children: []), shape: .flag, value: value)
    }

    public static func list<Item>(
        _ key: String, _ meaning: String, _ view: TemplateView<Item>,
        _ items: @escaping @Sendable (Source) -> [Item]
    ) -> Field {
        // A list item's own `number`, `is_first` or `is_last` would be hidden by the ones every item gets.
        precondition(
            view.fields.allSatisfy { Shape.itemKeys[$0.key] == nil },
            "the items of '\(key)' may not define number, is_first or is_last")
        return Field(
            doc: KeyDoc(key: key, kind: .list, meaning: meaning, children: view.docs), shape: .list(view.shape)
        ) {
            source in
            let all = items(source)
            return all.enumerated().map { index, item -> [String: Any] in
                var context = view.context(item)
                context["number"] = String(index + 1)
                context["is_first"] = index == 0
                context["is_last"] = index == all.count - 1
                return context
            }
        }
    }

    public static func object<Item>(
        _ key: String, _ meaning: String, _ view: TemplateView<Item>,
        _ item: @escaping @Sendable (Source) -> Item
    ) -> Field {
        Field(doc: KeyDoc(key: key, kind: .object, meaning: meaning, children: view.docs), shape: .object(view.shape)) {
            view.context(item($0))
        }
    }

    /// The same key, computed from a part of a larger source.
    public func on<Whole>(_ part: @escaping @Sendable (Whole) -> Source) -> Field<Whole> {
        let value = self.value
        return Field<Whole>(doc: doc, shape: shape) { value(part($0)) }
    }

    /// A list of plain texts, each item offering `text`.
    public static func texts(
        _ key: String, _ meaning: String, _ items: @escaping @Sendable (Source) -> [String]
    ) -> Field {
        list(key, meaning, TemplateView<String>([.text("text", "the item's text") { $0 }]), items)
    }
}

/// The data a template gets from one kind of source value.
public struct TemplateView<Source>: Sendable {
    public let fields: [Field<Source>]
    /// A context already computed for this source, when there is one: a value many pages show
    /// (a duty day) is computed once per build rather than once per page.
    let memo: (@Sendable (Source) -> [String: Any]?)?

    public init(_ fields: [Field<Source>], memo: (@Sendable (Source) -> [String: Any]?)? = nil) {
        self.fields = fields
        self.memo = memo
    }

    public var shape: [String: Shape] {
        var keys: [String: Shape] = [:]
        for field in fields { keys[field.key] = field.shape }
        return keys
    }

    public var docs: [KeyDoc] { fields.map(\.doc) }

    /// The value Mustache renders.
    public func context(_ source: Source) -> [String: Any] {
        if let memo, let known = memo(source) { return known }
        var values: [String: Any] = [:]
        for field in fields { values[field.key] = field.value(source) }
        return values
    }

    /// Both views' keys; for sources that are the same value.
    public static func + (a: TemplateView, b: TemplateView) -> TemplateView { TemplateView(a.fields + b.fields) }
}
