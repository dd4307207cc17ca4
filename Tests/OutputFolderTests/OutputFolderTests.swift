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

    @Test("a first write creates the folder with a manifest; a rewrite drops old files and keeps top-level dotfiles")
    func replaceWhole() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: [("a.html", bytes("a")), ("rota/x.html", bytes("x"))])
        #expect(try files(out) == ["a.html": "a", "rota/x.html": "x", ".jiefang-files": "a.html\nrota/x.html\n"])
        try "keep".write(to: out.appendingPathComponent(".gitkeep"), atomically: true, encoding: .utf8)
        try OutputFolder(path: out.path).replace(with: [("b.html", bytes("b"))])
        #expect(try files(out) == ["b.html": "b", ".gitkeep": "keep", ".jiefang-files": "b.html\n"])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"],
            "no staging folder is left behind")
    }

    @Test("a folder holding a file jiefang did not write is refused at the folder, and nothing changes")
    func strangersFile() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: [("a.html", bytes("a"))])
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let before = try files(out)
        #expect {
            try OutputFolder(path: out.path).replace(with: [("b.html", bytes("b"))])
        } throws: { error in
            let problem = error as? Diagnostic
            return problem?.location == SourceLocation(file: out.path) && problem?.message.contains("notes.txt") == true
        }
        #expect(try files(out) == before)
    }

    @Test("a write that fails mid-way leaves the old folder byte for byte and names the file")
    func failedWrite() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try OutputFolder(path: out.path).replace(with: [("a.html", bytes("a"))])
        let tooLong = String(repeating: "x", count: 300) + ".html"
        #expect {
            try OutputFolder(path: out.path).replace(with: [("b.html", bytes("b")), (tooLong, bytes("y"))])
        } throws: { error in
            (error as? Diagnostic)?.description.hasPrefix(
                out.appendingPathComponent(tooLong).path + ": error: cannot write this file") == true
        }
        #expect(try files(out) == ["a.html": "a", ".jiefang-files": "a.html\n"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["out"])
    }

    @Test("a file where the folder should be is refused")
    func fileInTheWay() throws {
        let root = try Processes.temporaryDirectory(), out = root.appendingPathComponent("out")
        try "x".write(to: out, atomically: true, encoding: .utf8)
        #expect(throws: Diagnostic.self) { try OutputFolder(path: out.path).replace(with: [("a.html", bytes("a"))]) }
        #expect(try String(contentsOf: out, encoding: .utf8) == "x")
    }
}
