import CaseLedger
import Diagnostics
import Foundation

/// A file only the office may read (mode 0600), for anything that holds petitioners' matters:
/// exports, reports, letters.
enum PrivateFile {
    /// - Parameter replacing: whether a file already there is replaced; otherwise it is refused.
    static func write(_ bytes: [UInt8], to path: String, replacing: Bool) throws(Diagnostic) {
        let whole = SourceLocation(file: path)
        if FileManager.default.fileExists(atPath: path) {
            guard replacing else {
                throw .error(.fileExists, at: whole)
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        guard
            FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600])
        else {
            throw .error(.fileUnwritable, at: whole)
        }
    }
}

extension PrivateFile {
    /// A file already at `path` is the office's, and is never written over.
    static func refuseExisting(_ path: String) throws(Diagnostic) {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw .error(.fileExists, at: SourceLocation(file: path))
        }
    }
}
