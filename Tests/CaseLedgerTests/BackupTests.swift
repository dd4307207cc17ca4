import CaseLedger
import Diagnostics
import Foundation
import GRDB
import TestSupport
import Testing

/// SPEC §14: the daily backup keeps the newest copies, each one checked.
@Suite("Backups that rotate")
struct BackupTests {
    @Test("backup --keep 2 writes dated copies that pass the integrity check and keeps the newest two")
    func keepsTheNewest() throws {
        let dir = try Processes.temporaryDirectory()
        let ledger = try Ledger.open(for: try sampleCampaign(in: dir), create: true)
        let folder = dir.appendingPathComponent("backups").path
        let day = Date(timeIntervalSince1970: 1_788_000_000)
        var written: [String] = []
        for n in 0..<3 {
            let rotation = try ledger.rotatingBackup(
                into: folder, keep: 2, at: day.addingTimeInterval(Double(n) * 86_400))
            written.append(rotation.written)
            #expect(rotation.removed == (n == 2 ? [written[0]] : []), "backup \(n) removed \(rotation.removed)")
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == written.suffix(2).map { ($0 as NSString).lastPathComponent })
        #expect(left.first?.hasPrefix("ledger-2026-") == true, "\(left)")
        for name in left {
            let path = (folder as NSString).appendingPathComponent(name)
            let ok = try DatabaseQueue(path: path).read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
            #expect(ok == ["ok"])
            let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(name) is readable by others")
        }
        #expect(throws: Diagnostic.self) { try ledger.rotatingBackup(into: folder, keep: 0, at: day) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == 2, "a refused backup wrote")
    }
}
