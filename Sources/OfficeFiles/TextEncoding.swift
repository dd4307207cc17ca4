import Diagnostics
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Text as an office saves it: UTF-8 (with or without the byte-order mark Excel writes), or
/// GB18030 — a superset of GBK, what Excel's "CSV (逗号分隔)" writes on a Chinese Windows PC.
/// Told apart by decoding: text that is valid UTF-8 is read as UTF-8.
public enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case gb18030 = "GB18030"

    /// The text and the encoding it was in, or nil when it is neither.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: TextEncoding)? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return (text, .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        return gb18030(bytes).map { ($0, .gb18030) }
    }

    /// GB18030 through the C library's iconv.
    static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let converted: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = inBuffer.baseAddress, outPointer = outBuffer.baseAddress
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result == -1 || inLeft != 0 ? nil : outBuffer.count - outLeft
            }
        }
        guard let converted else { return nil }
        return String(validating: output[..<converted].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
