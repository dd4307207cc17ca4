import ArgumentParser
import CampaignBuild
import CaseWork
import Diagnostics
import Foundation
import PlanReport
import Rendering

/// Plans the roster and writes everything the office prints and hands out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract:
            "Plan the roster and write the notice, posting list, rotas, calendars, registers, plan and schedule.xml.",
        discussion: """
            The output folder is replaced whole, or not at all: a failed build leaves it as it was. \
            It may hold only files an earlier build wrote (and dotfiles such as .gitkeep, which are kept).

            When the output folder holds an earlier build's schedule.xml, the new roster keeps as \
            many of its days as the rules allow, and the build reports which days changed, which \
            leaders to tell and where to reprint the notice. --fresh plans from scratch instead.
            """)

    @Argument(help: "The campaign file (YAML).")
    var campaign: String

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "output"

    @Option(help: "A folder of edited templates; each file replaces the built-in template of the same name.")
    var templates: String?

    @Flag(help: "Plan from scratch, ignoring the schedule.xml of the previous build in the output folder.")
    var fresh = false

    @Flag(help: "Also print notice.pdf, posting.pdf, plan.pdf, registers.pdf and rota/ID.pdf in headless Chromium.")
    var pdf = false

    @Option(
        help: ArgumentHelp(
            "The Chromium to print PDFs with (default: chromium-headless-shell or chromium on PATH).", valueName: "path"
        ))
    var chromium: String?

    @Option(
        help: ArgumentHelp(
            "Seconds to wait for another build writing the same output folder, then plan against its result.",
            valueName: "seconds"))
    var wait: Double = 30

    @OptionGroup var planning: PlanningOptions

    func validate() throws {
        guard wait >= 0 else {
            throw ValidationError(Phrase(zh: "--wait 应是0或更多秒", en: "--wait must be zero or more seconds").description)
        }
    }

    func run() throws {
        let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let request = BuildRequest(
            campaign: .file(campaign), output: output, templates: templates, fresh: fresh,
            timeLimit: planning.timeLimit,
            pdf: pdf ? PDFRequest(chromium: chromium, searchPath: searchPath) : nil, wait: wait,
            appointments: CaseWork.bookedAppointments(campaignFile: campaign))
        let built = try Console.unwrap(CampaignBuild.build(request))
        Console.report(built.warnings)
        Console.out(summary(of: built))
        if let problem = built.pdfProblem {
            Console.error(problem.adding(DiagnosticCode.pdfsSkipped.message(["output": "\(output)"])).description)
            throw ExitCode(1)
        }
    }

    /// What was written, how good the roster is, and what changed since the previous build.
    private func summary(of built: BuiltOutput) -> String {
        let changes =
            built.planned.changes.map { ChangeText.text($0) }
            ?? (fresh
                ? Phrase(zh: "重新排班（--fresh）\n", en: "planned from scratch (--fresh)\n").description
                : Phrase(
                    zh: "\(output)/中没有上一版schedule.xml：重新排班\n",
                    en: "no earlier schedule.xml in \(output)/: planned from scratch\n"
                ).description)
        let files = WrittenFiles.summary(built.files.map(\.path))
        return Phrase(
            zh: "已把\(built.files.count)个文件写入\(output)/：\(files.zh)\n值班表：\(built.planned.plan.plan.proofPhrase.zh)\n\n",
            en:
                "wrote \(built.files.count) files to \(output)/: \(files.en)\nroster: \(built.planned.plan.plan.proofPhrase.en)\n\n"
        ).description + changes
    }
}

/// The written files in a line: the top-level pages, then each folder with what it holds.
enum WrittenFiles {
    /// What one file in each folder stands for.
    static let folderUnits = ["rota": ("leader", "leaders", "位领导"), "register": ("day", "days", "天")]

    static func summary(_ paths: [String]) -> Phrase {
        var top: [String] = [], folders: [(name: String, stems: Set<String>, kinds: [String])] = []
        for path in paths where !path.hasSuffix(".pdf") || path.contains("/") {
            guard let slash = path.firstIndex(of: "/") else {
                top.append(path)
                continue
            }
            let folder = String(path[..<slash]), file = path[path.index(after: slash)...]
            let dot = file.lastIndex(of: ".") ?? file.endIndex
            let i = folders.firstIndex { $0.name == folder } ?? folders.count
            if i == folders.count { folders.append((folder, [], [])) }
            folders[i].stems.insert(String(file[..<dot]))
            let kind = String(file[dot...])
            if !folders[i].kinds.contains(kind) { folders[i].kinds.append(kind) }
        }
        let parts =
            top.sorted().map { Phrase($0) }
            + folders.map { folder in
                let (one, many, unit) = folderUnits[folder.name] ?? ("file", "files", "个文件")
                let count = folder.stems.count
                let kinds = folder.kinds.count > 1
                return Phrase(
                    zh: "\(folder.name)/（\(count)\(unit)\(kinds ? "，" + folder.kinds.joined(separator: "和") : "")）",
                    en:
                        "\(folder.name)/ (\(count) \(count == 1 ? one : many)\(kinds ? ", " + folder.kinds.joined(separator: " and ") : ""))"
                )
            }
        let pdfs = paths.filter { $0.hasSuffix(".pdf") }.count
        let list = Phrase(zh: parts.map(\.zh).joined(separator: "、"), en: parts.map(\.en).joined(separator: ", "))
        return list + (pdfs > 0 ? Phrase(zh: "，以及\(pdfs)个PDF", en: ", and \(pdfs) PDFs") : "")
    }
}
