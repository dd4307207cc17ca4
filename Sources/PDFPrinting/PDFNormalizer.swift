import Foundation

/// What makes two printings of the same page differ, taken out: Chromium writes the moment it
/// ran as `/CreationDate` and `/ModDate`, and numbers the tagged-PDF structure elements
/// `(node00000022)` by DOM node ids that shift with timing. Every replacement has the same
/// length, so the cross-reference offsets stay valid.
public enum PDFNormalizer {
    public static func normalize(_ pdf: [UInt8], date yyyymmdd: String) -> [UInt8] {
        renumberStructureIDs(stamp(pdf, with: yyyymmdd))
    }

    /// The creation and modification dates set to `yyyymmdd` at midnight.
    static func stamp(_ pdf: [UInt8], with yyyymmdd: String) -> [UInt8] {
        let digits = Array((yyyymmdd + "000000").utf8)
        var out = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            for start in occurrences(of: Array(key.utf8), in: out) {
                let end = start + digits.count
                if end <= out.count, out[start..<end].allSatisfy(isDigit) {
                    out.replaceSubrange(start..<end, with: digits)
                }
            }
        }
        return out
    }

    /// `(nodeNNNNNNNN)` ids renumbered 1, 2, 3… in their numeric order, which keeps the order
    /// the PDF's ID name tree is sorted in.
    static func renumberStructureIDs(_ pdf: [UInt8]) -> [UInt8] {
        let width = 8
        let found = occurrences(of: Array("(node".utf8), in: pdf).filter { start in
            start + width < pdf.count && pdf[start..<(start + width)].allSatisfy(isDigit)
                && pdf[start + width] == UInt8(ascii: ")")
        }
        func number(at start: Int) -> Int { pdf[start..<(start + width)].reduce(0) { $0 * 10 + Int($1 - 48) } }
        let ranks = Dictionary(uniqueKeysWithValues: Set(found.map(number)).sorted().enumerated().map { ($1, $0 + 1) })
        var out = pdf
        for start in found {
            let text = String(ranks[number(at: start)] ?? 0)
            out.replaceSubrange(
                start..<(start + width), with: Array((String(repeating: "0", count: width - text.count) + text).utf8))
        }
        return out
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (48...57).contains(byte) }

    /// Where each occurrence of `pattern` ends, i.e. the index just after it.
    private static func occurrences(of pattern: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard let first = pattern.first, bytes.count >= pattern.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                found.append(i + pattern.count)
                i += pattern.count
            } else {
                i += 1
            }
        }
        return found
    }
}
