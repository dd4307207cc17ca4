import Diagnostics
import Foundation

/// Runs the built `jiefang` binary, as a user would.
public enum CLI {
    public static var binary: URL {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("jiefang"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("jiefang"),
            repositoryRoot.appendingPathComponent(".build/debug/jiefang"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[2]
    }

    /// - Parameter environment: replaces the inherited environment when given.
    public static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, executable: URL = binary,
        environment: [String: String]? = nil
    ) throws -> CommandResult {
        try Processes.run(executable, arguments, in: directory, environment: environment)
    }

    public static func temporaryDirectory() throws -> URL { try Processes.temporaryDirectory() }
}

/// Every file under `folder`, by path relative to it.
public func folderContents(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return files }
    while let entry = walker.nextObject() as? String {
        var isFolder: ObjCBool = false
        let url = folder.appendingPathComponent(entry)
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
            files[entry] = try Data(contentsOf: url)
        }
    }
    return files
}

public func sampleCampaignText() throws -> String {
    try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/campaign.yaml"), encoding: .utf8)
}

extension Diagnostic {
    /// The message in English: the wording most tests were written against. Chinese, the
    /// default, is checked in LanguageTests and in the tests of what the office reads.
    public var english: String { message(in: .en) }
    /// The whole line in English, as `--lang en` prints it.
    public var englishLine: String { description(in: .en) }
}
