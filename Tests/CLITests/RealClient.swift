import Foundation
import Testing

/// A real client a user's files must satisfy (python3 with icalendar, xmllint). When one is
/// missing the check is skipped on a developer's machine but fails under CI=true, where
/// .ci/run installs it.
enum RealClient {
    struct Run {
        let status: Int32
        let output: String
    }

    /// Runs `tool`, or returns nil when it is not installed (recording a failure under CI).
    static func run(_ tool: String, _ arguments: [String], need: String) throws -> Run? {
        guard available(tool) else {
            if ProcessInfo.processInfo.environment["CI"] == "true" { Issue.record("CI must provide \(need)") }
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Whether Python can import `module`.
    static func pythonHas(_ module: String) -> Bool {
        (try? run("python3", ["-c", "import \(module)"], need: "python3"))??.status == 0
    }

    private static func available(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
}
