import Diagnostics
import Foundation

/// Replaces an output folder whole or not at all (SPEC §6): the new files are written into a
/// staging folder beside it and swapped in only when every one is on disk, so a failed build
/// leaves the old output byte for byte as it was. Files jiefang did not write are never
/// deleted: a folder holding any is refused, except top-level dotfiles such as `.gitkeep`,
/// which are carried over into the new folder.
public struct OutputFolder {
    /// Lists what jiefang wrote, so the next build knows which files are its own.
    public static let manifestName = ".jiefang-files"

    public let path: String
    private let fileManager = FileManager.default

    public init(path: String) { self.path = path }

    private var parent: String { OutputFolder.folder(of: path) }

    private var baseName: String { (path as NSString).lastPathComponent }
    private var stagingPath: String { (parent as NSString).appendingPathComponent(".\(baseName).jiefang-new") }
    private var retiredPath: String { (parent as NSString).appendingPathComponent(".\(baseName).jiefang-old") }

    /// The folder holding `path`, "." for a bare name. Foundation's `deletingLastPathComponent`
    /// crashes on a one-character relative path such as `-o a` (swift-corelibs-foundation, Swift 6.3).
    static func folder(of path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        return slash == trimmed.startIndex ? "/" : String(trimmed[..<slash])
    }

    /// Writes `files` (relative paths with `/`) as the folder's whole new content.
    public func replace(with files: [(path: String, bytes: [UInt8])]) throws(Diagnostic) {
        let carried = try inspectExisting()
        try? fileManager.removeItem(atPath: stagingPath)
        do {
            try write(files, carrying: carried)
        } catch {
            try? fileManager.removeItem(atPath: stagingPath)
            throw error
        }
        try swapIn()
    }

    /// Top-level dotfiles to carry over; throws when the folder holds files jiefang did not write.
    private func inspectExisting() throws(Diagnostic) -> [String] {
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isFolder) else { return [] }
        guard isFolder.boolValue else {
            throw Self.problem(path, "this is a file, not a folder; choose another output folder with -o")
        }
        let manifestPath = (path as NSString).appendingPathComponent(OutputFolder.manifestName)
        let ours: Set<String> =
            (try? String(contentsOfFile: manifestPath, encoding: .utf8))
            .map { Set($0.split(separator: "\n").map(String.init)) } ?? []
        guard let entries = fileManager.enumerator(atPath: path) else {
            throw Self.problem(path, "cannot read this folder")
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
            throw Self.problem(
                path,
                "this folder holds \(foreign.count) file\(foreign.count == 1 ? "" : "s") jiefang did not write (\(shown)); "
                    + "jiefang replaces its output folder whole, so move them elsewhere or choose another folder with -o. Nothing was changed"
            )
        }
        return carried.sorted()
    }

    private func write(_ files: [(path: String, bytes: [UInt8])], carrying carried: [String]) throws(Diagnostic) {
        do {
            try fileManager.createDirectory(atPath: stagingPath, withIntermediateDirectories: false)
        } catch {
            throw Self.problem(stagingPath, "cannot create the build folder here: \(reason(error))")
        }
        var made: Set<String> = []
        for file in files {
            let target = (stagingPath as NSString).appendingPathComponent(file.path)
            let folder = OutputFolder.folder(of: target)
            do {
                if !made.contains(folder) {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    made.insert(folder)
                }
                try Data(file.bytes).write(to: URL(fileURLWithPath: target))
            } catch {
                throw Self.problem(
                    (path as NSString).appendingPathComponent(file.path),
                    "cannot write this file: \(reason(error)); the old output is unchanged")
            }
        }
        let manifest = files.map(\.path).sorted().joined(separator: "\n") + "\n"
        do {
            try Data(manifest.utf8).write(
                to: URL(fileURLWithPath: (stagingPath as NSString).appendingPathComponent(OutputFolder.manifestName)))
            for name in carried {
                try fileManager.copyItem(
                    atPath: (path as NSString).appendingPathComponent(name),
                    toPath: (stagingPath as NSString).appendingPathComponent(name))
            }
        } catch {
            throw Self.problem(path, "cannot finish the build folder: \(reason(error)); the old output is unchanged")
        }
    }

    /// Two renames, each atomic; if the second fails the first is undone.
    private func swapIn() throws(Diagnostic) {
        guard fileManager.fileExists(atPath: path) else {
            guard rename(stagingPath, path) == 0 else {
                let why = String(cString: strerror(errno))
                try? fileManager.removeItem(atPath: stagingPath)
                throw Self.problem(path, "cannot create the output folder: \(why)")
            }
            return
        }
        try? fileManager.removeItem(atPath: retiredPath)
        guard rename(path, retiredPath) == 0 else {
            let why = String(cString: strerror(errno))
            try? fileManager.removeItem(atPath: stagingPath)
            throw Self.problem(path, "cannot replace the output folder: \(why); the old output is unchanged")
        }
        guard rename(stagingPath, path) == 0 else {
            let why = String(cString: strerror(errno))
            _ = rename(retiredPath, path)
            try? fileManager.removeItem(atPath: stagingPath)
            throw Self.problem(path, "cannot replace the output folder: \(why); the old output is unchanged")
        }
        try? fileManager.removeItem(atPath: retiredPath)
    }

    private func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }

    /// Why the folder could not be replaced, at the file or folder concerned; the old output is untouched.
    private static func problem(_ path: String, _ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(file: path))
    }
}
