import ArgumentParser
import CampaignBuild
import Diagnostics

/// How long the planner may work, shared by every command that plans.
struct PlanningOptions: ParsableArguments {
    @Option(
        name: .customLong("time-limit"),
        help:
            "Seconds the planner may spend proving optimality (counted in search steps, so results never depend on machine speed)."
    )
    var timeLimit: Double = 10

    func validate() throws {
        guard timeLimit > 0 else {
            throw ValidationError(
                Phrase(zh: "--time-limit 应是大于0的秒数", en: "--time-limit must be a positive number of seconds").description
            )
        }
    }
}

/// `--previous`, for the commands that print a plan rather than build one.
struct PreviousOption: ParsableArguments {
    @Option(
        name: .customLong("previous"),
        help: ArgumentHelp(
            "An earlier schedule.xml to keep to: the fewest days change leader, and the changes are reported.",
            valueName: "schedule.xml"))
    var path: String?

    var request: PreviousSchedule? { path.map(PreviousSchedule.named) }
}
