import ArgumentParser
import Diagnostics

/// Every message jiefang prints, by its code, in both languages: docs/messages.md.
struct MessagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "messages",
        abstract: "List every error and warning by its code (J0107), in Chinese and English.")

    @Argument(help: "One code to look up, as printed after a message (J0107).")
    var code: String?

    func run() throws {
        guard let code else {
            Console.out(MessageCatalogue.markdown())
            return
        }
        guard let entry = MessageCatalogue.entry(code) else {
            throw ValidationError(
                Phrase(
                    zh: "没有代码为“\(code)”的提示；jiefang messages 列出全部",
                    en: "no message has the code '\(code)'; `jiefang messages` lists them all"
                ).description)
        }
        Console.out(entry)
    }
}
