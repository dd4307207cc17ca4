import ArgumentParser
import CampaignSpec
import Foundation

/// Loads the campaign named on the command line, printing every diagnostic to stderr.
enum CampaignInput {
    static func load(_ path: String) throws -> Campaign {
        try load(path, CampaignLoader.load(path: path))
    }

    static func load(_ path: String, _ result: LoadResult) throws -> Campaign {
        for diagnostic in result.diagnostics { Console.error(diagnostic.description) }
        guard let campaign = result.campaign else {
            let n = result.errors.count
            Console.error("\(n) error\(n == 1 ? "" : "s") in \(path)")
            throw ExitCode(1)
        }
        return campaign
    }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
