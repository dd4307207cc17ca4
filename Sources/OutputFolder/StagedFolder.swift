import Diagnostics
import Foundation

/// An output folder's new content while it is being written: files go into a staging folder
/// beside the output folder, from any number of threads at once (measured: two threads creating
/// files in one folder beat one writer thread fed by both), and `commit` flushes them to disk
/// and swaps them in; `discard` throws them away. Made by `OutputFolder.stage(holding:)`.
///
/// A file whose bytes are those the old folder already holds is not written again but linked
/// (a second name for the same file on disk): a rebuild that changes a few days writes only the
/// pages that changed. The old folder's files are never written to, so it stays whole until the
/// swap.
public final class StagedFolder: @unchecked Sendable {
    private let folder: OutputFolder
    private let stagingPath: String
    /// Top-level dotfiles of the old folder, carried into the new one.
    private let carried: [String]
    private let mutex = NSLock()
    private var written: Set<String> = []
    private var madeFolders: Set<String> = []

    init(folder: OutputFolder, stagingPath: String, carried: [String]) {
        self.folder = folder
        self.stagingPath = stagingPath
        self.carried = carried
    }

    /// Writes (or rewrites) files, relative paths with `/`; safe to call from several threads.
    public func write(_ files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
        for file in files {
            let target = (stagingPath as NSString).appendingPathComponent(file.path)
            do {
                try makeFolder(OutputFolder.folder(of: target))
                let old = (folder.path as NSString).appendingPathComponent(file.path)
                if !(FileWriting.holds(old, file.bytes) && link(old, target) == 0) {
                    try FileWriting.write(file.bytes, to: target)
                }
            } catch {
                throw OutputFolder.problem(
                    (folder.path as NSString).appendingPathComponent(file.path),
                    .outputWrite, ["detail": "\(OutputFolder.reason(error))"])
            }
            mutex.lock()
            written.insert(file.path)
            mutex.unlock()
        }
    }

    /// Writes the list of jiefang's files, carries the dotfiles over, puts everything on disk
    /// (one syncfs of the file system, rather than an fsync per file), swaps the new folder in
    /// and makes the swap durable (an fsync of the parent folder). When it returns, every file
    /// written is on disk. On failure the old folder is unchanged and the staging folder gone.
    public func commit() throws(Diagnostic) {
        mutex.lock()
        let manifest = written.sorted().joined(separator: "\n") + "\n"
        mutex.unlock()
        do throws(Diagnostic) {
            do {
                try FileWriting.write(
                    Array(manifest.utf8),
                    to: (stagingPath as NSString).appendingPathComponent(OutputFolder.manifestName))
                for name in carried {
                    try FileManager.default.copyItem(
                        atPath: (folder.path as NSString).appendingPathComponent(name),
                        toPath: (stagingPath as NSString).appendingPathComponent(name))
                }
            } catch {
                throw OutputFolder.problem(
                    folder.path,
                    .outputFinish, ["detail": "\(OutputFolder.reason(error))"])
            }
            try folder.flush(stagingPath)
        } catch {
            discard()
            throw error
        }
        try folder.swapIn(stagingPath)
        folder.syncFolder(folder.parent)
    }

    /// Throws away everything written; the old folder stays as it was.
    public func discard() {
        try? FileManager.default.removeItem(atPath: stagingPath)
    }

    private func makeFolder(_ path: String) throws {
        mutex.lock()
        defer { mutex.unlock() }
        guard !madeFolders.contains(path) else { return }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        madeFolders.insert(path)
    }
}
