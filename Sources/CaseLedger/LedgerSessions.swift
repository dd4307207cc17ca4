import Diagnostics
import Foundation
import GRDB

/// A signed-in session of the web page, kept in the ledger so a restarted server keeps it, and
/// so removing an account or changing its password ends it at once, in every running server.
/// Only a hash of the cookie's token is stored: a copy of the ledger signs nobody in.
public struct WebSession: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "session"

    public var tokenHash: String
    public var account: String
    public var csrf: String
    public var started: String
    public var lastSeen: String

    public init(tokenHash: String, account: String, csrf: String, started: String, lastSeen: String) {
        self.tokenHash = tokenHash
        self.account = account
        self.csrf = csrf
        self.started = started
        self.lastSeen = lastSeen
    }
}

extension Ledger {
    /// A session begins: `tokenHash` is the hash of the cookie the browser keeps.
    public func startSession(_ account: Account, tokenHash: String, csrf: String, at time: Date) throws(Diagnostic) {
        try write { db in
            let stamp = Self.stamp(time)
            try WebSession(tokenHash: tokenHash, account: account.name, csrf: csrf, started: stamp, lastSeen: stamp)
                .insert(db)
        }
    }

    /// The live session of `tokenHash` with its account, or nil: unknown, idle for `idleLimit`
    /// or longer (then removed), or its account removed. Being seen keeps it alive; the time
    /// is written at most once a minute, so pages stay reads.
    public func session(
        tokenHash: String, at time: Date, idleLimit: TimeInterval
    ) throws(Diagnostic) -> (session: WebSession, account: Account)? {
        let found = try read { db -> (WebSession, Account)? in
            guard let session = try WebSession.fetchOne(db, key: tokenHash),
                let account = try Account.fetchOne(db, key: session.account), account.active
            else { return nil }
            return (session, account)
        }
        guard let (session, account) = found, let seen = Self.instant(session.lastSeen) else { return nil }
        let idle = time.timeIntervalSince(seen)
        if idle >= idleLimit {
            try endSession(tokenHash: tokenHash)
            return nil
        }
        if idle >= 60 {
            try write { db in
                try db.execute(
                    sql: "UPDATE session SET lastSeen = ? WHERE tokenHash = ?",
                    arguments: [Self.stamp(time), tokenHash])
            }
        }
        return (session, account)
    }

    public func endSession(tokenHash: String) throws(Diagnostic) {
        try write { db in _ = try WebSession.deleteOne(db, key: tokenHash) }
    }

    /// How many sessions `account` has open.
    public func sessionCount(of account: String) throws(Diagnostic) -> Int {
        try read { db in try WebSession.filter(Column("account") == account).fetchCount(db) }
    }

    /// A new password for an account in use; every session it has ends.
    /// - Returns: how many sessions ended.
    @discardableResult
    public func changePassword(
        _ name: String, hash: String, by: String, at time: Date = Date()
    ) throws(Diagnostic)
        -> Int
    {
        try write { db in
            guard var account = try Account.fetchOne(db, key: name), account.active else {
                throw Diagnostic.error(.accountMissing, ["name": "\(name)"])
            }
            account.passwordHash = hash
            try account.update(db)
            let ended = try WebSession.filter(Column("account") == name).deleteAll(db)
            try LedgerEvent(
                at: Self.stamp(time), by: by, entity: "account", number: name, field: "password", old: nil,
                new: "已修改，结束\(ended)个登录"
            ).insert(db)
            return ended
        }
    }

    static func instant(_ stamp: String) -> Date? {
        let parser = ISO8601DateFormatter()
        parser.formatOptions = [.withInternetDateTime]
        return parser.date(from: stamp)
    }
}
