import ArgumentParser
import CampaignSpec
import OutputFolder
import PDFPrinting
import PlanReport
import Rendering

/// Plans the roster and writes everything the office prints and hands out.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Plan the roster and write the notice, posting list, rotas, calendars, registers, plan and schedule.xml.",
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

    @Option(help: ArgumentHelp("The Chromium to print PDFs with (default: chromium on PATH).", valueName: "path"))
    var chromium: String?

    @OptionGroup var planning: PlanningOptions

    func run() throws {
        let templateSet = try PlannedCampaign.templates(templates)
        let planned = try PlannedCampaign.load(campaign, timeLimit: planning.timeLimit,
                                               previous: fresh ? nil : .output(output), templates: templateSet)
        var source = planned.source
        source.withPDFs = pdf
        var files = try render(source, templateSet)
        // Without PDFs the pages are still worth having: they print from any browser.
        var pdfProblem: PrintError?
        if pdf {
            let issued = source.campaign.issued.iso.replacingOccurrences(of: "-", with: "")
            switch PDFOutput.print(files, chromium: chromium, stamp: issued) {
            case .success(let pdfs): files += pdfs
            case .failure(let problem):
                pdfProblem = problem
                source.withPDFs = false
                files = try render(source, templateSet)
            }
        }
        do {
            try OutputFolder(path: output).replace(with: files.map { ($0.path, $0.bytes) })
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        Console.out(summary(of: files, source))
        if let pdfProblem {
            Console.error("error: \(pdfProblem); the other files were written to \(output)/, without PDFs")
            throw ExitCode(1)
        }
    }

    private func render(_ source: BuildSource, _ templates: TemplateSet) throws -> [OutputFile] {
        switch OutputBuilder.files(source, templates: templates) {
        case .success(let built): return built
        case .failure(let error):
            for diagnostic in error.diagnostics { Console.error(diagnostic.description) }
            throw ExitCode(1)
        }
    }

    /// What was written, how good the roster is, and what changed since the previous build.
    private func summary(of files: [OutputFile], _ source: BuildSource) -> String {
        let pdfs = files.filter { $0.path.hasSuffix(".pdf") }.count
        let changes = source.changes.map(ChangeText.text)
            ?? (fresh ? "planned from scratch (--fresh)\n" : "no earlier schedule.xml in \(output)/: planned from scratch\n")
        return """
            wrote \(files.count) files to \(output)/: index.html, notice.html, plan.html, posting.html, registers.html, \
            schedule.xml, rota/ (\(source.campaign.leaders.count) leaders, .html and .ics\(pdfs > 0 ? " and .pdf" : "")), \
            register/ (\(source.plan.days.count) days)\(pdfs > 0 ? ", and \(pdfs) PDFs" : "")
            roster: \(source.plan.plan.proofText)

            """ + changes
    }
}
