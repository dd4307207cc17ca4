import CampaignSpec
import Diagnostics
import Foundation
import GRDB

/// A campaign's case ledger (SPEC §7): one SQLite file in WAL mode with foreign keys on, its
/// schema in versioned migrations, one transaction per command, private to the office (mode
/// 0600). It records the campaign it belongs to and refuses another campaign's file, or a file
/// written by a newer jiefang, by name.
public final class Ledger: Sendable {
    public let path: String
    /// The campaign's deadline rules: the ledger is opened for one campaign, and its cases keep them.
    public let deadlines: DeadlineCalendar
    let pool: DatabasePool

    /// Where a campaign's ledger lives: its `ledger:` key, relative to the campaign file, or
    /// `ledger.sqlite` beside it.
    public static func path(for campaign: Campaign) -> String {
        let written = campaign.ledger ?? "ledger.sqlite"
        if written.hasPrefix("/") { return written }
        let file = campaign.sourceFile
        let folder = file.lastIndex(of: "/").map { String(file[...$0]) } ?? ""
        return folder + written
    }

    /// Opens the campaign's ledger, creating it when `create` is set and it does not exist yet.
    public static func open(for campaign: Campaign, create: Bool) throws(Diagnostic) -> Ledger {
        try open(path: path(for: campaign), campaign: campaign, create: create)
    }

    public static func open(path: String, campaign: Campaign, create: Bool) throws(Diagnostic) -> Ledger {
        let whole = SourceLocation(file: path)
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists {
            guard create else {
                throw .error(.ledgerMissing, at: whole)
            }
            // Private from the first byte: petitioners' names, ID numbers and phones go in here.
            let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw .error(.ledgerCreate, ["detail": "\(String(cString: strerror(errno)))"], at: whole)
            }
            _ = Foundation.close(fd)
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Two writers at once: the second waits for the first instead of failing.
        configuration.busyMode = .timeout(30)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw .error(.ledgerUnreadable, ["detail": "\(error.localizedDescription)"], at: whole)
        }
        let migrator = LedgerSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw Diagnostic.error(.ledgerNewer, at: whole)
            }
            try migrator.migrate(pool)
            try pool.write { db in
                let title = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'title'")
                let organization = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'organization'")
                if title == nil && organization == nil {
                    try db.execute(
                        sql: "INSERT INTO meta (key, value) VALUES ('title', ?)", arguments: [campaign.title])
                    try db.execute(
                        sql: "INSERT INTO meta (key, value) VALUES ('organization', ?)",
                        arguments: [campaign.organization])
                } else if title != campaign.title || organization != campaign.organization {
                    throw Diagnostic.error(
                        .ledgerOtherCampaign,
                        [
                            "title": "\(title ?? "")", "organization": "\(organization ?? "")",
                            "thisTitle": "\(campaign.title)", "thisOrganization": "\(campaign.organization)",
                        ], at: whole)
                }
            }
        } catch let problem as Diagnostic {
            throw problem
        } catch {
            throw .error(.ledgerRead, ["detail": "\(error.localizedDescription)"], at: whole)
        }
        return Ledger(path: path, pool: pool, deadlines: DeadlineCalendar(campaign: campaign))
    }

    private init(path: String, pool: DatabasePool, deadlines: DeadlineCalendar) {
        self.path = path
        self.pool = pool
        self.deadlines = deadlines
    }

    /// One command's changes, all or none.
    func write<T>(_ body: (Database) throws -> T) throws(Diagnostic) -> T {
        do {
            return try pool.write(body)
        } catch let problem as Diagnostic {
            throw problem
        } catch {
            throw .error(.ledgerRefused, ["detail": "\(error.localizedDescription)"], at: SourceLocation(file: path))
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(Diagnostic) -> T {
        do {
            return try pool.read(body)
        } catch let problem as Diagnostic {
            throw problem
        } catch {
            throw .error(.ledgerRead, ["detail": "\(error.localizedDescription)"], at: SourceLocation(file: path))
        }
    }
}
