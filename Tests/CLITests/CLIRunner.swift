import Foundation
import TestSupport

/// Runs the built `jiefang` binary, as a user would.
enum CLI {
    static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("jiefang"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("jiefang"),
            repositoryRoot.appendingPathComponent(".build/debug/jiefang"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// - Parameter environment: replaces the inherited environment when given.
    static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, executable: URL = binary,
        environment: [String: String]? = nil
    ) throws -> CommandResult {
        try Processes.run(executable, arguments, in: directory, environment: environment)
    }

    static func temporaryDirectory() throws -> URL { try Processes.temporaryDirectory() }
}
