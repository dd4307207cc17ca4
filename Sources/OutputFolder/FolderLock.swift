import Diagnostics
import Foundation

/// One build at a time per output folder (SPEC §10): an advisory `flock` on a lock file beside
/// the folder (`.NAME.jiefang-lock`), held from before the previous schedule.xml is read until the
/// new folder is in place, and released when this value is released or the process ends,
/// however it ends. The file holds the holder's process id, for the message another build shows,
/// and is removed on release, so nothing is left beside the folder; a build that was waiting on
/// the removed file notices and locks the new one.
public final class FolderLock: @unchecked Sendable {
    /// The output folder this lock covers.
    public let folder: String
    /// What the lock holder found and repaired, such as a folder a killed build left half swapped.
    public let repairs: [Diagnostic]
    /// Unique to this lock among every build on this machine: names the staging folder.
    let ownerID: String
    private let fd: Int32
    private let path: String
    private let mutex = NSLock()
    private var isHeld = true

    init(folder: String, path: String, fd: Int32, ownerID: String, repairs: [Diagnostic]) {
        self.folder = folder
        self.path = path
        self.fd = fd
        self.ownerID = ownerID
        self.repairs = repairs
    }

    /// Lets the next build in; a second call does nothing.
    public func release() {
        mutex.lock()
        defer { mutex.unlock() }
        guard isHeld else { return }
        isHeld = false
        // Removed while still held: whoever opened it meanwhile finds it gone and starts over.
        unlink(path)
        _ = flock(fd, LOCK_UN)
        close(fd)
    }

    deinit { release() }
}

extension OutputFolder {
    /// Takes the folder's lock, waiting up to `wait` seconds for another build to finish; then,
    /// as the only writer, clears what killed builds left behind: their staging folders, and the
    /// old folder a build killed between its two renames left beside a missing output folder,
    /// which is put back in place.
    public func lock(wait: Double) throws(Diagnostic) -> FolderLock {
        let deadline = Date().addingTimeInterval(max(0, wait))
        while true {
            let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw Self.problem(lockPath, .outputLock, ["detail": "\(String(cString: strerror(errno)))"])
            }
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                    let holder = Self.holder(fd)
                    close(fd)
                    let who = holder.map { Phrase(zh: "（进程\($0)）", en: " (pid \($0))") } ?? ""
                    throw .error(.outputBusy, ["who": who, "path": "\(path.hasSuffix("/") ? path : path + "/")"])
                }
                usleep(20_000)
            }
            // The holder before us may have removed the file on release: then lock the new one.
            guard isCurrent(fd) else {
                close(fd)
                continue
            }
            let pid = String(getpid())
            _ = ftruncate(fd, 0)
            _ = pwrite(fd, pid + "\n", pid.utf8.count + 1, 0)
            return FolderLock(
                folder: path, path: lockPath, fd: fd, ownerID: "\(pid)-\(LockCounter.next())",
                repairs: repairAfterKilledBuilds())
        }
    }

    /// Whether `fd` is still the file at `lockPath`.
    private func isCurrent(_ fd: Int32) -> Bool {
        var open = stat(), named = stat()
        guard fstat(fd, &open) == 0, stat(lockPath, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    private static func holder(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let n = pread(fd, &buffer, buffer.count, 0)
        guard n > 0,
            let pid = Int32(
                String(decoding: buffer[..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        // A number left by an earlier holder names nobody once that process is gone.
        return kill(pid, 0) == 0 || errno == EPERM ? pid : nil
    }

    private func repairAfterKilledBuilds() -> [Diagnostic] {
        let fileManager = FileManager.default
        var repairs: [Diagnostic] = []
        for name in (try? fileManager.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(stagingPrefix) {
            try? fileManager.removeItem(atPath: (parent as NSString).appendingPathComponent(name))
        }
        guard fileManager.fileExists(atPath: retiredPath) else { return [] }
        if fileManager.fileExists(atPath: path) {
            // The swap finished; only the old folder's removal did not.
            try? fileManager.removeItem(atPath: retiredPath)
        } else if rename(retiredPath, path) == 0 {
            repairs.append(
                .warning(
                    .outputRecovered, ["name": "\((retiredPath as NSString).lastPathComponent)"],
                    at: SourceLocation(file: path)))
        }
        return repairs
    }
}

/// Numbers the locks one process takes, so two builds in one process (a web server) never share
/// a staging folder.
private enum LockCounter {
    nonisolated(unsafe) private static var count = 0
    private static let mutex = NSLock()

    static func next() -> Int {
        mutex.lock()
        defer { mutex.unlock() }
        count += 1
        return count
    }
}
