import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseLedger
import CaseWork
import Diagnostics
import Foundation

/// 受理告知书, 不予受理告知书, 转送告知书, 信访事项处理意见书: letters to the petitioner.
struct LetterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract:
            "Write a letter to the petitioner (受理告知书, 不予受理告知书, 转送告知书, 信访事项处理意见书) as HTML and Word, numbered by year.")

    @Argument(help: "accept, refuse, forward or reply.") var kind: Letter.Kind
    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The visit's number (a case's number is its visit's).") var number: String
    @Option(help: "The letter's day (default: today).") var date: CivilDate?
    @Option(name: .shortAndLong, help: "The folder to write the letter into.") var output: String = "letters"
    @Option(help: "A folder of edited templates; each file replaces the built-in template of the same name.")
    var templates: String?

    func run() throws {
        let campaign = try ledger.loadCampaign()
        let templateSet = try Console.unwrap(
            CaseWork.reportTemplates(templates).mapError { BuildFailure(stage: .templates, diagnostics: $0.items) })
        let written = try Console.unwrap(
            try ledger.open(campaign).letter(
                kind, for: number, on: date ?? CaseWork.today(), templates: templateSet, into: output,
                by: ledger.account))
        Console.out("\(written.number) \(kind.title)\n")
        for file in written.files { Console.say(zh: "已写入\(file)", en: "wrote \(file)") }
    }
}

extension Letter.Kind: ExpressibleByArgument {}
