import Diagnostics

/// `--lang zh|en`, accepted anywhere on the command line and taken out before the subcommand's
/// own options are parsed, so every command speaks the same language without declaring it.
enum LanguageOption {
    /// The arguments without `--lang`, and the language it chose (nil when not given).
    static func take(from arguments: [String]) -> (rest: [String], language: Language?, bad: String?) {
        var rest: [String] = []
        var chosen: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            var written: String?
            if argument == "--lang" {
                index += 1
                written = index < arguments.endIndex ? arguments[index] : ""
            } else if argument.hasPrefix("--lang=") {
                written = String(argument.dropFirst("--lang=".count))
            }
            if let written {
                guard let language = Language(written: written) else { return (rest, nil, written) }
                chosen = language
            } else {
                rest.append(argument)
            }
            index += 1
        }
        return (rest, chosen, nil)
    }
}
