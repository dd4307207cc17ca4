/// The default templates, compiled into the binary (see `scripts/embed-templates.py`), so
/// `jiefang init` and `jiefang build` work from a binary copied into any folder.
public enum BundledTemplates {
    public static func text(named name: String) -> String? {
        files.first { $0.name == name }?.text
    }
}
