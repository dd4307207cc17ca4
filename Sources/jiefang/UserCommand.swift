import ArgumentParser
import CaseLedger
import Diagnostics
import Foundation
import OfficeAccounts

/// Accounts for the office's web page (SPEC §8), kept in the ledger.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Add, list or remove the accounts that sign in to the office's web page.",
        subcommands: [Add.self, List.self, Remove.self, Passwd.self])

    /// The first line of standard input: from a terminal or a pipe, the password never appears
    /// in arguments or logs.
    static func passwordLine() -> String {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account; its password (at least 10 characters) is read from standard input.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The account's name, as it signs in.") var name: String
        @Option(help: "office (sees and does everything) or leader (their own duties and cases).") var role:
            Account.Role
        @Option(help: ArgumentHelp("For a leader's account: their id in the roster.", valueName: "id")) var leader:
            String?
        /// Tests make accounts at bcrypt's least cost so that signing in costs them nothing.
        @Option(name: .customLong("bcrypt-cost"), help: .hidden) var cost: UInt8 = Accounts.cost

        func run() throws {
            let campaign = try ledger.loadCampaign()
            let line = UserCommand.passwordLine()
            let account = try Console.unwrap(
                Accounts.make(name: name, role: role, leader: leader, password: line, campaign: campaign, cost: cost))
            let store = try ledger.open(campaign, create: true).ledger
            try Console.unwrap(Result { () throws(Diagnostic) in try store.addAccount(account, by: ledger.account) })
            Console.say(
                zh: "已添加\(role == .office ? "信访办" : "领导")账号“\(account.name)”",
                en: "added \(role.rawValue) account '\(account.name)'")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts in use (never their passwords).")

        @OptionGroup var ledger: LedgerOptions

        func run() throws {
            let store = try ledger.work().ledger
            let accounts = try Console.unwrap(Result { () throws(Diagnostic) in try store.accounts() })
            for account in accounts {
                Console.out("\(account.name)\t\(account.role.rawValue)\(account.leader.map { "\t" + $0 } ?? "")\n")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take an account out of use; its name stays in the history.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The account's name.") var name: String

        func run() throws {
            let store = try ledger.work().ledger
            try Console.unwrap(Result { () throws(Diagnostic) in try store.removeAccount(name, by: ledger.account) })
            Console.say(zh: "已删除账号“\(name)”，它的登录随即失效", en: "removed account '\(name)'; its sessions ended")
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give an account a new password (read from standard input); its sessions end at once.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The account's name.") var name: String
        @Option(name: .customLong("bcrypt-cost"), help: .hidden) var cost: UInt8 = Accounts.cost

        func run() throws {
            let hash = try Console.unwrap(Accounts.hash(password: UserCommand.passwordLine(), cost: cost))
            let store = try ledger.work().ledger
            let ended = try Console.unwrap(
                Result { () throws(Diagnostic) in try store.changePassword(name, hash: hash, by: ledger.account) })
            Console.say(
                zh: "已修改账号“\(name)”的密码，结束了\(ended)个登录",
                en: "changed the password of '\(name)'; \(ended) session(s) ended")
        }
    }
}

extension Account.Role: ExpressibleByArgument {}
