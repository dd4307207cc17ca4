import ArgumentParser
import BundledTemplates
import Foundation

/// Writes the starter campaign: the seed plan's campaign with sample names.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init", abstract: "Write a starter campaign.yaml (the sample campaign) into a folder.")

    @Argument(help: "The folder to write campaign.yaml into (created if missing).")
    var directory: String = "."

    func run() throws {
        guard let text = BundledTemplates.text(named: "campaign.yaml") else {
            Console.error("error: the starter campaign is missing from this build")
            throw ExitCode(1)
        }
        let target = (directory as NSString).appendingPathComponent("campaign.yaml")
        if FileManager.default.fileExists(atPath: target) {
            Console.error("\(target):1:1: error: a campaign file already exists here; not overwriting it")
            throw ExitCode(1)
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: target), options: .withoutOverwriting)
        } catch {
            Console.error("\(target):1:1: error: cannot write the campaign file: \(error.localizedDescription)")
            throw ExitCode(1)
        }
        Console.out("wrote \(target)\nnext: jiefang check \(target) && jiefang plan \(target)\n")
    }
}
