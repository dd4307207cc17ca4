import Foundation
import Testing

/// Runs a real client (python3, xmllint, …). Missing tools skip the check on a developer's
/// machine but fail under CI=true, where .ci/run installs them.
enum ExternalTool {
    static func run(_ tool: String, _ arguments: [String], need: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("CI must provide \(need)")
            }
            return nil
        }
        return String(decoding: data, as: UTF8.self)
    }
}
