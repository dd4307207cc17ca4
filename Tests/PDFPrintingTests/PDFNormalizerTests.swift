import Testing

@testable import PDFPrinting

@Suite("PDFs made repeatable")
struct PDFNormalizerTests {
    func pdf(created: String, ids: [Int]) -> [UInt8] {
        let tags = ids.map { "<</S /TD /ID (node\(String(repeating: "0", count: 8 - String($0).count))\($0))>>" }
            .joined(separator: "\n")
        return Array(
            """
            %PDF-1.4
            1 0 obj <</Producer (Skia/PDF m156)
            /CreationDate (D:\(created)+00'00')
            /ModDate (D:\(created)+00'00')>> endobj
            \(tags)
            /IDTree <</Names [\(ids.sorted().map { "(node\(String(repeating: "0", count: 8 - String($0).count))\($0)) 5 0 R" }.joined(separator: " "))]>>
            """.utf8)
    }

    @Test("two printings that differ in time and structure ids come out identical, and as long as before")
    func identical() {
        let first = pdf(created: "20261130041509", ids: [22, 23, 31])
        let second = pdf(created: "20261201093000", ids: [28, 29, 40])
        let a = PDFNormalizer.normalize(first, date: "20260831"), b = PDFNormalizer.normalize(second, date: "20260831")
        #expect(a == b)
        #expect(a.count == first.count)
        let text = String(decoding: a, as: UTF8.self)
        #expect(
            text.contains("/CreationDate (D:20260831000000+00'00')")
                && text.contains("/ModDate (D:20260831000000+00'00')"))
        #expect(text.contains("(node00000001) 5 0 R (node00000002) 5 0 R (node00000003) 5 0 R"))
    }

    @Test("the renumbering keeps the ids' order, which the ID name tree is sorted by")
    func orderKept() {
        let text = String(
            decoding: PDFNormalizer.renumberStructureIDs(pdf(created: "20260101000000", ids: [90, 7, 300])),
            as: UTF8.self)
        #expect(text.contains("(node00000002)>>\n<</S /TD /ID (node00000001)>>\n<</S /TD /ID (node00000003)"))
    }

    @Test("text that only looks like a date or an id is left alone")
    func lookalikes() {
        let bytes = Array("/CreationDate (D:2026) (node123) (node12345678x)".utf8)
        #expect(PDFNormalizer.normalize(bytes, date: "20260831") == bytes)
    }
}
