import Foundation

/// Writes a file with plain system calls: open, write, close, and no fsync of its own, because the
/// folder is flushed once for all its files (`OutputFolder.replace`).
enum FileWriting {
    struct Failure: Error {
        let code: Int32
    }

    static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(code: errno) }
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Foundation.write(fd, buffer.baseAddress! + written, buffer.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            written += n
        }
    }

    /// Whether the file at `path` holds exactly `bytes` (a missing file does not).
    static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count else {
            return false
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var existing = [UInt8](repeating: 0, count: bytes.count)
        var read = 0
        while read < bytes.count {
            let n = existing.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress! + read, bytes.count - read, off_t(read))
            }
            guard n > 0 else { return false }
            read += n
        }
        return existing == bytes
    }
}
