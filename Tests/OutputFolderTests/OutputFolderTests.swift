import Diagnostics
import Foundation
import OutputFolder
import TestSupport
import Testing

/// The output folder as a library: replaced whole or not at all, never deleting a stranger's file.
@Suite("The output folder")
struct OutputFolderTests {
    func files(_ folder: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                out[path] = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            }
        }
        return out
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Replaces the folder as a build does: holding its lock.
    func write(_ folder: URL, _ files: [(path: String, bytes: [UInt8])]) throws {
        let output = OutputFolder(path: folder.path)
        let lock = try output.lock(wait: 0)
        defer { lock.release() }
        try output.replace(with: files, holding: lock)
    }

    @Test("a first write creates the folder with a manifest; a rewrite drops old files and keeps top-level dotfiles")
    func replaceWhole() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try write(out, [("a.html", bytes("a")), ("rota/x.html", bytes("x"))])
        #expect(try files(out) == ["a.html": "a", "rota/x.html": "x", ".jiefang-files": "a.html\nrota/x.html\n"])
        try "keep".write(to: out.appendingPathComponent(".gitkeep"), atomically: true, encoding: .utf8)
        try write(out, [("b.html", bytes("b"))])
        #expect(try files(out) == ["b.html": "b", ".gitkeep": "keep", ".jiefang-files": "b.html\n"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["out"],
            "no staging folder is left behind")
    }

    @Test("a folder holding a file jiefang did not write is refused at the folder, and nothing changes")
    func strangersFile() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try write(out, [("a.html", bytes("a"))])
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let before = try files(out)
        #expect {
            try write(out, [("b.html", bytes("b"))])
        } throws: { error in
            let problem = error as? Diagnostic
            return problem?.location == SourceLocation(file: out.path) && problem?.english.contains("notes.txt") == true
        }
        #expect(try files(out) == before)
    }

    @Test("a write that fails mid-way leaves the old folder byte for byte and names the file")
    func failedWrite() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try write(out, [("a.html", bytes("a"))])
        let tooLong = String(repeating: "x", count: 300) + ".html"
        #expect {
            try write(out, [("b.html", bytes("b")), (tooLong, bytes("y"))])
        } throws: { error in
            (error as? Diagnostic)?.englishLine.hasPrefix(
                out.appendingPathComponent(tooLong).path + ": error: cannot write this file") == true
        }
        #expect(try files(out) == ["a.html": "a", ".jiefang-files": "a.html\n"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["out"])
    }

    @Test("a file where the folder should be is refused")
    func fileInTheWay() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try "x".write(to: out, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try write(out, [("a.html", bytes("a"))]) }
        #expect(try String(contentsOf: out, encoding: .utf8) == "x")
    }

    @Test("one writer at a time: a second lock waits, then gives up naming the holder's process")
    func oneWriterAtATime() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        let first = try OutputFolder(path: out.path).lock(wait: 0)
        #expect {
            _ = try OutputFolder(path: out.path).lock(wait: 0.2)
        } throws: { error in
            (error as? Diagnostic)?.englishLine
                == "error: another jiefang build (pid \(getpid())) is writing \(out.path)/ [J0552]"
        }
        first.release()
        let second = try OutputFolder(path: out.path).lock(wait: 0)
        second.release()
    }

    @Test("the lock holder clears what killed builds left: staging folders, and a folder stopped mid-swap is put back")
    func repairsAfterAKill() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try write(out, [("a.html", bytes("a"))])
        // Killed between its two renames: the old folder is aside, the new one not yet in place.
        try FileManager.default.moveItem(at: out, to: root.appendingPathComponent(".out.jiefang-old"))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".out.jiefang-new-99999-1"), withIntermediateDirectories: false)
        let lock = try OutputFolder(path: out.path).lock(wait: 0)
        #expect(
            lock.repairs.map(\.english) == [
                "an earlier build was stopped while swapping in its files; the previous output was put back in place "
                    + "from .out.jiefang-old"
            ])
        lock.release()
        #expect(try files(out) == ["a.html": "a", ".jiefang-files": "a.html\n"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["out"])
    }

    @Test("files written from several threads at once all arrive, and only those are listed")
    func stagedFromThreads() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        let output = OutputFolder(path: out.path)
        let lock = try output.lock(wait: 0)
        let staged = try output.stage(holding: lock)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            for i in 0..<50 { try? staged.write([("d\(worker)/\(i).txt", Array("\(worker)-\(i)".utf8))]) }
        }
        try staged.commit()
        lock.release()
        let written = try files(out)
        #expect(written.count == 201)
        #expect(written["d3/49.txt"] == "3-49")
        #expect(written[".jiefang-files"]?.split(separator: "\n").count == 200)
    }

    @Test("a rebuild links the files whose bytes did not change, and writes only the changed ones anew")
    func unchangedFilesAreLinked() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try write(out, [("same.html", bytes("unchanged")), ("rota/x.html", bytes("old"))])
        func inode(_ path: String) throws -> Int {
            try #require(
                FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(path).path)[.systemFileNumber]
                    as? Int)
        }
        let before = (try inode("same.html"), try inode("rota/x.html"))
        try write(out, [("same.html", bytes("unchanged")), ("rota/x.html", bytes("new"))])
        #expect(try inode("same.html") == before.0, "the unchanged file was written again")
        #expect(try inode("rota/x.html") != before.1)
        #expect(
            try files(out) == [
                "same.html": "unchanged", "rota/x.html": "new", ".jiefang-files": "rota/x.html\nsame.html\n",
            ])
    }
}
