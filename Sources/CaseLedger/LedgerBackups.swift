import Diagnostics
import Foundation
import GRDB

/// Dated copies of the ledger in a folder of their own, checked and rotated (SPEC §14's daily
/// backup): the office keeps the newest few, never a copy SQLite cannot read.
extension Ledger {
    /// What one rotating backup did.
    public struct Rotation: Sendable, Equatable {
        public let written: String
        public let removed: [String]
    }

    /// The name a backup made at `time` gets: `ledger-2026-09-08-183005.sqlite`, Beijing time,
    /// so names sort in the order the copies were made.
    public static func backupName(at time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)
        formatter.dateFormat = "yyyy-MM-dd-HHmmss"
        return "ledger-\(formatter.string(from: time)).sqlite"
    }

    /// Copies the ledger into `folder` (made, private, when missing) under a dated name, checks
    /// the copy with `PRAGMA integrity_check` (a copy that fails is deleted and reported), and
    /// then deletes all but the newest `keep` copies there.
    public func rotatingBackup(into folder: String, keep: Int, at time: Date = Date()) throws(Diagnostic) -> Rotation {
        let whole = SourceLocation(file: folder)
        guard keep >= 1 else { throw .error(.backupKeep, ["keep": "\(keep)"]) }
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .error(.backupFailed, ["detail": "\(error.localizedDescription)"], at: whole)
        }
        let path = (folder as NSString).appendingPathComponent(Self.backupName(at: time))
        try backup(to: path)
        let problems: [String]
        do {
            problems = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            }
        } catch {
            problems = [error.localizedDescription]
        }
        guard problems.isEmpty else {
            try? FileManager.default.removeItem(atPath: path)
            throw .error(.backupCorrupt, ["detail": Phrase.list(problems)], at: SourceLocation(file: path))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let copies = names.filter { $0.hasPrefix("ledger-") && $0.hasSuffix(".sqlite") }.sorted()
        var removed: [String] = []
        for old in copies.dropLast(keep) {
            let oldPath = (folder as NSString).appendingPathComponent(old)
            if (try? FileManager.default.removeItem(atPath: oldPath)) != nil { removed.append(oldPath) }
        }
        return Rotation(written: path, removed: removed)
    }
}
