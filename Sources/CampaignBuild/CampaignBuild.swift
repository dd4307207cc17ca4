import CampaignSpec
import Diagnostics
import OutputFolder
import PDFPrinting
import PlanReport
import Rendering

/// What a build wrote, and what it has to say.
public struct BuiltOutput: Sendable {
    public let planned: PlannedCampaign
    /// Every file now in the output folder, in the order they were rendered.
    public let files: [OutputFile]
    /// Loader and re-plan warnings, and printing's warnings (no Chinese font).
    public let warnings: [Diagnostic]
    /// Set when `--pdf` could not print: every other file was still written, without PDFs.
    public let pdfProblem: Diagnostic?
}

/// The whole journey of `jiefang build` (SPEC §4–§6), for every front end: templates → campaign
/// → previous schedule → plan → change report → files → PDFs → the output folder replaced.
/// It prints nothing: diagnostics and results come back to the caller.
public enum CampaignBuild {
    /// A step about to start, for a front end that shows progress or times the steps.
    public enum Step: Sendable { case templates, plan, render, print, write }

    public static func build(
        _ request: BuildRequest, onStep: (Step) -> Void = { _ in }
    ) -> Result<BuiltOutput, BuildFailure> {
        onStep(.templates)
        let templates: TemplateSet
        switch loadTemplates(request.templates) {
        case .success(let loaded): templates = loaded
        case .failure(let failure): return .failure(failure)
        }
        onStep(.plan)
        let planned: PlannedCampaign
        switch CampaignPlanning.plan(
            request.campaign, previous: request.fresh ? nil : .output(request.output),
            timeLimit: request.timeLimit, schema: templates.scheduleSchema)
        {
        case .success(let result): planned = result
        case .failure(let failure): return .failure(failure)
        }
        func failure(_ stage: BuildFailure.Stage, _ problems: [Diagnostic]) -> Result<BuiltOutput, BuildFailure> {
            .failure(BuildFailure(stage: stage, diagnostics: planned.warnings + problems))
        }
        onStep(.render)
        var source = BuildSource(planned, withPDFs: request.pdf != nil)
        var files: [OutputFile]
        switch OutputBuilder.files(source, templates: templates) {
        case .success(let rendered): files = rendered
        case .failure(let problems): return failure(.render, problems.items)
        }
        var warnings = planned.warnings
        var pdfProblem: Diagnostic?
        if let pdf = request.pdf {
            onStep(.print)
            let printed = PDFPages.print(files, pdf, stamp: planned.campaign.issued)
            warnings += printed.warnings
            switch printed.result {
            case .success(let pdfs): files += pdfs
            case .failure(let problem):
                // The pages are still worth having: they print from any browser. Only the
                // index, which links the PDFs, changes.
                pdfProblem = problem.relocated(under: request.output)
                source.withPDFs = false
                let index = OutputBuilder.index(source, templates: templates)
                files = files.map { $0.path == index.path ? index : $0 }
            }
        }
        onStep(.write)
        do {
            try OutputFolder(path: request.output).replace(with: files.map { ($0.path, $0.bytes) })
        } catch {
            return failure(.write, [error])
        }
        return .success(BuiltOutput(planned: planned, files: files, warnings: warnings, pdfProblem: pdfProblem))
    }

    /// The built-in templates, each replaced by its namesake in `folder` when given, all checked.
    public static func loadTemplates(_ folder: String?) -> Result<TemplateSet, BuildFailure> {
        TemplateSet.load(overrides: folder).mapError { BuildFailure(stage: .templates, diagnostics: $0.items) }
    }
}

extension Diagnostic {
    /// A problem located inside the output folder, located from where the user stands.
    func relocated(under folder: String) -> Diagnostic {
        guard let location, !location.file.hasPrefix("/") else { return self }
        let file = OutputLayout.join(folder, location.file)
        return Diagnostic(
            severity, message, at: SourceLocation(file: file, line: location.line, column: location.column))
    }
}
