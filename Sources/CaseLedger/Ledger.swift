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
                throw .error(
                    "there is no ledger here yet; `jiefang visit add` starts it", at: whole, code: .ledgerMissing)
            }
            // Private from the first byte: petitioners' names, ID numbers and phones go in here.
            let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                throw .error(
                    "cannot create the ledger: \(String(cString: strerror(errno)))", at: whole, code: .ledgerUnreadable)
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
            throw .error(
                "not a ledger jiefang can open: \(error.localizedDescription)", at: whole, code: .ledgerUnreadable)
        }
        let migrator = LedgerSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw Diagnostic.error(
                    "this ledger was written by a newer jiefang; open it with that version (or newer)", at: whole,
                    code: .ledgerNewer)
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
                        "this ledger belongs to another campaign: '\(title ?? "")' of '\(organization ?? "")' "
                            + "(this campaign: '\(campaign.title)' of '\(campaign.organization)')", at: whole,
                        code: .ledgerOtherCampaign)
                }
            }
        } catch let problem as Diagnostic {
            throw problem
        } catch {
            throw .error("cannot read the ledger: \(error.localizedDescription)", at: whole, code: .ledgerUnreadable)
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
            throw .error(
                "the ledger refused the change: \(error.localizedDescription)", at: SourceLocation(file: path),
                code: .ledgerRefused)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(Diagnostic) -> T {
        do {
            return try pool.read(body)
        } catch let problem as Diagnostic {
            throw problem
        } catch {
            throw .error(
                "cannot read the ledger: \(error.localizedDescription)", at: SourceLocation(file: path),
                code: .ledgerUnreadable)
        }
    }
}

extension DiagnosticCode {
    public static let ledgerMissing = DiagnosticCode(301)
    public static let ledgerUnreadable = DiagnosticCode(302)
    public static let ledgerNewer = DiagnosticCode(303)
    public static let ledgerOtherCampaign = DiagnosticCode(304)
    public static let ledgerRefused = DiagnosticCode(305)
    public static let caseRefused = DiagnosticCode(306)
    public static let caseMissing = DiagnosticCode(307)
    public static let ledgerCheck = DiagnosticCode(308)
    public static let backupFailed = DiagnosticCode(309)
    public static let fileExists = DiagnosticCode(310)
    public static let importRefused = DiagnosticCode(311)
    public static let importColumn = DiagnosticCode(312)
    public static let exportKind = DiagnosticCode(313)
}
