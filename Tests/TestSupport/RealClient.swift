import Foundation
import Testing

/// A real client a user's files must satisfy (python3 with icalendar or html5lib, xmllint,
/// pdfinfo, Chromium). Where one is missing the test is cancelled, which the test run shows
/// as a skip; under CI=true, where .ci/run installs every one, it fails instead.
public enum RealClient {
    struct Missing: Error, CustomStringConvertible {
        let need: String
        var description: String { "CI must provide \(need)" }
    }

    /// Runs `tool`, or skips the test (fails it under CI) when it is not installed.
    public static func run(_ tool: String, _ arguments: [String], need: String) throws -> CommandResult {
        guard Processes.available(tool) else { try missing(need) }
        return try Processes.run(tool: tool, arguments)
    }

    /// Skips the rest of the test, or fails it under CI.
    public static func missing(_ need: String) throws -> Never {
        if TestEnvironment.isCI { throw Missing(need: need) }
        try Test.cancel("skipped: needs \(need), which is not installed here")
    }

    /// Runs a Python script that needs `modules`, skipping (failing under CI) without them.
    public static func python(_ script: String, _ arguments: [String], modules: [String]) throws -> CommandResult {
        let need = "python3 with " + modules.joined(separator: " and ")
        guard Processes.available("python3") else { try missing(need) }
        let probe = try Processes.run(tool: "python3", ["-c", modules.map { "import \($0)" }.joined(separator: "; ")])
        guard probe.status == 0 else { try missing(need) }
        return try Processes.run(tool: "python3", ["-c", script] + arguments)
    }

    /// Every problem an HTML5 parser (html5lib, strict) finds in the folder's pages, and every
    /// file that is not UTF-8 (PDFs and Office documents aside).
    public static func html5Problems(in folder: URL) throws -> [String] {
        let script = """
            import html5lib, pathlib, sys
            problems = []
            for path in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
                if not path.is_file() or path.suffix in (".pdf", ".docx", ".xlsx"):
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
        let run = try python(script, [folder.path], modules: ["html5lib"])
        if run.status != 0 { return ["html5lib check failed: \(run.output)"] }
        return run.stdout.split(separator: "\n").map(String.init)
    }
}
