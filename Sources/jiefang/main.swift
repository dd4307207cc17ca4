import ArgumentParser
import Diagnostics
import Foundation

// Exit codes (README): 0 success, 1 bad campaign or no possible plan, 2 bad usage.
// `--lang` first: every message after this, errors included, is in the chosen language.
let (arguments, language, badLanguage) = LanguageOption.take(from: Array(CommandLine.arguments.dropFirst()))
if let language { Language.current = language }
if let badLanguage {
    FileHandle.standardError.write(Data("error: --lang is zh or en, not '\(badLanguage)'\n".utf8))
    exit(2)
}
do {
    var command = try await Jiefang.asyncParseAsRoot(arguments)
    if let served = command as? any AsyncParsableCommand {
        try await runAsync(served)
    } else {
        try command.run()
    }
} catch let code as ExitCode {
    exit(code.rawValue)
} catch {
    let code = Jiefang.exitCode(for: error)
    if code == .success {
        print(Jiefang.fullMessage(for: error))
        exit(0)
    }
    FileHandle.standardError.write(Data((Jiefang.fullMessage(for: error) + "\n").utf8))
    exit(code == .validationFailure ? 2 : 1)
}

/// The command's own `run() async`: called from a generic context, where Swift picks the async
/// requirement over the synchronous one that top-level code resolves to.
func runAsync<Command: AsyncParsableCommand>(_ command: Command) async throws {
    var command = command
    try await command.run()
}
