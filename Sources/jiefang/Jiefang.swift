import ArgumentParser

/// 接访: plans a town's leadership petition-reception duty roster and what it prints.
struct Jiefang: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jiefang",
        abstract: "Plan a leadership petition-reception campaign's duty roster (领导干部大接访活动).",
        discussion: """
            Exit status: 0 success, 1 a bad campaign or no possible plan (messages on stderr as \
            FILE:LINE:COL: error: ...), 2 bad usage.

            Messages are in Chinese; --lang en (anywhere on the line), or a LANG starting with \
            "en", gives English. Every message's code is listed by `jiefang messages`.
            """,
        version: jiefangVersion,
        subcommands: [
            InitCommand.self, CheckCommand.self, PlanCommand.self, BuildCommand.self, RotaCommand.self,
            TemplatesCommand.self, VisitCommand.self, AppointmentCommand.self, CaseCommand.self, LedgerCommand.self,
            ReportCommand.self,
            LetterCommand.self, UserCommand.self, ServeCommand.self, AuditCommand.self, RemindCommand.self,
            MessagesCommand.self,
        ]
    )
}
