import Diagnostics

/// An Excel workbook (.xlsx) of one or more sheets, with a bold header row: every cell text (so ID and phone
/// numbers keep their digits), widths fitted to Chinese text. The same rows give the same bytes.
public enum WorkbookWriter {
    /// - Parameter file: the workbook's name, for saying which one could not be made.
    public static func xlsx(sheet: String, rows: [[String]], file: String = "") throws(Diagnostic) -> [UInt8] {
        try xlsx(sheets: [(sheet, rows)], file: file)
    }

    /// A workbook of several sheets, in the order given; the first opens first.
    public static func xlsx(sheets: [(name: String, rows: [[String]])], file: String = "") throws(Diagnostic) -> [UInt8]
    {
        let numbered = sheets.enumerated().map { (index: $0.offset + 1, name: $0.element.name, rows: $0.element.rows) }
        let workbook = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\(numbered.map { "<sheet name=\"\(escape($0.name))\" sheetId=\"\($0.index)\" r:id=\"rId\($0.index)\"/>" }.joined())</sheets></workbook>
            """
        let styles = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>
            """
        let sheetTypes = numbered.map {
            "<Override PartName=\"/xl/worksheets/sheet\($0.index).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        let contentTypes = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\(sheetTypes)<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>
            """
        let rootRelations = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """
        let sheetRelations = numbered.map {
            "<Relationship Id=\"rId\($0.index)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\($0.index).xml\"/>"
        }.joined()
        let workbookRelations = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRelations)<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>
            """
        return try ZipArchive.write(
            [
                ("[Content_Types].xml", Array(contentTypes.utf8)), ("_rels/.rels", Array(rootRelations.utf8)),
                ("xl/workbook.xml", Array(workbook.utf8)),
                ("xl/_rels/workbook.xml.rels", Array(workbookRelations.utf8)),
                ("xl/styles.xml", Array(styles.utf8)),
            ] + numbered.map { ("xl/worksheets/sheet\($0.index).xml", Array(worksheet($0.rows).utf8)) }, file: file)
    }

    /// One sheet's part: a bold, frozen header row, every cell inline text.
    static func worksheet(_ rows: [[String]]) -> String {
        var data = ""
        for (r, row) in rows.enumerated() {
            data += "<row r=\"\(r + 1)\">"
            for (c, text) in row.enumerated() where !text.isEmpty {
                let ref = SourceLocation.cellName(row: r + 1, column: c + 1)
                data +=
                    "<c r=\"\(ref)\" t=\"inlineStr\"\(r == 0 ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(escape(text))</t></is></c>"
            }
            data += "</row>"
        }
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { c in
            rows.map { $0.indices.contains(c) ? displayWidth($0[c]) : 0 }.max() ?? 8
        }
        let columns = widths.enumerated().map { c, width in
            "<col min=\"\(c + 1)\" max=\"\(c + 1)\" width=\"\(min(60, max(8, width + 2)))\" customWidth=\"1\"/>"
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>\(columns)</cols><sheetData>\(data)</sheetData></worksheet>
            """
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            // XML 1.0 cannot hold most control characters at all.
            case _ where ch.value < 0x20 && ch != "\n" && ch != "\t" && ch != "\r": continue
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// Columns as Excel counts them: a Chinese character is two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
    }
}
