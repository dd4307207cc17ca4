import CampaignSpec
import ScheduleXML

extension TemplateSet {
    /// `schedule.xsd` compiled: what a build's schedule.xml is written against, and what the
    /// previous build's schedule.xml must pass before a re-plan trusts it.
    public func scheduleSchema() -> Result<XMLSchemaCheck, BuildError> {
        guard let xsd = text(of: TemplateSet.schema) else {
            return .failure(.schema(Diagnostic(.error, "the schema is missing from this build",
                                               at: SourceLocation(file: "Templates/schedule.xsd", line: 1, column: 1))))
        }
        do {
            return .success(try XMLSchemaCheck(xsd: xsd.text))
        } catch {
            return .failure(.schema(Diagnostic(.error, "the schema does not compile: \(error.message)",
                                               at: SourceLocation(file: xsd.shownPath, line: max(1, error.line), column: 1))))
        }
    }
}
