import ArgumentParser
import CaseWork
import Diagnostics
import Foundation

/// The ledger as a whole: the office's old ledger brought in, a copy sent out, a backup, a check.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "Import, export, back up or check the case ledger (接访台账).",
        subcommands: [Import.self, Export.self, Backup.self, Check.self])

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Bring in the office's existing ledger (.csv in UTF-8 or GBK, or .xlsx), columns by their Chinese or English names: all rows or none."
        )

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The ledger to bring in (.csv in UTF-8 or GBK, or an Excel .xlsx: its first sheet).") var file:
            String

        func run() throws {
            let imported = try Console.unwrap(
                CaseWork.importLedger(file, campaign: try ledger.loadCampaign(), by: ledger.account))
            Console.say(
                zh: "从\(file)导入了\(imported.visits)次来访（\(imported.cases)件案件）",
                en: "imported \(imported.visits) visits (\(imported.cases) cases) from \(file)")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write the ledger as a table: .csv, one row a visit (what import reads back); .xlsx, the 接访台账, one row a case."
        )

        @OptionGroup var ledger: LedgerOptions
        @Option(name: .shortAndLong, help: "The file to write (.csv or .xlsx); never overwritten.") var output: String

        func run() throws {
            switch try Console.unwrap(try ledger.work().export(to: output, by: ledger.account)) {
            case .cases(let n): Console.say(zh: "已把\(n)件案件写入\(output)", en: "wrote \(n) cases to \(output)")
            case .visits(let n): Console.say(zh: "已把\(n)次来访写入\(output)", en: "wrote \(n) visits to \(output)")
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Copy the ledger while others may be writing to it; with --keep, a dated copy in a folder, rotated.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "Where the copy goes: a new file, or with --keep the backups' folder.") var destination: String
        @Option(help: "Write a dated, checked copy into the folder and keep only the newest N there.") var keep: Int?

        func run() throws {
            let work = try ledger.work()
            guard let keep else {
                try Console.unwrap(work.backup(to: destination))
                Console.say(
                    zh: "已把\(work.ledger.path)备份到\(destination)", en: "backed up \(work.ledger.path) to \(destination)")
                return
            }
            let rotation = try Console.unwrap(work.backup(into: destination, keep: keep))
            Console.say(
                zh: "已把\(work.ledger.path)备份到\(rotation.written)（完整性检查通过），删除了\(rotation.removed.count)份较早的备份",
                en:
                    "backed up \(work.ledger.path) to \(rotation.written) (integrity check ok), removed \(rotation.removed.count) older copies"
            )
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the ledger: SQLite's integrity check, then the ledger's own rules.")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let work = try ledger.work()
            let problems = try Console.unwrap(work.check())
            Console.report(problems)
            guard problems.isEmpty else { throw ExitCode(1) }
            Console.say(zh: "\(work.ledger.path)：检查通过", en: "\(work.ledger.path): ok")
        }
    }
}
