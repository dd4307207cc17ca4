import Diagnostics
import Foundation
import OfficeFiles
import Testing

@Suite("Excel workbooks and office text")
struct WorkbookTests {
    static let rows = [["编号", "姓名", "电话"], ["li-ming", "李明", "13800000001"], ["zhao-jun", "赵军", ""]]

    @Test("a written workbook reads back cell for cell, located by sheet and cell")
    func roundTrip() throws {
        let bytes = try WorkbookWriter.xlsx(sheet: "班子成员", rows: Self.rows)
        #expect(try WorkbookWriter.xlsx(sheet: "班子成员", rows: Self.rows) == bytes, "not the same bytes twice")
        let sheet = try SheetTable.read(bytes, file: "leaders.xlsx").get()
        #expect(sheet.sheet == "班子成员")
        #expect(sheet.rows.map { $0.map(\.text) } == Self.rows)
        #expect(sheet.rows[1][2].at.description == "leaders.xlsx:班子成员!C2")
    }

    @Test("Excel's date serials, either side of the 1900 leap day that never was")
    func dates() {
        #expect(ExcelDate.iso(serial: 1) == "1900-01-01")
        #expect(ExcelDate.iso(serial: 59) == "1900-02-28")
        #expect(ExcelDate.iso(serial: 61) == "1900-03-01")
        #expect(ExcelDate.iso(serial: 46_275) == "2026-09-10")
        #expect(ExcelDate.serial(iso: "2026-09-10") == 46_275)
        #expect(ExcelDate.time(fraction: 0.395_833_333) == "09:30")
        #expect(ExcelDate.time(fraction: 46_275.75) == "18:00")
    }

    @Test("CSV text: UTF-8 with and without BOM, and GB18030 (GBK), told apart by decoding")
    func encodings() {
        let text = "编号,姓名\nli-ming,李明\n"
        #expect(TextEncoding.decode(Array(text.utf8))?.encoding == .utf8)
        #expect(TextEncoding.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))?.encoding == .utf8WithBOM)
        // 编号,姓名 / 李明 in GBK.
        let gbk: [UInt8] = [0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xD0, 0xD5, 0xC3, 0xFB, 0x0A, 0xC0, 0xEE, 0xC3, 0xF7, 0x0A]
        let decoded = TextEncoding.decode(gbk)
        #expect(decoded?.encoding == .gb18030 && decoded?.text == "编号,姓名\n李明\n")
        #expect(TextEncoding.decode([0xFF, 0xFF, 0x81]) == nil)
    }

    /// A workbook with one part replaced (or removed, for nil).
    static func workbook(replacing part: String, with bytes: [UInt8]?) throws -> [UInt8] {
        var parts = try ZipArchive.read(try WorkbookWriter.xlsx(sheet: "Sheet1", rows: rows), file: "w").get()
        parts[part] = bytes
        return try ZipArchive.write(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    @Test("a damaged workbook is a clean located error, never a crash: truncated, a missing sheet, a bad shared string")
    func damaged() throws {
        let good = try WorkbookWriter.xlsx(sheet: "Sheet1", rows: Self.rows)
        // Truncated anywhere.
        for length in stride(from: 0, to: good.count, by: 7) {
            let result = SheetTable.read(Array(good.prefix(length)), file: "t.xlsx")
            if case .failure(let problem) = result { #expect(problem.location?.file == "t.xlsx") }
        }
        // Seeded damage: bytes overwritten anywhere in the archive.
        var seed: UInt64 = 2026
        func next() -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(seed >> 33)
        }
        for _ in 0..<400 {
            var bytes = good
            for _ in 0..<(1 + next() % 4) { bytes[next() % bytes.count] = UInt8(next() % 256) }
            if case .failure(let problem) = SheetTable.read(bytes, file: "f.xlsx") {
                #expect(problem.location?.file == "f.xlsx" && problem.isError)
            }
        }
        let missing = SheetTable.read(
            try Self.workbook(replacing: "xl/worksheets/sheet1.xml", with: nil), file: "m.xlsx")
        #expect(throws: Diagnostic.self) { try missing.get() }
        let strings = """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>编号</t></si></sst>
            """
        let sheet = """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
            <row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="B2" t="s"><v>7</v></c></row>\
            </sheetData></worksheet>
            """
        var parts = try ZipArchive.read(
            try Self.workbook(replacing: "xl/sharedStrings.xml", with: Array(strings.utf8)), file: "w"
        ).get()
        parts["xl/worksheets/sheet1.xml"] = Array(sheet.utf8)
        let bad = try ZipArchive.write(parts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        switch SheetTable.read(bad, file: "s.xlsx") {
        case .success: Issue.record("a shared string that does not exist was read")
        case .failure(let problem):
            #expect(problem.location?.description == "s.xlsx:Sheet1!B2")
            #expect(problem.message(in: .en).contains("shared string '7'"))
        }
    }
}
