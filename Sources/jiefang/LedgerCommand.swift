import ArgumentParser
import CampaignBuild
import CampaignSpec
import CaseLedger
import Diagnostics
import Foundation
import OfficeFiles

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
            let campaign = try ledger.loadCampaign()
            let table = try ledgerDo { () throws(Diagnostic) in try LedgerTable.read(file).get() }
            // The receiving leader defaults to the day's duty leader in the plan `build` keeps to.
            let duty = try Console.unwrap(CampaignPlanning.dutyLeaders(campaign))
            let checked = LedgerImport.drafts(table, campaign: campaign, dutyLeaders: duty)
            Console.report(checked.diagnostics)
            guard !checked.diagnostics.contains(where: \.isError) else {
                Console.error("\(checked.diagnostics.filter(\.isError).count) errors in \(file); nothing was imported")
                throw ExitCode(1)
            }
            let store = try ledger.open(campaign, create: true)
            let visits = try ledgerDo { () throws(Diagnostic) in
                try store.add(checked.drafts, deadlines: DeadlineCalendar(campaign: campaign), by: ledger.account)
            }
            let cases = visits.filter { $0.caseNumber == $0.number }.count
            Console.out("imported \(visits.count) visits (\(cases) cases) from \(file)\n")
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
            let campaign = try ledger.loadCampaign()
            let store = try ledger.open(campaign)
            let excel = output.lowercased().hasSuffix(".xlsx")
            guard excel || output.lowercased().hasSuffix(".csv") else {
                Console.error("\(output): error: the ledger can be written to a .csv or .xlsx file")
                throw ExitCode(1)
            }
            guard !FileManager.default.fileExists(atPath: output) else {
                Console.error("\(output): error: a file is already here; not overwriting it")
                throw ExitCode(1)
            }
            let (visits, cases) = try ledgerDo { () throws(Diagnostic) in (try store.visits(), try store.cases()) }
            if excel {
                let rows = CaseLedgerSheet.rows(visits: visits, cases: cases, campaign: campaign)
                let bytes: [UInt8]
                do {
                    bytes = try WorkbookWriter.xlsx(sheet: CaseLedgerSheet.sheetName, rows: rows)
                } catch {
                    Console.error("\(output): error: cannot make the workbook: \(error)")
                    throw ExitCode(1)
                }
                try writePrivate(bytes, to: output)
                Console.out("wrote \(rows.count - 1) cases to \(output)\n")
            } else {
                let table = LedgerImport.table(visits: visits, cases: cases)
                try writePrivate(Array(table.csvText().utf8), to: output)
                Console.out("wrote \(table.rows.count) visits to \(output)\n")
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Copy the ledger while others may be writing to it.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "Where the copy goes (a new file).") var destination: String

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let store = try ledger.open(campaign)
            try ledgerDo { () throws(Diagnostic) in try store.backup(to: destination) }
            Console.out("backed up \(store.path) to \(destination)\n")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the ledger: SQLite's integrity check, then the ledger's own rules.")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let store = try ledger.open(campaign)
            let problems = try ledgerDo { () throws(Diagnostic) in
                try store.check(deadlines: DeadlineCalendar(campaign: campaign))
            }
            for problem in problems { Console.error("\(store.path): error: \(problem)") }
            guard problems.isEmpty else { throw ExitCode(1) }
            Console.out("\(store.path): ok\n")
        }
    }
}
