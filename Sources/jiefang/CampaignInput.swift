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

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
    }

    /// Prints a failed build's or plan's diagnostics and what they add up to; exits 1.
    static func fail(_ failure: BuildFailure) -> ExitCode {
        report(failure.diagnostics)
        let n = failure.errors.count
        switch failure.stage {
        case .campaign(let path): error("\(n) error\(n == 1 ? "" : "s") in \(path)")
        case .templates: error("\(n) template error\(n == 1 ? "" : "s"); nothing was written")
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
extension DiagnosticCode {
    static let inputUnreadable = DiagnosticCode(701)
    static let campaignExists = DiagnosticCode(702)
    static let starterMissing = DiagnosticCode(703)
    static let serverStopped = DiagnosticCode(704)
    static let campaignUnwritable = DiagnosticCode(705)
}
