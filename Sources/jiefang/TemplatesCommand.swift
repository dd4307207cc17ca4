import ArgumentParser
import CampaignBuild
import LedgerReports
import OfficeWeb
import Rendering

/// The built-in templates, for editing with `build --templates DIR`.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "Export the built-in templates, or print the keys they can use.",
        subcommands: [Export.self, Keys.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates, schedule.xsd, the sample campaign and KEYS.md into a folder.")

        @Argument(help: "The folder to write them into (created if missing); existing files are never overwritten.")
        var directory: String

        func run() throws {
            switch TemplateFiles.export(to: directory) {
            case .success(let names):
                Console.say(
                    zh: "已把\(names.count)个文件写入\(directory)/：\(names.joined(separator: "、"))\n"
                        + "下一步：修改其中一个，然后 jiefang build 活动文件 --templates \(directory)",
                    en: "wrote \(names.count) files to \(directory)/: \(names.joined(separator: ", "))\n"
                        + "next: edit one, then jiefang build CAMPAIGN --templates \(directory)")
            case .failure(let problem):
                Console.report([problem])
                throw ExitCode(1)
            }
        }
    }

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the reference of every key each template can use (Templates/KEYS.md).")

        func run() throws {
            var reference = try Console.unwrap(TemplateFiles.keysReference())
            for (template, keys) in LedgerReports.docs {
                reference += TemplateReference.section(
                    LedgerReports.titles[template] ?? template, files: "`\(template)`", docs: keys)
            }
            for (template, title, keys) in WebPages.docs {
                reference += TemplateReference.section(title, files: "`\(template)`", docs: keys)
            }
            reference += WebPages.sharedFilesNote
            Console.out(reference)
        }
    }
}
