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

    /// Every problem an HTML5 parser (html5lib, strict) finds in the folder's pages, and every
    /// file that is not UTF-8 (PDFs aside); nil when python3 with html5lib is missing outside CI.
    static func html5Problems(in folder: URL) throws -> [String]? {
        guard pythonHas("html5lib") || ProcessInfo.processInfo.environment["CI"] == "true" else { return nil }
        let script = """
            import html5lib, pathlib, sys
            problems = []
            for path in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
                if not path.is_file() or path.suffix == ".pdf":
                    continue
                data = path.read_bytes()
                try:
                    data.decode("utf-8")
                except UnicodeDecodeError as e:
                    problems.append(f"{path.name}: not UTF-8: {e}")
                if path.suffix == ".html":
                    parser = html5lib.HTMLParser(strict=True)
                    try:
                        parser.parse(data, transport_encoding="utf-8")
                    except html5lib.html5parser.ParseError as e:
                        problems.append(f"{path.name}: {e}")
            print("\\n".join(problems))
            """
        guard let run = try run("python3", ["-c", script, folder.path], need: "python3 with html5lib") else { return nil }
        if run.status != 0 { return ["html5lib check failed: \(run.output)"] }
        return run.output.split(separator: "\n").map(String.init)
    }

    static func available(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }
}
