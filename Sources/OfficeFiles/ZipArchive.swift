import Diagnostics
import Foundation
import ZIPFoundation

/// Zip archives as the office's documents are (.xlsx, .docx): written in memory with every entry
/// dated alike, so the same content gives the same bytes; read with every failure a located error.
public enum ZipArchive {
    /// The fixed date of every entry: 1 January 1980, the first date a zip can hold.
    static let entryDate = Date(timeIntervalSince1970: 315_532_800)

    /// The archive of `entries`, in the order given, each deflated; `file` is the document it
    /// becomes, for saying which one could not be made.
    public static func write(
        _ entries: [(path: String, bytes: [UInt8])], file: String = ""
    ) throws(Diagnostic) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, bytes) in entries {
                let data = Data(bytes)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: entryDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
            return Array(data)
        } catch {
            // Zipping memory into memory fails only when memory does; ZIPFoundation's own words
            // would tell the office nothing.
            throw .error(.documentUnwritable, at: SourceLocation(file: file))
        }
    }

    /// The entries of an archive by path, or why it is not one. Read by `ZipReader`, which checks
    /// every offset: ZIPFoundation's reader traps on some damaged archives.
    public static func read(_ bytes: [UInt8], file: String) -> Result<[String: [UInt8]], Diagnostic> {
        do {
            return .success(try ZipReader(bytes: bytes).entries())
        } catch let damage as ZipReader.Damage {
            return .failure(
                .error(.workbookDamaged, ["why": damage.why], at: SourceLocation(file: file)))
        } catch {
            return .failure(
                .error(
                    .workbookDamaged, ["why": Phrase(zh: "无法解压", en: "cannot unzip it")], at: SourceLocation(file: file)
                ))
        }
    }
}
