import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseWork
import Diagnostics
import Foundation

/// The command line's one consumer of diagnostics: everything the library found, on stderr.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints each problem once per command, however many times the campaign was loaded.
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where said.firstTime(diagnostic) { error(diagnostic.description) }
    }

    /// A record to read: a file, or standard input for `-`; its shown name and its text.
    static func input(_ file: String) throws -> (name: String, text: String) {
        let name = file == "-" ? "<stdin>" : file
        let data =
            file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: file)
        guard let data, let text = String(data: data, encoding: .utf8) else {
            report([.error(.inputUnreadable, at: SourceLocation(file: name, line: 1, column: 1))])
            throw ExitCode(1)
        }
        return (name, text)
    }

    /// A line of output in the user's language.
    static func say(zh: String, en: String) {
        out(Phrase(zh: zh, en: en).description + "\n")
    }

    private static let said = SaidOnce()

    /// Prints a failed build's or plan's diagnostics and what they add up to; exits 1.
    static func fail(_ failure: BuildFailure) -> ExitCode {
        report(failure.diagnostics)
        let n = failure.errors.count
        switch failure.stage {
        case .campaign(let path):
            error(Phrase(zh: "\(path)中有\(n)处错误", en: "\(n) error\(n == 1 ? "" : "s") in \(path)").description)
        case .templates:
            error(
                Phrase(
                    zh: "模板中有\(n)处错误，什么都没有写入", en: "\(n) template error\(n == 1 ? "" : "s"); nothing was written"
                ).description)
        case .previousSchedule, .plan, .render, .write: break
        }
        return ExitCode(1)
    }

    /// The value, or the failure reported and exit 1.
    static func unwrap<T>(_ result: Result<T, BuildFailure>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let failure): throw fail(failure)
        }
    }

    /// The value, or the problem reported and exit 1: nothing was written.
    static func unwrap<T>(_ result: Result<T, Diagnostic>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            report([problem])
            throw ExitCode(1)
        }
    }

    /// What a step recorded, with its warnings said; or its problems and exit 1.
    static func unwrap<T>(_ recorded: Recorded<T>) throws -> T {
        report(recorded.diagnostics)
        guard let value = recorded.value else { throw ExitCode(1) }
        return value
    }
}

/// The command line's own problems (J07xx).

/// The problems already printed by this command, so a warning about the campaign file is said
/// once however many steps load the file.
private final class SaidOnce: @unchecked Sendable {
    private let lock = NSLock()
    private var seen = Set<Diagnostic>()

    func firstTime(_ diagnostic: Diagnostic) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return seen.insert(diagnostic).inserted
    }
}
