import ArgumentParser
import BundledTemplates
import Diagnostics
import Foundation

/// Writes the starter campaign: the seed plan's campaign with sample names.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a starter campaign.yaml (the sample campaign) into a folder.")

    @Argument(help: "The folder to write campaign.yaml into (created if missing).")
    var directory: String = "."

    func run() throws {
        guard let text = BundledTemplates.text(named: "campaign.yaml") else {
            Console.report([.error(.starterMissing)])
            throw ExitCode(1)
        }
        let target = (directory as NSString).appendingPathComponent("campaign.yaml")
        if FileManager.default.fileExists(atPath: target) {
            Console.report([
                .error(.campaignExists, at: SourceLocation(file: target, line: 1, column: 1))
            ])
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            Console.report([
                .error(
                    .campaignUnwritable, ["detail": "\(error.localizedDescription)"],
                    at: SourceLocation(file: target, line: 1, column: 1))
            ])
            throw ExitCode(1)
        }
        Console.say(
            zh: "已写入\(target)\n下一步：jiefang check \(target) && jiefang plan \(target)",
            en: "wrote \(target)\nnext: jiefang check \(target) && jiefang plan \(target)")
    }
}
