import BundledTemplates
import Diagnostics

/// `schedule.xsd`, which every schedule.xml jiefang writes must pass and every previous one
/// must pass before a re-plan trusts it. The built-in copy ships with the binary; a build's
/// `--templates` folder may carry an edited one.
public enum ScheduleSchema {
    public static let fileName = "schedule.xsd"

    /// Compiles an XSD's text; `shownPath` names it in any problem.
    public static func compile(_ xsd: String, shownPath: String) -> Result<XMLSchemaCheck, Diagnostic> {
        do {
            return .success(try XMLSchemaCheck(xsd: xsd, name: shownPath))
        } catch {
            return .failure(Diagnostic(.error, .schemaNotCompiled, ["detail": error.text], at: error.location))
        }
    }

    /// The schema this build of jiefang ships with.
    public static func builtIn() -> Result<XMLSchemaCheck, Diagnostic> {
        guard let xsd = BundledTemplates.text(named: fileName) else {
            return .failure(
                .error(.schemaMissing, at: SourceLocation(file: shownPath, line: 1, column: 1))
            )
        }
        return compile(xsd, shownPath: shownPath)
    }

    static let shownPath = "Templates/" + fileName
}
