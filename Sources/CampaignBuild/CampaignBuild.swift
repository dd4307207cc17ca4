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
    public enum Step: Sendable { case templates, load, lock, plan, render, print, write }

    public static func build(
        _ request: BuildRequest, onStep: (Step) -> Void = { _ in }
    ) -> Result<BuiltOutput, BuildFailure> {
        // The templates are parsed and checked on the other core while the campaign is loaded
        // and planned; a broken template still stops the build before anything else is said.
        onStep(.templates)
        let templateFolder = request.templates
        let loading = Background { loadTemplates(templateFolder) }
        onStep(.load)
        let loaded: LoadedCampaign
        switch CampaignPlanning.load(request.campaign) {
        case .success(let campaign): loaded = campaign
        case .failure(let failure):
            if case .failure(let broken) = loading.value { return .failure(broken) }
            return .failure(failure)
        }
        // Held from before the previous schedule is read until the new folder is in place, so a
        // second build waits and then plans against this one's result.
        onStep(.lock)
        let folder = OutputFolder(path: request.output)
        let lock: FolderLock
        do {
            lock = try folder.lock(wait: request.wait)
        } catch {
            return .failure(BuildFailure(stage: .write, diagnostics: [error]))
        }
        defer { lock.release() }
        onStep(.plan)
        let planned: PlannedCampaign
        let planning = CampaignPlanning.plan(
            loaded, previous: request.fresh ? nil : .output(request.output),
            timeLimit: request.timeLimit,
            schema: {
                switch loading.value {
                case .success(let set): return set.scheduleSchema()
                case .failure(let failure):
                    return .failure(failure.diagnostics.first ?? .error(.templatesBroken))
                }
            })
        let templates: TemplateSet
        switch loading.value {
        case .success(let loaded): templates = loaded
        case .failure(let failure): return .failure(failure)
        }
        switch planning {
        case .success(let result): planned = result.moving(request.appointments)
        case .failure(let failure):
            return .failure(BuildFailure(stage: failure.stage, diagnostics: lock.repairs + failure.diagnostics))
        }
        func failure(_ stage: BuildFailure.Stage, _ problems: [Diagnostic]) -> Result<BuiltOutput, BuildFailure> {
            .failure(BuildFailure(stage: stage, diagnostics: lock.repairs + planned.warnings + problems))
        }
        // Each page is written into the staging folder as soon as it is rendered, so the disk
        // works while the other core renders.
        onStep(.render)
        var source = BuildSource(planned, withPDFs: request.pdf != nil)
        let staged: StagedFolder
        do {
            staged = try folder.stage(holding: lock)
        } catch {
            return failure(.write, [error])
        }
        let pages: [OutputBuilder.Page]
        switch OutputBuilder.pages(source, templates: templates) {
        case .success(let rendered): pages = rendered
        case .failure(let problems):
            staged.discard()
            return failure(.render, problems.items)
        }
        let written = ParallelWork.run(
            pages.map { page in
                { @Sendable () -> Result<[OutputFile], BuildFailure> in
                    let files: [OutputFile]
                    switch page() {
                    case .success(let rendered): files = rendered
                    case .failure(let problem): return .failure(BuildFailure(stage: .render, diagnostics: [problem]))
                    }
                    do throws(Diagnostic) {
                        try staged.write(files.map { ($0.path, $0.bytes) })
                        return .success(files)
                    } catch {
                        return .failure(BuildFailure(stage: .write, diagnostics: [error]))
                    }
                }
            })
        var files: [OutputFile] = []
        for outcome in written {
            switch outcome {
            case .success(let some): files += some
            case .failure(let problem):
                staged.discard()
                return failure(problem.stage, problem.diagnostics)
            }
        }
        var warnings = lock.repairs + planned.warnings
        var pdfProblem: Diagnostic?
        if let pdf = request.pdf {
            onStep(.print)
            let printed = PDFPages.print(files, pdf, stamp: planned.campaign.issued)
            warnings += printed.warnings
            var more: [OutputFile]
            switch printed.result {
            case .success(let pdfs): more = pdfs
            case .failure(let problem):
                // The pages are still worth having: they print from any browser. Only the
                // index, which links the PDFs, changes.
                pdfProblem = problem.relocated(under: request.output)
                source.withPDFs = false
                let index = OutputBuilder.index(source, templates: templates)
                files = files.map { $0.path == index.path ? index : $0 }
                more = [index]
            }
            do {
                try staged.write(more.map { ($0.path, $0.bytes) })
            } catch {
                staged.discard()
                return failure(.write, [error])
            }
            if pdfProblem == nil { files += more }
        }
        onStep(.write)
        do {
            try staged.commit()
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
        return moved(to: SourceLocation(file: file, line: location.line, column: location.column))
    }
}
