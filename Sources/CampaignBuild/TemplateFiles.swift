import BundledTemplates
import CampaignSpec
import Diagnostics
import Foundation
import Rendering

/// The built-in templates as files, for someone who has only the binary, and their reference.
public enum TemplateFiles {
    /// `Templates/KEYS.md` as this build of jiefang generates it, with the bundled sample
    /// campaign's values as examples.
    public static func keysReference() -> Result<String, BuildFailure> {
        let file = "Templates/" + TemplateSet.campaign
        guard let text = BundledTemplates.text(named: TemplateSet.campaign) else {
            return .failure(
                BuildFailure(
                    stage: .templates,
                    diagnostics: [
                        .error(.sampleMissing, at: SourceLocation(file: file, line: 1, column: 1))
                    ]))
        }
        let loaded = CampaignLoader.load(text: text, file: file)
        guard let campaign = loaded.campaign else {
            return .failure(BuildFailure(stage: .campaign(path: file), diagnostics: loaded.diagnostics))
        }
        return CampaignPlanning.plan(.loaded(campaign), previous: nil, timeLimit: 10).map {
            TemplateReference.markdown(sample: BuildSource($0))
        }
    }

    /// Writes every built-in template, the schema, the sample campaign and the key reference
    /// into `folder`, never over an existing file; returns the names written.
    public static func export(to folder: String) -> Result<[String], Diagnostic> {
        let names = BundledTemplates.files.map(\.name)
        for name in names {
            let path = OutputLayout.join(folder, name)
            if FileManager.default.fileExists(atPath: path) {
                return .failure(
                    .error(.templateFileExists, at: SourceLocation(file: path)))
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for file in BundledTemplates.files {
                try Data(file.text.utf8).write(
                    to: URL(fileURLWithPath: OutputLayout.join(folder, file.name)),
                    options: .withoutOverwriting)
            }
        } catch {
            return .failure(
                .error(
                    .templatesUnwritable, ["detail": "\(error.localizedDescription)"], at: SourceLocation(file: folder))
            )
        }
        return .success(names)
    }
}
