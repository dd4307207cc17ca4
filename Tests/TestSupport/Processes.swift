import Foundation

/// The repository's root folder, found from this file's own path.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// What a program said and how it ended.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    /// stdout and stderr together, for messages.
    public var output: String { stdout + stderr }
}

/// The one way tests run other programs: jiefang itself, and the real clients its output is
/// checked with.
public enum Processes {
    public static var defaultEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        return environment
    }

    /// Runs `executable` with `arguments`; `environment` replaces the inherited one when given.
    /// The inherited one is given a Chinese-neutral locale (`LANG=C.UTF-8`, no `LC_ALL`), so
    /// jiefang speaks its default, Chinese, whatever the developer's shell is set to.
    public static func run(
        _ executable: URL, _ arguments: [String], in directory: URL = repositoryRoot,
        environment: [String: String]? = nil, input: Data? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment ?? Self.defaultEnvironment
        process.currentDirectoryURL = directory
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let stdin = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        // Read both pipes at once, so a chatty program never blocks on a full one.
        let errData = ErrBuffer()
        let reader = Thread {
            errData.data = err.fileHandleForReading.readDataToEndOfFile(); errData.done.signal()
        }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        errData.done.wait()
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
            stderr: String(decoding: errData.data, as: UTF8.self))
    }

    /// Runs a program found on PATH, such as `python3` or `xmllint`.
    public static func run(
        tool: String, _ arguments: [String], in directory: URL = repositoryRoot
    ) throws -> CommandResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments, in: directory)
    }

    /// Whether `tool` is on PATH.
    public static func available(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// A fresh empty folder under the system's temporary folder.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jiefang-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private final class ErrBuffer: @unchecked Sendable {
        var data = Data()
        let done = DispatchSemaphore(value: 0)
    }
}

/// Where the tests stand: on CI every real client must be there.
public enum TestEnvironment {
    /// `CI=true`: a test that needs a tool must run, and fails when the tool is missing.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test needing `tools` runs: always under CI (where a missing tool then fails
    /// the test), elsewhere only when every tool is installed. For `.enabled(if:)`.
    public static func has(_ tools: String...) -> Bool {
        isCI || tools.allSatisfy(Processes.available)
    }

    /// Whether python3 can import every one of `modules`, or we are on CI.
    public static func python(_ modules: String...) -> Bool {
        isCI
            || ((try? Processes.run(tool: "python3", ["-c", modules.map { "import \($0)" }.joined(separator: "; ")]))?
                .status == 0)
    }
}

/// Results gathered from several threads at once, such as processes started together.
public final class Collected<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []

    public init() {}

    public func add(_ value: Value) {
        lock.lock()
        values.append(value)
        lock.unlock()
    }

    public var all: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}
