import CSyncFS
import Diagnostics
import Foundation

/// Replaces an output folder whole or not at all (SPEC §6, §10): the new files are written into
/// a staging folder beside it, flushed to disk, and swapped in, so a failed build leaves the old
/// output byte for byte as it was. One build at a time holds the folder's lock (`lock(wait:)`).
/// Files jiefang did not write are never deleted: a folder holding any is refused, except
/// top-level dotfiles such as `.gitkeep`, which are carried over into the new folder.
public struct OutputFolder: Sendable {
    /// Lists what jiefang wrote, so the next build knows which files are its own.
    public static let manifestName = ".jiefang-files"

    public let path: String
    private let fileManager = FileManager.default

    public init(path: String) { self.path = path }

    var parent: String { OutputFolder.folder(of: path) }

    var baseName: String { (path as NSString).lastPathComponent }
    /// Beside the folder, named for it: what a build writes before the swap starts with this.
    var stagingPrefix: String { ".\(baseName).jiefang-new" }
    var retiredPath: String { (parent as NSString).appendingPathComponent(".\(baseName).jiefang-old") }
    var lockPath: String { (parent as NSString).appendingPathComponent(".\(baseName).jiefang-lock") }

    /// The folder holding `path`, "." for a bare name. Foundation's `deletingLastPathComponent`
    /// crashes on a one-character relative path such as `-o a` (swift-corelibs-foundation, Swift 6.3).
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Writes `files` (relative paths with `/`) as the folder's whole new content: `stage`,
    /// `write` and `commit` in one call.
    /// - Parameter lock: this folder's lock, held by the caller; only its holder may write.
    public func replace(with files: [(path: String, bytes: [UInt8])], holding lock: FolderLock) throws(Diagnostic) {
        let staged = try stage(holding: lock)
        do {
            try staged.write(files)
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
    }

    /// Starts the folder's new content in a staging folder beside it, after checking that the
    /// folder holds only what jiefang wrote. Nothing visible changes until `commit`.
    /// - Parameter lock: this folder's lock, held by the caller; only its holder may write.
    public func stage(holding lock: FolderLock) throws(Diagnostic) -> StagedFolder {
        precondition(lock.folder == path, "a lock on \(lock.folder) does not cover \(path)")
        let carried = try inspectExisting()
        let stagingPath = (parent as NSString).appendingPathComponent("\(stagingPrefix)-\(lock.ownerID)")
        try? fileManager.removeItem(atPath: stagingPath)
        do {
            try fileManager.createDirectory(atPath: stagingPath, withIntermediateDirectories: false)
        } catch {
            throw Self.problem(stagingPath, .outputStaging, ["detail": "\(Self.reason(error))"])
        }
        return StagedFolder(folder: self, stagingPath: stagingPath, carried: carried)
    }

    /// Top-level dotfiles to carry over; throws when the folder holds files jiefang did not write.
    private func inspectExisting() throws(Diagnostic) -> [String] {
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else {
            throw Self.problem(path, .outputIsFile)
        }
        let manifestPath = (path as NSString).appendingPathComponent(OutputFolder.manifestName)
        let ours: Set<String> =
            (try? String(contentsOfFile: manifestPath, encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        guard let entries = fileManager.enumerator(atPath: path) else {
            throw Self.problem(path, .outputUnreadable)
        }
        var carried: [String] = [], foreign: [String] = []
        let ourFolders = Set(ours.compactMap { $0.contains("/") ? String($0.split(separator: "/")[0]) : nil })
        while let entry = entries.nextObject() as? String {
            let full = (path as NSString).appendingPathComponent(entry)
            var entryIsFolder: ObjCBool = false
            _ = fileManager.fileExists(atPath: full, isDirectory: &entryIsFolder)
            if entry == OutputFolder.manifestName || ours.contains(entry) { continue }
            if entryIsFolder.boolValue && ourFolders.contains(entry) { continue }
            if !entry.contains("/") && entry.hasPrefix(".") && !entryIsFolder.boolValue {
                carried.append(entry)
                continue
            }
            foreign.append(entry + (entryIsFolder.boolValue ? "/" : ""))
            if entryIsFolder.boolValue { entries.skipDescendants() }
        }
        guard foreign.isEmpty else {
            let shown = foreign.sorted().prefix(5).joined(separator: ", ") + (foreign.count > 5 ? ", …" : "")
            throw Self.problem(path, .outputForeign, ["count": "\(foreign.count)", "shown": "\(shown)"])
        }
        return carried.sorted()
    }

    /// Every file written into the staging folder, on disk: one syncfs for the whole file system
    /// instead of an fsync per file.
    func flush(_ stagingPath: String) throws(Diagnostic) {
        let fd = open(stagingPath, O_RDONLY | O_DIRECTORY)
        guard fd >= 0, jiefang_syncfs(fd) == 0 else {
            let why = String(cString: strerror(errno))
            if fd >= 0 { close(fd) }
            throw Self.problem(path, .outputFlush, ["detail": "\(why)"])
        }
        close(fd)
    }

    func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Two renames, each atomic; if the second fails the first is undone. A build killed between
    /// them leaves the old folder at `retiredPath`, where the next lock holder finds it.
    func swapIn(_ stagingPath: String) throws(Diagnostic) {
        guard fileManager.fileExists(atPath: path) else {
            guard rename(stagingPath, path) == 0 else {
                let why = String(cString: strerror(errno))
                try? fileManager.removeItem(atPath: stagingPath)
                throw Self.problem(path, .outputCreate, ["detail": "\(why)"])
            }
            return
        }
        try? fileManager.removeItem(atPath: retiredPath)
        guard rename(path, retiredPath) == 0 else {
            let why = String(cString: strerror(errno))
            try? fileManager.removeItem(atPath: stagingPath)
            throw Self.problem(path, .outputReplace, ["detail": "\(why)"])
        }
        guard rename(stagingPath, path) == 0 else {
            let why = String(cString: strerror(errno))
            _ = rename(retiredPath, path)
            try? fileManager.removeItem(atPath: stagingPath)
            throw Self.problem(path, .outputReplace, ["detail": "\(why)"])
        }
        try? fileManager.removeItem(atPath: retiredPath)
    }

    static func reason(_ error: Error) -> String {
        if let failure = error as? FileWriting.Failure { return String(cString: strerror(failure.code)) }
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }

    /// Why the folder could not be replaced, at the file or folder concerned; the old output is untouched.
    static func problem(_ path: String, _ code: DiagnosticCode, _ arguments: [String: Phrase] = [:]) -> Diagnostic {
        .error(code, arguments, at: SourceLocation(file: path))
    }
}
