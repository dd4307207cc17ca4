// zlib, from Debian's zlib1g-dev.
import CZlibInflate
import Diagnostics

/// Reads a zip archive's entries with every offset and size checked against the bytes there
/// are, so a damaged workbook is an error, never a trap. Stored and deflated entries (zlib),
/// each checked against its CRC-32.
struct ZipReader {
    let bytes: [UInt8]

    struct Damage: Error {
        let why: Phrase
    }

    func u16(_ at: Int) throws -> Int {
        guard at >= 0, at + 2 <= bytes.count else { throw Damage(why: Phrase(zh: "文件不完整", en: "it ends early")) }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) throws -> Int {
        guard at >= 0, at + 4 <= bytes.count else { throw Damage(why: Phrase(zh: "文件不完整", en: "it ends early")) }
        return Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
    }

    func entries() throws -> [String: [UInt8]] {
        // The end-of-directory record: its signature, within the last 64 KiB (its comment's most).
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 65_557), try u32(end) != 0x0605_4b50 { end -= 1 }
        guard end >= 0, end >= bytes.count - 65_557 else {
            throw Damage(why: Phrase(zh: "不是zip压缩包", en: "it is not a zip archive"))
        }
        let count = try u16(end + 10)
        var at = try u32(end + 16)
        var entries: [String: [UInt8]] = [:]
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4b50 else {
                throw Damage(why: Phrase(zh: "目录损坏", en: "its directory is damaged"))
            }
            let method = try u16(at + 10), crc = try u32(at + 16)
            let packed = try u32(at + 20), size = try u32(at + 24)
            let nameLength = try u16(at + 28), extra = try u16(at + 30), comment = try u16(at + 32)
            let local = try u32(at + 42)
            guard at + 46 + nameLength <= bytes.count else {
                throw Damage(why: Phrase(zh: "文件不完整", en: "it ends early"))
            }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + extra + comment
            guard !name.hasSuffix("/") else { continue }
            guard try u32(local) == 0x0403_4b50 else {
                throw Damage(why: Phrase(zh: "部件“\(name)”损坏", en: "its part '\(name)' is damaged"))
            }
            let start = local + 30 + (try u16(local + 26)) + (try u16(local + 28))
            guard start + packed <= bytes.count else {
                throw Damage(why: Phrase(zh: "部件“\(name)”不完整", en: "its part '\(name)' is cut short"))
            }
            // An office document's part is never near this big; a larger size is damage.
            guard size <= 256 << 20 else {
                throw Damage(why: Phrase(zh: "部件“\(name)”声称有\(size)字节", en: "its part '\(name)' claims \(size) bytes"))
            }
            let data = Array(bytes[start..<(start + packed)])
            let content: [UInt8]
            switch method {
            case 0: content = data
            case 8: content = try inflate(data, size: size, name: name)
            default:
                throw Damage(
                    why: Phrase(
                        zh: "部件“\(name)”的压缩方式不是Excel用的",
                        en: "its part '\(name)' is compressed in a way Excel does not use"))
            }
            guard content.count == size, checksum(content) == crc else {
                throw Damage(
                    why: Phrase(
                        zh: "部件“\(name)”损坏（校验和不符）", en: "its part '\(name)' is damaged (its checksum does not match)"))
            }
            entries[name] = content
        }
        return entries
    }

    func inflate(_ data: [UInt8], size: Int, name: String) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damage(why: Phrase(zh: "zlib无法启动", en: "zlib cannot start"))
        }
        defer { inflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: max(1, size))
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = uInt(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = uInt(outBuffer.count)
                return CZlibInflate.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END || (size == 0 && status == Z_BUF_ERROR) else {
            throw Damage(why: Phrase(zh: "部件“\(name)”无法解压", en: "its part '\(name)' cannot be unpacked"))
        }
        return Array(output.prefix(Int(stream.total_out)))
    }

    func checksum(_ data: [UInt8]) -> Int {
        data.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, uInt($0.count))) }
    }
}
