import Diagnostics
import Foundation
import GRDB

/// Someone who signs in to the office's web page (SPEC §8): office staff see and do everything;
/// a leader sees their own duties and cases. Only a password hash is kept.
public struct Account: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "account"

    public enum Role: String, Codable, Sendable, CaseIterable { case office, leader }

    public var name: String
    public var role: Role
    /// The roster leader a leader's account belongs to.
    public var leader: String?
    /// bcrypt, never the password.
    public var passwordHash: String
    /// False once removed: an account is never deleted, so the history keeps its name.
    public var active: Bool

    public init(name: String, role: Role, leader: String?, passwordHash: String) {
        self.name = name
        self.role = role
        self.leader = leader
        self.passwordHash = passwordHash
        self.active = true
    }
}

extension Ledger {
    /// Adds an account, or gives a removed one back its use with a new password.
    public func addAccount(_ account: Account, by: String, at time: Date = Date()) throws(Diagnostic) {
        try write { db in
            if let existing = try Account.fetchOne(db, key: account.name), existing.active {
                throw Diagnostic.error(.accountExists, ["name": "\(account.name)"])
            }
            try account.save(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "account", number: account.name, field: "added", old: nil,
                new: account.role.rawValue + (account.leader.map { " " + $0 } ?? "")
            ).insert(db)
        }
    }

    /// The accounts in use, by name.
    public func accounts() throws(Diagnostic) -> [Account] {
        try read { db in try Account.fetchAll(db, sql: "SELECT * FROM account WHERE active ORDER BY name") }
    }

    /// Takes an account out of use; its name stays in the history.
    public func removeAccount(_ name: String, by: String, at time: Date = Date()) throws(Diagnostic) {
        try write { db in
            guard var account = try Account.fetchOne(db, key: name), account.active else {
                throw Diagnostic.error(.accountMissing, ["name": "\(name)"])
            }
            account.active = false
            try account.update(db)
            // Signed in elsewhere or not, the account is out of use from now on.
            try WebSession.filter(Column("account") == name).deleteAll(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "account", number: name, field: "removed",
                old: account.role.rawValue,
                new: nil
            ).insert(db)
        }
    }

    /// Whether an office account exists: until one does, the web page serves loopback only.
    public func hasOfficeAccount() throws(Diagnostic) -> Bool {
        try accounts().contains { $0.role == .office }
    }
}
